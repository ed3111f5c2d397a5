/**
 * The committee's audit log (the controller's and the admin's: access 'write'):
 *   GET /api/committees/:id/audit        ?area&period&entity&user&from&to&limit&offset → AuditPage, newest first
 *   GET /api/committees/:id/audit.csv    the same filters → every matching entry as CSV (Excel: UTF-8 with BOM)
 * `GET …/audit?format=csv` answers the CSV too.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAudit, readAudit } from '#app/audit.ts';
import type { Db } from '#app/database.ts';
import { AuditCsvQuery, type AuditFilter, AuditPage, AuditParams, AuditQuery, errorResponses } from '#contract/index.ts';

const CSV = z.string().describe('CSV: tid;användare;… med komma som avgränsare, UTF-8 med BOM, CRLF.');

async function sendCsv(db: Db, reply: FastifyReply, id: string, filter: Partial<AuditFilter>) {
  const csv = await exportAudit(db, id, filter);
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="andringslogg-${id}.csv"`).send(csv);
}

export function registerAuditRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/committees/:id/audit',
    {
      config: { access: 'write' },
      schema: {
        tags: ['ändringslogg'],
        summary: 'Ändringsloggen: vem ändrade vad, när, före och efter (nyaste först)',
        params: AuditParams,
        querystring: AuditQuery,
        response: {
          200: { description: 'En sida av loggen', content: { 'application/json': { schema: AuditPage }, 'text/csv': { schema: CSV } } },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      if (format === 'csv') return sendCsv(db, reply, request.params.id, filter);
      return readAudit(db, request.params.id, filter);
    },
  );
  api.get(
    '/api/committees/:id/audit.csv',
    {
      config: { access: 'write' },
      schema: {
        tags: ['ändringslogg'],
        summary: 'Ändringsloggen som CSV (alla rader som filtret ger)',
        params: AuditParams,
        querystring: AuditCsvQuery,
        response: { 200: { description: 'CSV för Excel', content: { 'text/csv': { schema: CSV } } }, ...errorResponses },
      },
    },
    async (request, reply) => sendCsv(db, reply, request.params.id, request.query),
  );
}
