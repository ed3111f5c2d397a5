/**
 * Key figures (nyckeltal):
 *   GET  /api/committees/:id/kpis?period=P[&area=A]  definitions and the fiscal year's values up to P
 *   PUT  /api/committees/:id/kpis/:kpi               JSON {name, unit, target, decimals}: defines or changes one
 *   PUT  /api/committees/:id/kpi-values              JSON {values: [{kpi, area, period, value}]}: all or nothing
 *   POST /api/committees/:id/kpi-values              multipart: a CSV/XLSX file (nyckeltal;område;period;värde)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCommittee } from '#app/committees.ts';
import type { Db } from '#app/database.ts';
import { defineKpi, importKpiValues, readKpis, setKpiValues } from '#app/kpis.ts';
import {
  CommitteeParams,
  ErrorBody,
  errorResponses,
  KpiDefinitionBody,
  KpiDefinitionJson,
  KpiParams,
  KpiQuery,
  KpiTableJson,
  KpiValuesBody,
  KpiValuesSaved,
} from '#contract/index.ts';
import { actor } from '../auth/access.ts';
import { requireNamedAreas } from '../auth/area-access.ts';
import { describeError } from '../errors.ts';
import { receiveUpload } from '../imports/upload.ts';
import type { UploadFolder } from '../imports/upload-folder.ts';
import { uploadBody } from '../openapi.ts';

/** A sheet of key-figure values is small; 20 MB is generous. */
const MAX_KPI_BYTES = 20 * 1024 ** 2;
const kpiUpload = uploadBody(z.object({}), 'CSV- eller XLSX-fil med kolumnerna nyckeltal;område;period;värde.');

export function registerKpiRoutes(app: FastifyInstance, { db, uploads }: { db: Db; uploads: UploadFolder }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/committees/:id/kpis',
    {
      config: { access: 'read' },
      schema: {
        tags: ['nyckeltal'],
        summary: 'Nyckeltalen med räkenskapsårets värden till och med perioden',
        params: CommitteeParams,
        querystring: KpiQuery,
        response: { 200: KpiTableJson, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await readKpis(db, request.params.id, request.query.period, request.query.area)),
  );

  api.put(
    '/api/committees/:id/kpis/:kpi',
    {
      config: { access: 'write' },
      schema: {
        tags: ['nyckeltal'],
        summary: 'Definiera eller ändra ett nyckeltal',
        params: KpiParams,
        body: KpiDefinitionBody,
        response: { 200: KpiDefinitionJson, ...errorResponses },
      },
    },
    async (request) => {
      const b = request.body;
      return defineKpi(
        db,
        request.params.id,
        { id: request.params.kpi, name: b.name, unit: b.unit ?? '', target: b.target ?? null, decimals: b.decimals },
        actor(request),
      );
    },
  );

  api.put(
    '/api/committees/:id/kpi-values',
    {
      config: { access: 'area' },
      schema: {
        tags: ['nyckeltal'],
        summary: 'Spara värden (allt eller inget; tomt värde tar bort)',
        params: CommitteeParams,
        body: KpiValuesBody,
        response: { 200: KpiValuesSaved, ...errorResponses },
      },
    },
    async (request) => {
      const id = request.params.id;
      await requireNamedAreas(
        request,
        db,
        id,
        request.body.values.map((v) => v.area),
      );
      return { saved: await setKpiValues(db, id, request.body.values, actor(request)) };
    },
  );

  api.post(
    '/api/committees/:id/kpi-values',
    {
      config: { access: 'write' },
      schema: {
        tags: ['nyckeltal'],
        summary: 'Läs in värden från en CSV- eller XLSX-fil (allt eller inget)',
        consumes: ['multipart/form-data'],
        params: CommitteeParams,
        body: kpiUpload,
        response: { 200: KpiValuesSaved, ...errorResponses, 413: ErrorBody },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      await requireCommittee(db, id);
      const upload = await receiveUpload(request, { maxBytes: MAX_KPI_BYTES, folder: uploads });
      try {
        if (!upload.file) return reply.code(400).send({ error: 'Välj en fil (CSV eller Excel) att läsa in (fält: file).', field: 'file' });
        try {
          const saved = await importKpiValues(db, id, upload.file.path, upload.file.fileName, actor(request));
          return { saved, fileName: upload.file.fileName };
        } catch (error) {
          const described = describeError(error, { fileName: upload.file.fileName });
          if (!described) throw error;
          return reply.code(described.status as 400 | 413).send(described.body);
        }
      } finally {
        await upload.discard();
      }
    },
  );
}
