/**
 * Undo of an import over HTTP:
 *   POST /api/committees/:id/imports/:importId/undo   → 200 the undone import (UndoneImport);
 *        409 when it cannot be undone (not the latest, already undone, demo data), saying why,
 *        or while an import to the committee runs; 404 for an import not in the committee's log.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ImportRunner } from '#app/import-worker.ts';
import { ErrorBody, errorResponses, UndoImportParams, UndoneImport } from '#contract/index.ts';
import { actor } from '../auth/access.ts';
import type { ImportJobs } from './jobs.ts';

export function registerUndoRoutes(app: FastifyInstance, { jobs, runner }: { jobs: ImportJobs; runner: ImportRunner }): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/committees/:id/imports/:importId/undo',
    {
      config: { access: 'write' },
      schema: {
        tags: ['import'],
        summary: 'Ångra nämndens senaste import',
        description:
          'Nämndens bokföring blir exakt som före importen (belopp, verifikationer, kontoplan, räkenskapsår, nya ansvar och områden). ' +
          'Importen står kvar i loggen, markerad som ångrad. Bara den senaste importen kan ångras.',
        params: UndoImportParams,
        response: {
          200: UndoneImport,
          ...errorResponses,
          409: ErrorBody.describe('Importen kan inte ångras (svaret säger varför), eller en import till nämnden pågår.'),
        },
      },
    },
    async (request, reply) => {
      const { id, importId } = request.params;
      // Not while an upload or import to the committee runs (ConflictError: 409).
      jobs.reserve(id);
      try {
        // In the import worker (a large undo is as long a write as its import was).
        const undone = await runner.start({ use: 'undo', committeeId: id, importId, user: actor(request) }, () => {}).result;
        return reply.header('cache-control', 'no-store').send(undone);
      } finally {
        jobs.release(id);
      }
    },
  );
}
