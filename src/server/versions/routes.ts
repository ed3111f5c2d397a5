/**
 * Published versions of a committee's report:
 *   POST /api/committees/:id/versions/:period               publish the period's report as its next version
 *   GET  /api/committees/:id/versions[?period=P]            the published versions, newest first
 *   GET  /api/committees/:id/versions/:period/:number       the frozen report JSON, byte for byte
 *   GET  /api/committees/:id/versions/:period/:number/html  the frozen standalone HTML report
 *   GET  /api/committees/:id/versions/:period/:number/pdf   the version as PDF (also docx, xlsx)
 *   GET  /api/committees/:id/versions/:period/diff?from=&to= what changed between two versions
 * A version never changes, so its answers carry the ETag of their body (If-None-Match gets 304).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '#app/database.ts';
import type { ReadCache } from '#app/read-cache.ts';
import { diffPublishedVersions, listVersions, publishVersion, readVersion } from '#app/versions.ts';
import {
  ErrorBody,
  errorResponses,
  ReportJson,
  VersionDiff,
  VersionDiffQuery,
  VersionList,
  VersionListQuery,
  VersionParams,
  VersionPeriodParams,
  VersionSummary,
} from '#contract/index.ts';
import { DOCUMENT_FORMATS, type PdfRenderer } from '#report/formats.ts';
import { actor } from '../auth/access.ts';
import { cachedBody, sendCached } from '../cached.ts';
import { sendReportFile } from '../reports/files.ts';
import { DOCUMENT_CONTENT } from '../reports/routes.ts';

export function registerVersionRoutes(app: FastifyInstance, { db, cache, pdf }: { db: Db; cache: ReadCache; pdf: PdfRenderer }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/committees/:id/versions/:period',
    {
      config: { access: 'write' },
      schema: {
        tags: ['versioner'],
        summary: 'Publicera periodens rapport som en ny version',
        description:
          'Fryser rapportens JSON (som GET /api/committees/:id/reports/:period svarar) och HTML-rapporten som version 1, 2, … av perioden. Senare importer och ändringar ändrar aldrig en publicerad version.',
        params: VersionPeriodParams,
        response: { 201: VersionSummary, 409: ErrorBody, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await publishVersion(db, request.params.id, request.params.period, actor(request))),
  );

  api.get(
    '/api/committees/:id/versions',
    {
      config: { access: 'published' },
      schema: {
        tags: ['versioner'],
        summary: 'Nämndens publicerade versioner',
        params: z.object({ id: VersionPeriodParams.shape.id }),
        querystring: VersionListQuery,
        response: { 200: VersionList, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send({ committee: request.params.id, versions: await listVersions(db, request.params.id, request.query.period) }),
  );

  api.get(
    '/api/committees/:id/versions/:period/diff',
    {
      config: { access: 'published' },
      schema: {
        tags: ['versioner'],
        summary: 'Skillnaden mellan två publicerade versioner (siffror och texter)',
        params: VersionPeriodParams,
        querystring: VersionDiffQuery,
        response: { 200: VersionDiff, ...errorResponses },
      },
    },
    async (request) => diffPublishedVersions(db, request.params.id, request.params.period, request.query),
  );

  api.get(
    '/api/committees/:id/versions/:period/:number',
    {
      config: { access: 'published' },
      schema: {
        tags: ['versioner'],
        summary: 'En publicerad versions rapport (JSON, som den var när den publicerades)',
        params: VersionParams,
        response: { 200: ReportJson, 304: z.void().describe('Oförändrad sedan ETag:en i If-None-Match.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, period, number } = request.params;
      const version = await readVersion(db, id, period, number);
      return sendCached(request, reply, cachedBody(version.reportJson), 'application/json; charset=utf-8');
    },
  );

  api.get(
    '/api/committees/:id/versions/:period/:number/html',
    {
      config: { access: 'published' },
      schema: {
        tags: ['versioner'],
        summary: 'En publicerad versions HTML-rapport',
        params: VersionParams,
        response: {
          200: { description: 'HTML-rapporten', content: { 'text/html': { schema: z.string() } } },
          304: z.void().describe('Oförändrad sedan ETag:en i If-None-Match.'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { id, period, number } = request.params;
      const version = await readVersion(db, id, period, number);
      reply.header('content-disposition', `inline; filename="resultatrapport-${id}-${period}-version-${number}.html"`);
      return sendCached(request, reply, cachedBody(version.reportHtml), 'text/html; charset=utf-8');
    },
  );

  api.get(
    '/api/committees/:id/versions/:period/:number/:format',
    {
      config: { access: 'published' },
      schema: {
        tags: ['versioner'],
        summary: 'En publicerad version som PDF, Word (docx) eller Excel (xlsx)',
        params: VersionParams.extend({ format: z.enum(DOCUMENT_FORMATS).describe('pdf, docx eller xlsx') }),
        response: {
          200: { description: 'Filen', content: DOCUMENT_CONTENT },
          304: z.void().describe('Oförändrad sedan ETag:en i If-None-Match.'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { id, period, number, format } = request.params;
      return sendReportFile(request, reply, { cache, pdf }, { id, period, format, choice: { version: number } });
    },
  );
}
