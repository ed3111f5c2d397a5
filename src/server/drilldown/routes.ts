/**
 * From an area's deviation down to the postings, year to date for a period:
 *   GET /api/committees/:id/drilldown/:period/:area            account groups → accounts
 *       (actualResult/budgetResult are results: income positive, costs negative); built once
 *       per data version and kept (ReadCache), with an ETag
 *   GET /api/committees/:id/drilldown/:period/:area/:account   the postings (ledger sign, debit
 *       positive), newest first; ?limit=1..10000 (default 500); `complete` is false when cut;
 *       likewise kept per data version (every import bumps it), with an ETag
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '#app/database.ts';
import { drillAccount, drillArea } from '#app/drilldown.ts';
import type { ReadCache } from '#app/read-cache.ts';
import {
  AccountDrillParams,
  AccountDrillQuery,
  AccountVouchers,
  AreaDrill,
  AreaDrillParams,
  DEFAULT_POSTINGS_LIMIT,
  errorResponses,
} from '#contract/index.ts';
import { cacheKey, sendCachedJson } from '../cached.ts';

export function registerDrilldownRoutes(app: FastifyInstance, { db, cache }: { db: Db; cache: ReadCache }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/committees/:id/drilldown/:period/:area',
    {
      config: { access: 'read' },
      schema: {
        tags: ['drill-down'],
        summary: 'Ett områdes kontogrupper och konton, hittills i år',
        params: AreaDrillParams,
        response: { 200: AreaDrill, ...errorResponses },
      },
    },
    async (request, reply) => {
      const p = request.params;
      return sendCachedJson(request, reply, cache, cacheKey('drill', p.id, p.period, p.area), AreaDrill, () =>
        drillArea(db, p.id, p.period, p.area),
      );
    },
  );

  api.get(
    '/api/committees/:id/drilldown/:period/:area/:account',
    {
      config: { access: 'read' },
      schema: {
        tags: ['drill-down'],
        summary: 'Konteringarna på ett konto i ett område, nyast först',
        params: AccountDrillParams,
        querystring: AccountDrillQuery,
        response: { 200: AccountVouchers, ...errorResponses },
      },
    },
    async (request, reply) => {
      const p = request.params;
      const limit = request.query.limit ?? DEFAULT_POSTINGS_LIMIT;
      return sendCachedJson(request, reply, cache, cacheKey('postings', p.id, p.period, p.area, p.account, limit), AccountVouchers, () =>
        drillAccount(db, p.id, p.period, p.area, p.account, limit),
      );
    },
  );
}
