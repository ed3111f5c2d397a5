/**
 * Which area each responsibility code belongs to:
 *   GET  /api/committees/:id/mapping   { committee, codes: [{code, name, areaId, areaName}], areas: [{id, name}] }
 *   PUT  /api/committees/:id/mapping   JSON [{code, area}]: area is an id or a name (a new name
 *                                      creates the area); '' or null = no area ("Ej fördelat")
 *   POST /api/committees/:id/mapping   multipart: a CSV/XLSX file with the columns ansvar;område
 * PUT and POST answer { saved, areasCreated } (codes saved, areas created) and the mapping as GET does.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCommittee } from '#app/committees.ts';
import type { Db } from '#app/database.ts';
import { importMapping, readMapping, setMapping } from '#app/mapping.ts';
import { CommitteeParams, ErrorBody, errorResponses, MappingEntries, MappingJson, MappingSaved } from '#contract/index.ts';
import { describeError } from '../errors.ts';
import { receiveUpload } from '../imports/upload.ts';
import type { UploadFolder } from '../imports/upload-folder.ts';
import { uploadBody } from '../openapi.ts';

/** Mapping files are small; 50 MB is generous. */
const MAX_MAPPING_BYTES = 50 * 1024 ** 2;

const mappingUpload = uploadBody(z.object({}), 'Mappningsfilen (CSV eller XLSX) med kolumnerna ansvar;område.');

export function registerMappingRoutes(app: FastifyInstance, { db, uploads }: { db: Db; uploads: UploadFolder }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/committees/:id/mapping',
    {
      config: { access: 'read' },
      schema: {
        tags: ['mappning'],
        summary: 'Nämndens ansvar med sina områden, och områdena',
        params: CommitteeParams,
        response: { 200: MappingJson, ...errorResponses },
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await readMapping(db, request.params.id)),
  );

  api.put(
    '/api/committees/:id/mapping',
    {
      config: { access: 'write' },
      schema: {
        tags: ['mappning'],
        summary: 'Sätt områden för ansvar',
        params: CommitteeParams,
        body: MappingEntries,
        response: { 200: MappingSaved, ...errorResponses },
      },
    },
    async (request) => {
      const id = request.params.id;
      const result = await setMapping(db, id, request.body);
      return { saved: result.codes, areasCreated: result.areasCreated, ...(await readMapping(db, id)) };
    },
  );

  api.post(
    '/api/committees/:id/mapping',
    {
      config: { access: 'write' },
      schema: {
        tags: ['mappning'],
        summary: 'Läs in en mappningsfil (CSV eller XLSX)',
        consumes: ['multipart/form-data'],
        params: CommitteeParams,
        body: mappingUpload,
        response: { 200: MappingSaved, ...errorResponses, 413: ErrorBody },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      await requireCommittee(db, id);
      const upload = await receiveUpload(request, { maxBytes: MAX_MAPPING_BYTES, folder: uploads });
      try {
        if (!upload.file)
          return reply.code(400).send({ error: 'Välj en mappningsfil (CSV eller Excel) att läsa in (fält: file).', field: 'file' });
        let result: Awaited<ReturnType<typeof importMapping>>;
        try {
          result = await importMapping(db, id, upload.file.path, upload.file.fileName);
        } catch (error) {
          const described = describeError(error, { fileName: upload.file.fileName });
          if (!described) throw error;
          return reply.code(described.status as 400 | 413).send(described.body);
        }
        const answer: MappingSaved = {
          saved: result.codes,
          areasCreated: result.areasCreated,
          fileName: upload.file.fileName,
          ...(await readMapping(db, id)),
        };
        return answer;
      } finally {
        await upload.discard();
      }
    },
  );
}
