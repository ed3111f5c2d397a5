/**
 * A committee's areas:
 *   GET    /api/committees/:id/areas           { areas: [{id, name, shortName, sortOrder, codes}] }
 *   PUT    /api/committees/:id/areas/:areaId   {name?, shortName?, sortOrder?}: creates or changes
 *   DELETE /api/committees/:id/areas/:areaId   removes an area nothing refers to (else 400 saying
 *                                              what does); answers the areas left, as GET
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listCommitteeAreas, removeArea, setArea } from '#app/areas.ts';
import type { Db } from '#app/database.ts';
import { AreaChange, AreaInfo, AreaList, AreaParams, CommitteeParams, errorResponses } from '#contract/index.ts';

export function registerAreaRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/committees/:id/areas',
    {
      config: { access: 'read' },
      schema: {
        tags: ['områden'],
        summary: 'Nämndens områden med kortnamn, ordning och ansvar',
        params: CommitteeParams,
        response: { 200: AreaList, ...errorResponses },
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send({ areas: await listCommitteeAreas(db, request.params.id) }),
  );
  api.put(
    '/api/committees/:id/areas/:areaId',
    {
      config: { access: 'write' },
      schema: {
        tags: ['områden'],
        summary: 'Skapa ett område eller ändra namn, kortnamn eller ordning',
        params: AreaParams,
        body: AreaChange,
        response: { 200: AreaInfo, ...errorResponses },
      },
    },
    async (request) => setArea(db, request.params.id, { id: request.params.areaId, ...request.body }),
  );
  api.delete(
    '/api/committees/:id/areas/:areaId',
    {
      config: { access: 'write' },
      schema: {
        tags: ['områden'],
        summary: 'Ta bort ett område som inget hör till',
        params: AreaParams,
        response: { 200: AreaList, ...errorResponses },
      },
    },
    async (request) => {
      await removeArea(db, request.params.id, request.params.areaId);
      return { areas: await listCommitteeAreas(db, request.params.id) };
    },
  );
}
