/**
 * The report of a committee for a period, from one route for every form:
 *   GET /api/committees/:id/reports/2025-04        the JSON contract (src/contract/reports.ts)
 *   GET /api/committees/:id/reports/2025-04.html   the standalone HTML report; ?fragment=1 the
 *                                                  <article> alone, for the web app
 *   GET /api/committees/:id/reports/2025-04.pdf    PDF, Word (.docx) and Excel (.xlsx): the latest
 *                                                  published version where one exists, else the
 *                                                  draft marked "Utkast"; ?version=N, ?utkast=1
 * Each form is built once per data version and kept (ReadCache), with an ETag.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ReadCache } from '#app/read-cache.ts';
import { buildReport } from '#app/report.ts';
import { DocumentQuery, ErrorBody, ReportJson, ReportParams, ReportQuery } from '#contract/index.ts';
import { type DocumentFormat, isDocumentFormat, MEDIA_TYPES, type PdfRenderer } from '#report/formats.ts';
import { renderHtml } from '#report/html.ts';
import { toJsonContract } from '#report/json.ts';
import { cachedBody, cacheKey, sendCached } from '../cached.ts';
import { sendReportFile } from './files.ts';

type Format = 'json' | 'html' | 'fragment';

const binary = (description: string) => z.string().describe(`${description} (binär fil)`);

export const DOCUMENT_CONTENT = {
  [MEDIA_TYPES.pdf]: { schema: binary('PDF') },
  [MEDIA_TYPES.docx]: { schema: binary('Word') },
  [MEDIA_TYPES.xlsx]: { schema: binary('Excel') },
};

export function registerReportRoutes(app: FastifyInstance, { cache, pdf }: { cache: ReadCache; pdf: PdfRenderer }): void {
  const db = cache.db;
  const docOf = (id: string, period: string) => cache.get(cacheKey('doc', id, period), () => buildReport(db, id, period));

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/committees/:id/reports/:period',
    {
      config: { access: 'read' },
      schema: {
        tags: ['rapporter'],
        summary: 'Månadsrapporten (JSON, eller HTML med .html, PDF med .pdf, Word med .docx, Excel med .xlsx)',
        description:
          'Alla belopp i öre, ackumulerat för perioden. Svarar med ETag; If-None-Match med samma värde ger 304. Fält läggs bara till, ändras aldrig. PDF, Word och Excel ger den senast publicerade versionen när en finns, annars arbetsutkastet (märkt "Utkast" på varje sida); ?version=N en viss version, ?utkast=1 utkastet.',
        params: ReportParams,
        querystring: ReportQuery.extend(DocumentQuery.shape),
        response: {
          200: {
            description: 'Rapporten',
            content: { 'application/json': { schema: ReportJson }, 'text/html': { schema: z.string() }, ...DOCUMENT_CONTENT },
          },
          304: z.void().describe('Oförändrad sedan ETag:en i If-None-Match.'),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const dot = request.params.period.indexOf('.');
      const period = dot < 0 ? request.params.period : request.params.period.slice(0, dot);
      const suffix = dot < 0 ? '' : request.params.period.slice(dot + 1);
      if (isDocumentFormat(suffix)) {
        const { version, utkast } = request.query;
        return sendReportFile(
          request,
          reply,
          { cache, pdf },
          { id, period, format: suffix as DocumentFormat, choice: choiceOf(version, utkast) },
        );
      }
      const format: Format = suffix !== 'html' ? 'json' : isTrue(request.query.fragment) ? 'fragment' : 'html';
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

function choiceOf(version: number | undefined, utkast: string | undefined) {
  if (utkast !== undefined) return { draft: true };
  return version === undefined ? {} : { version };
}

function isTrue(given: string | string[] | undefined): boolean {
  const value = Array.isArray(given) ? given[0] : given;
  return value === '1' || value === 'true' || value === '';
}

/** Shown inline; "Spara som" in the browser suggests a sensible file name. */
function attachmentName(reply: FastifyReply, fileName: string): void {
  reply.header('content-disposition', `inline; filename="${fileName}"`);
}
