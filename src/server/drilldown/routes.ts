/**
 * From an area's deviation down to the postings, year to date for a period:
 *   GET /api/committees/:id/drilldown/:period/:area            account groups → accounts
 *       (actualResult/budgetResult are results: income positive, costs negative)
 *   GET /api/committees/:id/drilldown/:period/:area/:account   the postings (ledger sign, debit
 *       positive), newest first; ?limit=1..10000 (default 500); `complete` is false when cut
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LEDGER_ID_PATTERN } from '../../core/organisation.ts';
import { drillAccount, drillArea } from '../../app/drilldown.ts';
import type { Db } from '../../store/db.ts';
import { committeeId, parseWith, period } from '../params.ts';

export const DEFAULT_POSTINGS_LIMIT = 500;
export const MAX_POSTINGS_LIMIT = 10_000;

// Area ids and accounts are what the ledger holds (LEDGER_ID_PATTERN): only control characters
// and lengths are refused.
const PRINTABLE = LEDGER_ID_PATTERN;

const area = z
  .string()
  .min(1, { message: 'Ange området.' })
  .max(200, { message: 'Ogiltigt område: högst 200 tecken.' })
  .regex(PRINTABLE, { message: 'Ogiltigt område: id:t innehåller styrtecken.' });

const areaParams = z.object({ id: committeeId, period, area });
const accountParams = areaParams.extend({
  account: z
    .string()
    .min(1, { message: 'Ange kontot.' })
    .max(100, { message: 'Ogiltigt konto: högst 100 tecken.' })
    .regex(PRINTABLE, { message: 'Ogiltigt konto: kontot innehåller styrtecken.' }),
});
const query = z.object({
  limit: z
    .string()
    .regex(/^\d{1,6}$/, { message: `Ogiltig gräns: ange ett heltal 1–${MAX_POSTINGS_LIMIT}.` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { message: `Ogiltig gräns: ange ett heltal 1–${MAX_POSTINGS_LIMIT}.` })
        .max(MAX_POSTINGS_LIMIT, { message: `Ogiltig gräns: ange ett heltal 1–${MAX_POSTINGS_LIMIT}.` }),
    )
    .optional(),
});

export function registerDrilldownRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  app.get<{ Params: Record<string, string> }>('/api/committees/:id/drilldown/:period/:area', async (request, reply) => {
    const parsed = parseWith(areaParams, request.params);
    if (!parsed.ok) return reply.code(400).send(parsed.error);
    const p = parsed.params;
    return drillArea(db, p.id, p.period, p.area);
  });

  app.get<{ Params: Record<string, string>; Querystring: Record<string, string> }>(
    '/api/committees/:id/drilldown/:period/:area/:account',
    async (request, reply) => {
      const parsed = parseWith(accountParams, request.params);
      if (!parsed.ok) return reply.code(400).send(parsed.error);
      const q = parseWith(query, request.query);
      if (!q.ok) return reply.code(400).send(q.error);
      const p = parsed.params;
      return drillAccount(db, p.id, p.period, p.area, p.account, q.params.limit ?? DEFAULT_POSTINGS_LIMIT);
    },
  );
}
