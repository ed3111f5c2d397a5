/**
 * The roll-up to kommunstyrelsen for a period, from one route for every form:
 *   GET /api/rollup/2025-04        the JSON contract (src/contract/rollup.ts)
 *   GET /api/rollup/2025-04.html   the standalone HTML document
 *   GET /api/rollup/2025-04.pdf    the document as PDF (also .docx, Word, and .xlsx, Excel)
 * A form is added by its extension in ROLLUP_EXTENSIONS and a case in `render` below. Any signed-in
 * person may ask; the roll-up holds the committees they may see (src/app/rollup.ts), and each
 * answer is kept per data version (publishing bumps it) and what the person may see (ReadCache),
 * with an ETag.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readDeliverable } from '#app/deliverable.ts';
import type { ReadCache } from '#app/read-cache.ts';
import { buildRollup } from '#app/rollup.ts';
import { ErrorBody, RollupJson, RollupParams, splitRollupPeriod } from '#contract/index.ts';
import type { RoleHolder } from '#core/roles.ts';
import { MEDIA_TYPES, type PdfRenderer, renderRollupFile } from '#report/formats.ts';
import { renderHtml } from '#report/html.ts';
import { toRollupJson } from '#report/rollup-json.ts';
import type { RollupDocument } from '#report/rollup-model.ts';
import { signedInUser } from '../auth/access.ts';
import { cachedBody, cacheKey, sendCached } from '../cached.ts';
import { DOCUMENT_CONTENT } from '../reports/routes.ts';

/** What decides the roll-up a person gets: admin, or their roles (a reader sees published versions only). */
function scopeOf(user: RoleHolder): string {
  if (user.admin) return 'admin';
  return user.roles
    .map((r) => `${r.committeeId}=${r.role === 'reader' ? 'published' : 'read'}`)
    .sort()
    .join(',');
}

export function registerRollupRoutes(app: FastifyInstance, { cache, pdf }: { cache: ReadCache; pdf: PdfRenderer }): void {
  const db = cache.db;

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/rollup/:period',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['rapporter'],
        summary: 'Sammanställningen till kommunstyrelsen (JSON, eller HTML med .html, PDF med .pdf, Word med .docx, Excel med .xlsx)',
        description:
          'Varje nämnd som den inloggade får se: resultat, budget, avvikelse, årsprognos och investeringar, kommunens total och nämndernas sammanfattningar. Siffrorna kommer från nämndens senast publicerade version, annars utkastet; en läsare ser bara publicerade versioner. Alla belopp i öre. Svarar med ETag.',
        params: RollupParams,
        response: {
          200: {
            description: 'Sammanställningen',
            content: { 'application/json': { schema: RollupJson }, 'text/html': { schema: z.string() }, ...DOCUMENT_CONTENT },
          },
          304: z.void().describe('Oförändrad sedan ETag:en i If-None-Match.'),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { period, format } = splitRollupPeriod(request.params.period);
      const user = signedInUser(request);
      // Publishing bumps the data version (0022), so a committee's deliverable is kept until the next change.
      const deliverable = (id: string, p: string) => cache.get(cacheKey('deliverable', id, p), () => readDeliverable(db, id, p));
      const key = cacheKey('rollup', period, scopeOf(user));
      const doc = () => cache.get(key, () => buildRollup(db, period, { viewer: user, deliverable }));
      const render = async (d: RollupDocument): Promise<string | Buffer> => {
        switch (format) {
          case 'json':
            return JSON.stringify(RollupJson.encode(toRollupJson(d)));
          case 'html':
            return renderHtml(d);
          default:
            return Buffer.from(await renderRollupFile(format, d, pdf));
        }
      };
      const cached = await cache.get(cacheKey(key, format), async () => cachedBody(await render(await doc())));
      if (format === 'json') return sendCached(request, reply, cached, 'application/json; charset=utf-8');
      if (format === 'html') {
        reply.header('content-disposition', `inline; filename="sammanstallning-${period}.html"`);
        return sendCached(request, reply, cached, 'text/html; charset=utf-8');
      }
      // The roll-up has no versions of its own: "-utkast" while any committee's figures are a draft.
      const draft = (await doc()).cover.status.kind === 'draft';
      const fileName = `sammanstallning-${period}${draft ? '-utkast' : ''}.${format}`;
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      return sendCached(request, reply, cached, MEDIA_TYPES[format]);
    },
  );
}
