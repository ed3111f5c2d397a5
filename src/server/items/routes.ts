/**
 * Committee-level items of the forecast, with their inputs:
 *   GET    /api/committees/:id/items/:period        the items the period counts (its own, or the latest earlier list)
 *   PUT    /api/committees/:id/items/:period/:key   JSON {kind, area, label, …inputs}: sets the item; answers it
 *   DELETE /api/committees/:id/items/:period/:key   removes it from the period on; answers the period's items
 * Amounts are öre and rates millionths (44,5 % = 445 000), as JSON integers.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '#app/database.ts';
import { itemViewJson, readItemsJson, removeItem, setItem } from '#app/items.ts';
import { errorResponses, ItemBody, ItemParams, ItemPeriodParams, ItemsJson, ItemView } from '#contract/index.ts';
import type { ItemInputs } from '#core/committee-items.ts';
import { actor } from '../auth/access.ts';

function inputsOf(body: ItemBody): ItemInputs {
  switch (body.kind) {
    case 'po':
      return { kind: 'po', salaryBase: body.salaryBase, preliminaryRate: body.preliminaryRate, fixedRate: body.fixedRate };
    case 'salary-revision':
      return { kind: 'salary-revision', salaryBase: body.salaryBase, actualRise: body.actualRise, compensatedRise: body.compensatedRise };
    default:
      return { kind: body.kind, amount: body.amount };
  }
}

export function registerItemRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/committees/:id/items/:period',
    {
      config: { access: 'read' },
      schema: {
        tags: ['poster'],
        summary: 'Periodens poster på nämndnivå med indata och uträkning',
        params: ItemPeriodParams,
        response: { 200: ItemsJson, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await readItemsJson(db, request.params.id, request.params.period)),
  );

  api.put(
    '/api/committees/:id/items/:period/:key',
    {
      config: { access: 'write' },
      schema: {
        tags: ['poster'],
        summary: 'Sätt en post (PO-påslag, löneöversyn, statsbidrag eller pott)',
        params: ItemParams,
        body: ItemBody,
        response: { 200: ItemView, ...errorResponses },
      },
    },
    async (request) => {
      const { id, period, key } = request.params;
      const body = request.body;
      const item = await setItem(
        db,
        { committeeId: id, period, key, area: body.area ?? null, label: body.label ?? null, inputs: inputsOf(body) },
        actor(request),
      );
      return itemViewJson(item);
    },
  );

  api.delete(
    '/api/committees/:id/items/:period/:key',
    {
      config: { access: 'write' },
      schema: {
        tags: ['poster'],
        summary: 'Ta bort en post från perioden (och de följande som utgår från den)',
        params: ItemParams,
        response: { 200: ItemsJson, ...errorResponses },
      },
    },
    async (request) => {
      const { id, period, key } = request.params;
      await removeItem(db, id, period, key, actor(request));
      return readItemsJson(db, id, period);
    },
  );
}
