/**
 * Ledger import over HTTP:
 *   POST /api/imports               multipart: file + kind (sie | actual | budget), committee,
 *                                   dimension (SIE, optional), name (optional),
 *                                   allowRemovingMonths ("true": SIE, optional) → 202 {id}
 *   GET  /api/imports/:id           the job: state, bytes read of total, summary or error
 *   GET  /api/committees/:id/imports  the committee's import log, newest first
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../../app/errors.ts';
import { importSie } from '../../app/import-sie.ts';
import { importTable } from '../../app/import-table.ts';
import { findCommittee } from '../../store/committees.ts';
import type { Db } from '../../store/db.ts';
import { type ImportLogEntry, listImports } from '../../store/imports.ts';
import { committeeId, parseWith } from '../params.ts';
import type { ImportJobs } from './jobs.ts';
import { receiveUpload } from './upload.ts';

/** GET /api/committees/:id/imports */
export interface ImportLogJson {
  committee: string;
  /** True while an import of the committee is uploading or running. */
  running: boolean;
  /** Newest first. */
  imports: ImportLogEntry[];
}

/** Who the import log names for imports made through the web app (it has no sign-in yet). */
export const WEB_USER = 'webb';

/** Optional form fields arrive as "" when left empty. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const importFields = z.object({
  kind: z.enum(['sie', 'actual', 'budget'], {
    message: 'Ogiltig typ av fil: ange "sie" (SIE-fil), "actual" (utfall) eller "budget" (budget).',
  }),
  committee: z.string({ message: 'Ange nämnden som filen ska läsas in till.' }).pipe(committeeId),
  dimension: optional(
    z
      .string()
      .regex(/^\d{1,3}$/, { message: 'Ogiltig dimension: ange SIE-dimensionens nummer, 1–999 (1 = ansvar).' })
      .transform(Number)
      .pipe(z.number().int().min(1, { message: 'Ogiltig dimension: ange SIE-dimensionens nummer, 1–999 (1 = ansvar).' })),
  ),
  name: optional(z.string().trim().min(1).max(200, { message: 'Namnet på nämnden får vara högst 200 tecken.' })),
  /** "true" (a checked box): replace a fiscal year even where the file lacks months the database has. */
  allowRemovingMonths: optional(z.enum(['true', 'false'], { message: 'allowRemovingMonths ska vara "true" eller "false".' })),
});

const jobParams = z.object({ id: z.string().uuid({ message: 'Ogiltigt id för import.' }) });
const committeeParams = z.object({ id: committeeId });

export interface ImportRouteOptions {
  db: Db;
  jobs: ImportJobs;
  maxUploadBytes: number;
}

export function registerImportRoutes(app: FastifyInstance, { db, jobs, maxUploadBytes }: ImportRouteOptions): void {
  app.post('/api/imports', async (request, reply) => {
    // The committee this request holds (set in a callback, so kept in an object).
    const claim: { committee: string | null } = { committee: null };
    const release = () => {
      if (claim.committee) jobs.release(claim.committee);
      claim.committee = null;
    };
    const upload = await receiveUpload(request, {
      maxBytes: maxUploadBytes,
      // Refuse a busy committee before the file is stored, when the fields come first (they do from the app).
      onFileStart(fields) {
        const early = committeeId.safeParse(fields.committee);
        if (early.success) {
          jobs.reserve(early.data);
          claim.committee = early.data;
        }
      },
    }).catch((error: unknown) => {
      release();
      throw error;
    });
    let started = false;
    try {
      const parsed = parseWith(importFields, upload.fields);
      if (!parsed.ok) return reply.code(400).send(parsed.error);
      if (!upload.file) return reply.code(400).send({ error: 'Välj en fil att läsa in (fält: file).', field: 'file' });
      const fields = parsed.params;
      if (claim.committee !== fields.committee) {
        release();
        jobs.reserve(fields.committee);
        claim.committee = fields.committee;
      }
      const file = upload.file;
      const job = jobs.start({
        committee: fields.committee,
        kind: fields.kind,
        fileName: file.fileName,
        totalBytes: file.size,
        cleanup: upload.discard,
        run: (progress) =>
          fields.kind === 'sie'
            ? importSie(db, file.path, {
                committeeId: fields.committee,
                fileName: file.fileName,
                user: WEB_USER,
                onProgress: progress,
                allowRemovingMonths: fields.allowRemovingMonths === 'true',
                ...(fields.dimension !== undefined ? { dimension: fields.dimension } : {}),
                ...(fields.name !== undefined ? { committeeName: fields.name } : {}),
              })
            : importTable(db, file.path, {
                committeeId: fields.committee,
                kind: fields.kind,
                fileName: file.fileName,
                user: WEB_USER,
                onProgress: progress,
                ...(fields.name !== undefined ? { committeeName: fields.name } : {}),
              }),
      });
      started = true;
      return reply.code(202).header('location', `/api/imports/${job.id}`).send({ id: job.id });
    } finally {
      if (!started) {
        release();
        await upload.discard();
      }
    }
  });

  app.get<{ Params: { id: string } }>('/api/imports/:id', async (request, reply) => {
    const parsed = parseWith(jobParams, request.params);
    if (!parsed.ok) return reply.code(400).send(parsed.error);
    const job = jobs.get(parsed.params.id);
    if (!job) throw new NotFoundError('Importen finns inte (eller är så gammal att den har glömts). Se nämndens importlogg.');
    return reply.header('cache-control', 'no-store').send(job);
  });

  app.get<{ Params: { id: string } }>('/api/committees/:id/imports', async (request, reply) => {
    const parsed = parseWith(committeeParams, request.params);
    if (!parsed.ok) return reply.code(400).send(parsed.error);
    const id = parsed.params.id;
    // Busy first: an import that ends meanwhile is then in the log, never missing from both.
    const running = jobs.isBusy(id);
    const imports = await db.snapshot(async (q) => {
      if (!(await findCommittee(q, id))) throw new NotFoundError(`Nämnden "${id}" finns inte.`);
      return listImports(q, id);
    });
    const answer: ImportLogJson = { committee: id, running, imports };
    return reply.header('cache-control', 'no-store').send(answer);
  });
}
