/**
 * The report of a committee for a period, from one route for both forms:
 *   GET /api/committees/:id/reports/2025-04        the JSON contract (src/contract/reports.ts)
 *   GET /api/committees/:id/reports/2025-04.html   the standalone HTML report; ?fragment=1 the
 *                                                  <article> alone, for the web app
 * Each form is built once per data version and kept (ReadCache), with an ETag.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ReadCache } from '#app/read-cache.ts';
import { buildReport } from '#app/report.ts';
import { ErrorBody, ReportJson, ReportParams, ReportQuery } from '#contract/index.ts';
import { renderHtml } from '#report/html.ts';
import { toJsonContract } from '#report/json.ts';
import { cachedBody, cacheKey, sendCached } from '../cached.ts';

type Format = 'json' | 'html' | 'fragment';

export function registerReportRoutes(app: FastifyInstance, { cache }: { cache: ReadCache }): void {
  const db = cache.db;
  const docOf = (id: string, period: string) => cache.get(cacheKey('doc', id, period), () => buildReport(db, id, period));

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/committees/:id/reports/:period',
    {
      config: { access: 'read' },
      schema: {
        tags: ['rapporter'],
        summary: 'Månadsrapporten (JSON, eller HTML med .html)',
        description:
          'Alla belopp i öre, ackumulerat för perioden. Svarar med ETag; If-None-Match med samma värde ger 304. Fält läggs bara till, ändras aldrig.',
        params: ReportParams,
        querystring: ReportQuery,
        response: {
          200: {
            description: 'Rapporten',
            content: { 'application/json': { schema: ReportJson }, 'text/html': { schema: z.string() } },
          },
          304: z.void().describe('Oförändrad sedan ETag:en i If-None-Match.'),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const html = request.params.period.endsWith('.html');
      const period = html ? request.params.period.slice(0, -'.html'.length) : request.params.period;
      const format: Format = !html ? 'json' : isTrue(request.query.fragment) ? 'fragment' : 'html';
      const cached = await cache.get(cacheKey('report', id, period, format), async () => {
        const doc = await docOf(id, period);
        return cachedBody(
          format === 'json' ? JSON.stringify(ReportJson.encode(toJsonContract(doc))) : renderHtml(doc, { fragment: format === 'fragment' }),
        );
      });
      if (format === 'json') return sendCached(request, reply, cached, 'application/json; charset=utf-8');
      if (format === 'html') attachmentName(reply, `resultatrapport-${id}-${period}.html`);
      return sendCached(request, reply, cached, 'text/html; charset=utf-8');
    },
  );
}

function isTrue(given: string | string[] | undefined): boolean {
  const value = Array.isArray(given) ? given[0] : given;
  return value === '1' || value === 'true' || value === '';
}

/** Shown inline; "Spara som" in the browser suggests a sensible file name. */
function attachmentName(reply: FastifyReply, fileName: string): void {
  reply.header('content-disposition', `inline; filename="${fileName}"`);
}
