/**
 * Which area each responsibility code belongs to:
 *   GET  /api/committees/:id/mapping   { committee, codes: [{code, name, areaId, areaName}], areas: [{id, name}] }
 *   PUT  /api/committees/:id/mapping   JSON [{code, area}]: area is an id or a name (a new name
 *                                      creates the area); '' or null = no area ("Ej fördelat")
 *   POST /api/committees/:id/mapping   multipart: a CSV/XLSX file with the columns ansvar;område
 * PUT and POST answer { saved, areasCreated } (codes saved, areas created) and the mapping as GET does.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../../app/errors.ts';
import { importMapping, type Mapping, readMapping, setMapping } from '../../app/mapping.ts';
import { findCommittee } from '../../store/committees.ts';
import type { Db } from '../../store/db.ts';
import { describeError } from '../errors.ts';
import { receiveUpload } from '../imports/upload.ts';
import { committeeId, parseWith } from '../params.ts';

export type MappingJson = Mapping;

export interface MappingSaved extends MappingJson {
  /** How many codes were set. */
  saved: number;
  areasCreated: number;
  /** POST: the uploaded file's name. */
  fileName?: string;
}

const params = z.object({ id: committeeId });

const entries = z
  .array(
    z.object({
      code: z
        .string({ message: 'Ansvarskoden saknas.' })
        .trim()
        .min(1, { message: 'Ansvarskoden är tom.' })
        .max(100, { message: 'Ansvarskoden får vara högst 100 tecken.' }),
      area: z
        .string({ message: 'Området ska vara ett id, ett namn eller null.' })
        .trim()
        .max(200, { message: 'Områdets namn får vara högst 200 tecken.' })
        .nullable(),
    }),
    { message: 'Skicka en lista av {code, area}.' },
  )
  .max(20_000, { message: 'Högst 20 000 ansvar åt gången.' });

/** Mapping files are small; 50 MB is generous. */
const MAX_MAPPING_BYTES = 50 * 1024 ** 2;

export function registerMappingRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  app.get<{ Params: { id: string } }>('/api/committees/:id/mapping', async (request, reply) => {
    const parsed = parseWith(params, request.params);
    if (!parsed.ok) return reply.code(400).send(parsed.error);
    return reply.header('cache-control', 'no-store').send(await readMapping(db, parsed.params.id));
  });

  app.put<{ Params: { id: string } }>('/api/committees/:id/mapping', async (request, reply) => {
    const parsed = parseWith(params, request.params);
    if (!parsed.ok) return reply.code(400).send(parsed.error);
    const body = parseWith(entries, request.body, 'body');
    if (!body.ok) return reply.code(400).send(body.error);
    const result = await setMapping(db, parsed.params.id, body.params);
    const answer: MappingSaved = { saved: result.codes, areasCreated: result.areasCreated, ...(await readMapping(db, parsed.params.id)) };
    return answer;
  });

  app.post<{ Params: { id: string } }>('/api/committees/:id/mapping', async (request, reply) => {
    const parsed = parseWith(params, request.params);
    if (!parsed.ok) return reply.code(400).send(parsed.error);
    const id = parsed.params.id;
    if (!(await db.snapshot((q) => findCommittee(q, id)))) throw new NotFoundError(`Nämnden "${id}" finns inte.`);
    const upload = await receiveUpload(request, { maxBytes: MAX_MAPPING_BYTES });
    try {
      if (!upload.file)
        return reply.code(400).send({ error: 'Välj en mappningsfil (CSV eller Excel) att läsa in (fält: file).', field: 'file' });
      let result: Awaited<ReturnType<typeof importMapping>>;
      try {
        result = await importMapping(db, id, upload.file.path, upload.file.fileName);
      } catch (error) {
        const described = describeError(error, { fileName: upload.file.fileName });
        if (!described) throw error;
        return reply.code(described.status).send(described.body);
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
  });
}
