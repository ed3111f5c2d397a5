/** GET /api/committees: every committee with its periods and fiscal years (the dashboard's list). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listCommittees } from '#app/committees.ts';
import type { ReadCache } from '#app/read-cache.ts';
import { CommitteeList } from '#contract/index.ts';
import { sendCachedJson } from '../cached.ts';

export function registerCommitteeRoutes(app: FastifyInstance, { cache }: { cache: ReadCache }): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/committees',
      { schema: { tags: ['nämnder'], summary: 'Alla nämnder', response: { 200: CommitteeList } } },
      async (request, reply) => sendCachedJson(request, reply, cache, 'committees', CommitteeList, () => listCommittees(cache.db)),
    );
}
