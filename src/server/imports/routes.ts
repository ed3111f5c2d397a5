/**
 * Ledger import over HTTP:
 *   POST /api/imports               multipart: file + kind (sie | actual | budget), committee,
 *                                   dimension (SIE, optional), name (optional),
 *                                   allowRemovingMonths, replaceOrganisation ("true": SIE,
 *                                   optional) → 202 {id}
 *   GET  /api/imports/:id           the job: state, bytes read of total, summary or error
 *   DELETE /api/imports/:id         cancels a running job (the database stays unchanged) → the job
 *   GET  /api/committees/:id/imports  the committee's import log, newest first
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { readImportLog } from '#app/committees.ts';
import type { Db } from '#app/database.ts';
import { NotFoundError } from '#app/errors.ts';
import type { FileImportRequest, ImportRunner } from '#app/import-worker.ts';
import {
  CommitteeId,
  CommitteeParams,
  ErrorBody,
  errorResponses,
  ImportFields,
  ImportJobJson,
  ImportJobParams,
  ImportLogJson,
  ImportStarted,
} from '#contract/index.ts';
import { actor, requireCommittee } from '../auth/access.ts';
import { uploadBody } from '../openapi.ts';
import { parseWith } from '../validation.ts';
import type { ImportJobs } from './jobs.ts';
import { receiveUpload } from './upload.ts';
import type { UploadFolder } from './upload-folder.ts';

const importUpload = uploadBody(ImportFields, 'SIE-filen, eller utfall/budget som CSV eller XLSX.');

export interface ImportRouteOptions {
  db: Db;
  jobs: ImportJobs;
  maxUploadBytes: number;
  uploads: UploadFolder;
  /** Runs each import in a worker thread of its own. */
  runner: ImportRunner;
}

export function registerImportRoutes(app: FastifyInstance, { db, jobs, maxUploadBytes, uploads, runner }: ImportRouteOptions): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const conflict = { 409: ErrorBody.describe('En import till nämnden pågår redan.') };
  api.post(
    '/api/imports',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['import'],
        summary: 'Starta en import (multipart/form-data: fälten och filen)',
        description: 'Svarar 202 med jobbets id genast; importen körs i bakgrunden. Fråga GET /api/imports/{id} om förloppet.',
        consumes: ['multipart/form-data'],
        body: importUpload,
        response: { 202: ImportStarted, 400: ErrorBody, ...conflict, 413: ErrorBody },
      },
    },
    async (request, reply) => {
      // The worker loads its modules while the file arrives.
      runner.prepare();
      // The committee this request holds (set in a callback, so kept in an object).
      const claim: { committee: string | null } = { committee: null };
      const release = () => {
        if (claim.committee) jobs.release(claim.committee);
        claim.committee = null;
      };
      const upload = await receiveUpload(request, {
        maxBytes: maxUploadBytes,
        folder: uploads,
        // Refuse a busy committee before the file is stored, when the fields come first (they do from the app).
        onFileStart(fields) {
          const early = CommitteeId.safeParse(fields.committee);
          if (early.success) {
            // Only the committee's controller (or an administrator, who may also create a committee) imports.
            requireCommittee(request, early.data, 'write');
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
        const parsed = parseWith(ImportFields, upload.fields);
        if (!parsed.ok) return reply.code(400).send(parsed.error);
        if (!upload.file) return reply.code(400).send({ error: 'Välj en fil att läsa in (fält: file).', field: 'file' });
        const fields = parsed.value;
        requireCommittee(request, fields.committee, 'write');
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
          run: (progress) => runner.start(importRequest(fields, file, actor(request)), progress),
        });
        started = true;
        return reply.code(202).header('location', `/api/imports/${job.id}`).send({ id: job.id });
      } finally {
        if (!started) {
          release();
          await upload.discard();
        }
      }
    },
  );

  api.get(
    '/api/imports/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['import'],
        summary: 'En imports förlopp: läst av filen, sammanfattning eller fel',
        params: ImportJobParams,
        response: { 200: ImportJobJson, ...errorResponses },
      },
    },
    async (request, reply) => {
      const job = jobs.get(request.params.id);
      if (!job) throw new NotFoundError('Importen finns inte (eller är så gammal att den har glömts). Se nämndens importlogg.');
      requireCommittee(request, job.committee, 'write');
      return reply.header('cache-control', 'no-store').send(job);
    },
  );

  api.delete(
    '/api/imports/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['import'],
        summary: 'Avbryt en pågående import',
        description:
          'Svarar när importen har stoppat: jobbet med state "cancelled", och databasen är oförändrad. 409 när importen redan är klar eller redan sparas.',
        params: ImportJobParams,
        response: { 200: ImportJobJson, ...errorResponses, 409: ErrorBody.describe('Importen är redan klar, eller sparas redan.') },
      },
    },
    async (request, reply) => {
      const running = jobs.get(request.params.id);
      if (running) requireCommittee(request, running.committee, 'write');
      const outcome = await jobs.cancel(request.params.id);
      if (!outcome) throw new NotFoundError('Importen finns inte (eller är så gammal att den har glömts). Se nämndens importlogg.');
      reply.header('cache-control', 'no-store');
      if ('cancelled' in outcome) return reply.send(outcome.cancelled);
      const error =
        outcome.refused === 'committing'
          ? 'Importen sparas redan och kan inte längre avbrytas.'
          : `Importen är redan avslutad (${STATE_NAMES[outcome.job.state]}) och kan inte avbrytas.`;
      return reply.code(409).send({ error });
    },
  );

  api.get(
    '/api/committees/:id/imports',
    {
      config: { access: 'read' },
      schema: {
        tags: ['import'],
        summary: 'Nämndens importlogg, nyast först',
        params: CommitteeParams,
        response: { 200: ImportLogJson, ...errorResponses },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      // Busy first: an import that ends meanwhile is then in the log, never missing from both.
      const running = jobs.isBusy(id);
      const answer: ImportLogJson = { committee: id, running, imports: await readImportLog(db, id) };
      return reply.header('cache-control', 'no-store').send(answer);
    },
  );
}

const STATE_NAMES: Record<ImportJobJson['state'], string> = { running: 'pågår', done: 'klar', failed: 'misslyckad', cancelled: 'avbruten' };

/** The use case and its options for the upload's fields and file. */
function importRequest(fields: ImportFields, file: { path: string; fileName: string }, user: string): FileImportRequest {
  const common = {
    committeeId: fields.committee,
    fileName: file.fileName,
    user,
    ...(fields.name !== undefined ? { committeeName: fields.name } : {}),
  };
  if (fields.kind === 'sie') {
    return {
      use: 'sie',
      path: file.path,
      options: {
        ...common,
        allowRemovingMonths: fields.allowRemovingMonths === 'true',
        replaceOrganisation: fields.replaceOrganisation === 'true',
        ...(fields.dimension !== undefined ? { dimension: fields.dimension } : {}),
      },
    };
  }
  return { use: 'table', path: file.path, options: { ...common, kind: fields.kind } };
}
