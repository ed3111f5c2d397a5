/** GET /api/committees: the committees the signed-in user has a role in (all, for an administrator), with periods and fiscal years. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listCommittees } from '#app/committees.ts';
import type { ReadCache } from '#app/read-cache.ts';
import { CommitteeList } from '#contract/index.ts';
import { roleIn } from '#core/roles.ts';
import { signedInUser } from '../auth/access.ts';
import { cachedBody, sendCached } from '../cached.ts';

export function registerCommitteeRoutes(app: FastifyInstance, { cache }: { cache: ReadCache }): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/committees',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['nämnder'],
        summary: 'Nämnderna användaren har en roll i (alla för en administratör)',
        response: { 200: CommitteeList },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const all = await cache.get('committees', () => listCommittees(cache.db));
      const visible = user.admin ? all : all.filter((c) => roleIn(user, c.id) !== undefined);
      return sendCached(request, reply, cachedBody(JSON.stringify(CommitteeList.encode(visible))), 'application/json; charset=utf-8');
    },
  );
}
