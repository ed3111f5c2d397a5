/**
 * Runs an import (reading, parsing, checking, writing) off the caller's thread: in a worker thread
 * with its own connection to the same database and a heap limit of its own, so that the server
 * keeps answering meanwhile and a file that needs too much memory stops only its import (a clear
 * error; the transaction is never committed). Progress, the summary and errors come back by
 * messages; errors as instances of their own classes.
 *
 * SQLite: better-sqlite3 waits for a lock by blocking its thread, so while the worker may write,
 * the caller's writer connection is held here (Kysely queues the caller's own writes, e.g. a mapping
 * change, without blocking); reports read through Db.snapshot, a read-only connection that WAL
 * lets read while the worker writes. Holding it also runs two imports of one SQLite file one
 * after the other, as the file allows. An in-memory SQLite database cannot be opened by a second
 * connection: its imports run in the caller's thread.
 */
import { Worker } from 'node:worker_threads';
import type { Db } from '#store/db.ts';
import { InputError } from './errors.ts';
import {
  CommitGate,
  gatedDb,
  ImportCancelled,
  type ImportRequest,
  type ImportResult,
  type ResultOf,
  rebuildError,
  runRequest,
  type WorkerInput,
  type WorkerMessage,
} from './import-worker-shared.ts';
import type { UndoneImport } from './undo-import.ts';

export { type FileImportRequest, ImportCancelled, type ImportRequest, type ImportResult } from './import-worker-shared.ts';

export interface ImportWorkerOptions {
  /** Heap limit of the worker thread (V8's old generation), MB; default 256. */
  maxOldGenerationSizeMb?: number;
  /** How long a cancelled worker may take to stop by itself before it is terminated (ms); default 2000. */
  cancelGraceMs?: number;
}

export const DEFAULT_IMPORT_HEAP_MB = 256;

export interface ImportRun<T = ImportResult> {
  /** The summary; rejects with the import's error, or ImportCancelled. */
  result: Promise<T>;
  /** Asks the import to stop: true when it will end cancelled, false when it is already committing. */
  cancel(): boolean;
  /** "worker", or "thread" (in the caller's thread: an in-memory database). */
  where: 'worker' | 'thread';
}

/**
 * Starts imports on one database. A worker thread takes about a second to load its modules (tsx
 * resolves each through a loader thread), so one is kept loaded ahead, for any database of the
 * process (a worker learns its database when it starts): `prepare()` (the upload route calls it as
 * an upload begins) and each import start the next. Each worker runs one import.
 */
export class ImportRunner {
  private closed = false;

  constructor(
    readonly db: Db,
    private readonly options: ImportWorkerOptions = {},
  ) {}

  /** Whether imports run in a worker thread (every database but an in-memory SQLite one). */
  get usesWorker(): boolean {
    return !('file' in this.db.target && this.db.target.file === ':memory:');
  }

  /** Starts loading a worker for the next import, unless one is ready or loading. */
  prepare(): void {
    if (this.usesWorker && !this.closed) prepareSpare(this.heapMb);
  }

  /** Starts the import; `onProgress` gets the bytes of the file read so far. */
  start<R extends ImportRequest>(request: R, onProgress: (bytesRead: number) => void): ImportRun<ResultOf<R>> {
    const run = this.run(request, onProgress);
    return { ...run, result: run.result as Promise<ResultOf<R>> };
  }

  private run(request: ImportRequest, onProgress: (bytesRead: number) => void): ImportRun<ImportResult | UndoneImport> {
    const gate = new CommitGate();
    if (!this.usesWorker) {
      // After the caller's current turn (the upload route answers first).
      const result = new Promise((resolve) => setImmediate(resolve)).then(() => {
        gate.check();
        return runRequest(gatedDb(this.db, gate), request, onProgress);
      });
      return { result, cancel: () => gate.cancel(), where: 'thread' };
    }
    const worker = takeSpare(this.heapMb);
    let terminate: (() => void) | null = null;
    let cancelled = false;
    const result = (async () => {
      const release = this.db.dialect === 'sqlite' ? await holdWriter(this.db) : () => {};
      try {
        this.prepare();
        gate.check();
        return await runInWorker(worker, this.db, request, gate, onProgress, this.options, (stop) => {
          terminate = stop;
          if (cancelled) stop();
        });
      } finally {
        void worker.terminate();
        release();
      }
    })();
    const cancel = () => {
      if (!gate.cancel()) return false;
      // A worker that does not stop by itself soon (busy in one long step) is terminated, once
      // it is not waiting for SQLite's write lock (it sees the cancel when that wait ends).
      const timer = setTimeout(() => {
        cancelled = true;
        terminate?.();
      }, this.options.cancelGraceMs ?? 2000);
      timer.unref();
      void result.catch(() => {}).finally(() => clearTimeout(timer));
      return true;
    };
    return { result, cancel, where: 'worker' };
  }

  private get heapMb(): number {
    return this.options.maxOldGenerationSizeMb ?? DEFAULT_IMPORT_HEAP_MB;
  }

  /** Prepares no more workers (the server closes; running imports are waited for by their jobs). */
  close(): void {
    this.closed = true;
  }
}

/** The loaded worker waiting for the next import of the process, and its heap limit. */
let spare: { worker: Worker; heapMb: number } | null = null;

function prepareSpare(heapMb: number): void {
  if (spare && (ended.has(spare.worker) || spare.heapMb !== heapMb)) {
    void spare.worker.terminate();
    spare = null;
  }
  spare ??= { worker: bootWorker(heapMb), heapMb };
}

function takeSpare(heapMb: number): Worker {
  prepareSpare(heapMb);
  const { worker } = spare as { worker: Worker };
  spare = null;
  return worker;
}

/** Holds the caller's SQLite writer connection until released (waits for a transaction on it to end first). */
function holdWriter(db: Db): Promise<() => void> {
  return new Promise((held, failed) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    db.kysely
      .connection()
      .execute(async () => {
        held(release);
        await released;
      })
      .catch(failed);
  });
}

/**
 * The worker's entry: a TypeScript file, loaded through tsx's loader registered in the worker
 * itself (Node 20 does not apply a parent's --import loader to a worker's own entry).
 */
const ENTRY = new URL('./import-worker-thread.ts', import.meta.url).href;
const BOOT = `
const { workerData } = require('node:worker_threads');
const load = () => import(workerData.entry);
(workerData.tsx ? import(workerData.tsx).then((tsx) => { tsx.register(); return load(); }) : load()).catch((error) => {
  process.nextTick(() => { throw error; });
});
`;
const TSX_API = ENTRY.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;

/** Workers that have exited (a spare may, if its modules fail to load). */
const ended = new WeakSet<Worker>();

function bootWorker(heapMb: number): Worker {
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: { entry: ENTRY, tsx: TSX_API },
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  // An idle spare neither keeps the process alive nor crashes it.
  worker.unref();
  worker.on('error', () => {});
  worker.once('exit', () => ended.add(worker));
  return worker;
}

function runInWorker(
  worker: Worker,
  db: Db,
  request: ImportRequest,
  gate: CommitGate,
  onProgress: (bytesRead: number) => void,
  options: ImportWorkerOptions,
  onTerminate: (terminate: () => void) => void,
): Promise<ImportResult | UndoneImport> {
  const heapMb = options.maxOldGenerationSizeMb ?? DEFAULT_IMPORT_HEAP_MB;
  return new Promise<ImportResult | UndoneImport>((resolve, reject) => {
    let outcome: WorkerMessage | { type: 'crashed'; error: Error } | null = null;
    const settle = () => {
      // Cancelled wins over anything but a commit, which the gate has then refused.
      if (gate.cancelled) return reject(new ImportCancelled());
      if (outcome?.type === 'done') return resolve(outcome.summary);
      if (outcome?.type === 'failed') return reject(rebuildError(outcome.error));
      if (outcome?.type === 'crashed') return reject(outcome.error);
      reject(new Error('the import worker ended without an answer'));
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') return onProgress(message.bytesRead);
      // The worker has closed its connection before it answers: nothing of it is left to wait for.
      outcome = message;
      settle();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (outcome) return;
      outcome = {
        type: 'crashed',
        error:
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? outOfMemory(request.use === 'undo' ? request.importId : (request.options.fileName ?? request.path), heapMb)
            : error,
      };
    });
    if (ended.has(worker)) return settle();
    worker.once('exit', settle);
    worker.ref();
    onTerminate(function terminate() {
      if (gate.terminable) void worker.terminate();
      else setTimeout(terminate, 50).unref();
    });
    const input: WorkerInput = { target: db.target, request, gate: gate.buffer };
    worker.postMessage(input);
  });
}

function outOfMemory(fileName: string, heapMb: number): InputError {
  return new InputError(
    `importen stoppades: filen kräver mer minne än en import får använda (${heapMb} MB). Inget ändrades. Kontrollera att det är en export från ekonomisystemet, eller dela upp filen.`,
    fileName,
  );
}
