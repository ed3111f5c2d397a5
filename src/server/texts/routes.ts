/**
 * The report's texts and the committee's materiality threshold:
 *   GET   /api/committees/:id/texts/:period          every text of the period with its state
 *   GET   /api/committees/:id/texts/:period/:kind    one text (?area= for an area's) with its history
 *   PUT   /api/committees/:id/texts/:period/:kind    save { body, version }: 200 the saved text;
 *         409 when `version` is not the stored one, with both versions in `conflict`
 *   PATCH /api/committees/:id                        { materialityThreshold } (öre)
 * Answers are never cached (texts change under the writer's hands); the saves bump the data
 * version, so cached reports follow.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '#app/database.ts';
import { getText, listTexts, parseTextKind, saveText, setMateriality } from '#app/texts.ts';
import {
  CommitteeParams,
  CommitteePatch,
  CommitteeSettings,
  ErrorBody,
  errorResponses,
  TextList,
  TextParams,
  TextPeriodParams,
  TextQuery,
  TextSave,
  TextSaved,
  TextWithHistory,
} from '#contract/index.ts';
import { actor, requireArea } from '../auth/access.ts';

export function registerTextRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/committees/:id/texts/:period',
    {
      config: { access: 'read' },
      schema: {
        tags: ['texter'],
        summary: 'Periodens texter med tillstånd (saknas, kopierad, skriven)',
        params: TextPeriodParams,
        response: { 200: TextList, ...errorResponses },
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await listTexts(db, request.params.id, request.params.period)),
  );

  api.get(
    '/api/committees/:id/texts/:period/:kind',
    {
      config: { access: 'read' },
      schema: {
        tags: ['texter'],
        summary: 'En text med sin historik',
        params: TextParams,
        querystring: TextQuery,
        response: { 200: TextWithHistory, ...errorResponses },
      },
    },
    async (request, reply) => {
      const p = request.params;
      const text = await getText(db, {
        committeeId: p.id,
        period: p.period,
        areaId: request.query.area ?? null,
        kind: parseTextKind(p.kind),
      });
      return reply.header('cache-control', 'no-store').send(text);
    },
  );

  api.put(
    '/api/committees/:id/texts/:period/:kind',
    {
      config: { access: 'area' },
      schema: {
        tags: ['texter'],
        summary: 'Spara en text med versionen den utgick från',
        description: 'En inaktuell version sparar ingenting och ger 409 med båda versionerna (conflict.stored och conflict.sent).',
        params: TextParams,
        querystring: TextQuery,
        body: TextSave,
        response: { 200: TextSaved, ...errorResponses, 409: ErrorBody },
      },
    },
    async (request) => {
      const p = request.params;
      requireArea(request, p.id, request.query.area ?? null);
      return saveText(db, {
        committeeId: p.id,
        period: p.period,
        areaId: request.query.area ?? null,
        kind: parseTextKind(p.kind),
        body: request.body.body,
        version: request.body.version,
        user: actor(request),
      });
    },
  );

  api.patch(
    '/api/committees/:id',
    {
      config: { access: 'write' },
      schema: {
        tags: ['nämnder'],
        summary: 'Ändra nämndens väsentlighetsgräns',
        params: CommitteeParams,
        body: CommitteePatch,
        response: { 200: CommitteeSettings, ...errorResponses },
      },
    },
    async (request) => setMateriality(db, request.params.id, request.body.materialityThreshold),
  );
}
