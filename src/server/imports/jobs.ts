/**
 * Imports running in the background, kept in memory: the upload route starts one and answers at
 * once; the client polls its state and may cancel it. One import at a time per committee.
 * Finished jobs are kept for a while (an hour by default) and the oldest are evicted beyond a
 * maximum count.
 */
import { randomUUID } from 'node:crypto';
import { ImportCancelled, type ImportRun } from '#app/import-worker.ts';
import type { ErrorBody, ImportJobJson, ImportKind } from '#contract/index.ts';
import { ConflictError, describeError } from '../errors.ts';

export interface StartJob {
  committee: string;
  kind: ImportKind;
  fileName: string;
  totalBytes: number;
  /** Starts the import; it calls `progress` with the bytes read so far. */
  run(progress: (bytesRead: number) => void): ImportRun;
  /** Called once the job has finished, whatever the outcome (removes the temporary file). */
  cleanup(): Promise<void>;
}

interface Job extends ImportJobJson {
  done: Promise<void>;
  finishedMs: number | null;
  cancel: () => boolean;
}

/** What a request to cancel found: the job as it ended, or why it could not be cancelled. */
export type CancelOutcome = { cancelled: ImportJobJson } | { refused: 'finished' | 'committing'; job: ImportJobJson } | null;

export interface JobOptions {
  /** How long a finished job stays readable (ms); default one hour. */
  keepMs?: number;
  /** At most this many finished jobs are kept; default 200. */
  maxFinished?: number;
  /** Logs unexpected errors (not bad input). */
  logError?: (error: unknown) => void;
}

const BUSY_MESSAGE = (committee: string) =>
  `En import till nämnden "${committee}" pågår redan. Vänta tills den är klar och försök sedan igen.`;

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  /** Committees with an import in progress (uploading or running). */
  private readonly busy = new Set<string>();
  private readonly keepMs: number;
  private readonly maxFinished: number;
  private readonly logError: (error: unknown) => void;

  constructor(options: JobOptions = {}) {
    this.keepMs = options.keepMs ?? 60 * 60 * 1000;
    this.maxFinished = options.maxFinished ?? 200;
    this.logError = options.logError ?? (() => {});
  }

  /** Claims the committee for one import; throws ConflictError (409) when it is taken. */
  reserve(committee: string): void {
    if (this.busy.has(committee)) throw new ConflictError(BUSY_MESSAGE(committee));
    this.busy.add(committee);
  }

  release(committee: string): void {
    this.busy.delete(committee);
  }

  isBusy(committee: string): boolean {
    return this.busy.has(committee);
  }

  /** Starts the import in the background; the committee must be reserved. */
  start(spec: StartJob): ImportJobJson {
    this.evict();
    const job: Job = {
      id: randomUUID(),
      committee: spec.committee,
      kind: spec.kind,
      fileName: spec.fileName,
      state: 'running',
      bytesRead: 0,
      totalBytes: spec.totalBytes,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      finishedMs: null,
      done: Promise.resolve(),
      cancel: () => false,
    };
    this.jobs.set(job.id, job);
    job.done = this.run(job, spec);
    return toJson(job);
  }

  private async run(job: Job, spec: StartJob): Promise<void> {
    // The outcome is published once the uploaded file is removed: a job seen ended has left nothing behind.
    let ended: Pick<ImportJobJson, 'state' | 'summary' | 'error'>;
    try {
      const run = spec.run((bytes) => {
        job.bytesRead = Math.min(bytes, job.totalBytes);
      });
      job.cancel = run.cancel;
      ended = { state: 'done', summary: await run.result };
      job.bytesRead = job.totalBytes;
    } catch (error) {
      ended = { state: error instanceof ImportCancelled ? 'cancelled' : 'failed', error: this.errorBody(error, job.fileName) };
    }
    await spec.cleanup().catch((error: unknown) => this.logError(error));
    Object.assign(job, ended, { finishedAt: new Date().toISOString(), finishedMs: Date.now() });
    this.release(job.committee);
  }

  private errorBody(error: unknown, fileName: string): ErrorBody {
    if (error instanceof ImportCancelled) return { error: error.message };
    const described = describeError(error, { fileName });
    if (!described) this.logError(error);
    return described?.body ?? { error: 'Ett internt fel stoppade importen. Inget ändrades. Försök igen eller kontakta förvaltningen.' };
  }

  /**
   * Cancels a running job and waits until it has stopped (the database then unchanged). A job
   * that has finished, or is committing, is not cancelled; an unknown one gives null.
   */
  async cancel(id: string): Promise<CancelOutcome> {
    const job = this.jobs.get(id);
    if (!job) return null;
    if (job.state !== 'running') return { refused: 'finished', job: toJson(job) };
    if (!job.cancel()) return { refused: 'committing', job: toJson(job) };
    await job.done;
    const ended = toJson(job);
    return ended.state === 'cancelled' ? { cancelled: ended } : { refused: 'finished', job: ended };
  }

  get(id: string): ImportJobJson | undefined {
    this.evict();
    const job = this.jobs.get(id);
    return job ? toJson(job) : undefined;
  }

  /** Waits for every running job (the server waits on close). */
  async idle(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((j) => j.done));
  }

  private evict(now = Date.now()): void {
    const finished = [...this.jobs.values()].filter((j) => j.finishedMs !== null);
    const excess = finished.length - this.maxFinished;
    finished.forEach((job, i) => {
      if (i < excess || now - (job.finishedMs ?? now) > this.keepMs) this.jobs.delete(job.id);
    });
  }
}

function toJson(job: Job): ImportJobJson {
  const { done: _done, finishedMs: _finishedMs, cancel: _cancel, ...json } = job;
  return { ...json };
}
