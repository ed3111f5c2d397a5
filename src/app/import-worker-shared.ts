/**
 * What the import runner (import-worker.ts) and its worker thread (import-worker-thread.ts) share:
 * the request an import is run from, the commit gate that makes cancelling safe, and errors as
 * messages between threads (rebuilt as instances of their own classes, so that the server maps
 * them to the same answers as an import run in its own thread).
 */

import type { Transaction } from 'kysely';
import { MoneyError } from '#core/money.ts';
import { PeriodError } from '#core/period.ts';
import { SieError } from '#ledger/sie/index.ts';
// The class alone: the spreadsheet reader (exceljs) loads only for a table import.
import { TableError } from '#ledger/table/errors.ts';
import type { Db } from '#store/db.ts';
import { claimImportNo, ImportBusyError } from '#store/imports.ts';
import type { Schema } from '#store/schema.ts';
import { CannotUndoError, InputError, NotFoundError } from './errors.ts';
import { OrganisationMismatchError } from './import-organisation.ts';
import type { SieImportOptions, SieImportSummary } from './import-sie.ts';
import type { TableImportOptions, TableImportSummary } from './import-table.ts';
import type { UndoneImport } from './undo-import.ts';

/**
 * One import, as plain data (it crosses to a worker thread): the use case, the file and its
 * options; or the undo of one (as long a write as the import was, so off the server's thread too).
 */
export type ImportRequest =
  | { use: 'sie'; path: string; options: Omit<SieImportOptions, 'onProgress'> }
  | { use: 'table'; path: string; options: Omit<TableImportOptions, 'onProgress'> }
  | { use: 'undo'; committeeId: string; importId: string; user: string };

export type ImportResult = SieImportSummary | TableImportSummary;
/** The import of a file (every request but an undo). */
export type FileImportRequest = Exclude<ImportRequest, { use: 'undo' }>;
/** What a request gives: an import's summary, or the undone import. */
export type ResultOf<R extends ImportRequest> = R extends { use: 'undo' } ? UndoneImport : ImportResult;

/** Runs the request's use case on the database given (loading the use case's modules on first use). */
export async function runRequest(
  db: Db,
  request: ImportRequest,
  onProgress: (bytesRead: number) => void,
): Promise<ImportResult | UndoneImport> {
  if (request.use === 'undo') {
    const { undoImport } = await import('./undo-import.ts');
    return undoImport(db, request.committeeId, request.importId, { user: request.user });
  }
  if (request.use === 'sie') {
    const { importSie } = await import('./import-sie.ts');
    return importSie(db, request.path, { ...request.options, onProgress });
  }
  const { importTable } = await import('./import-table.ts');
  return importTable(db, request.path, { ...request.options, onProgress });
}

/** Loads both use cases ahead (a worker waiting for its import), the SIE one first. */
export async function preloadUseCases(): Promise<void> {
  await import('./import-sie.ts');
  await import('./import-table.ts');
}

/** The import was cancelled before it committed: nothing changed. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
  constructor() {
    super('Importen avbröts. Inget ändrades.');
  }
}

const RUNNING = 0;
const CANCELLED = 1;
const COMMITTING = 2;
/** The second cell: 1 while the worker waits for SQLite's write lock. */
const STATE = 0;
const LOCK_WAIT = 1;

/**
 * Decides, once, between cancelling and committing: whichever comes first wins. The cells are
 * shared memory, so the worker sees a cancel at once, however busy its event loop is.
 */
export class CommitGate {
  private readonly cell: Int32Array;
  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(8)) {
    this.cell = new Int32Array(buffer);
  }

  /**
   * Whether the worker may be terminated now. Not while it waits for SQLite's write lock: the
   * wait blocks in native code, and better-sqlite3 raising its busy error in a terminating thread
   * takes the whole process down (a V8 fatal error).
   */
  get terminable(): boolean {
    return Atomics.load(this.cell, LOCK_WAIT) === 0;
  }

  /**
   * Runs `wait` marked as waiting for the write lock. Marked first, then checked: a terminate
   * decided on before the mark is made is seen here as the cancel it follows, and nothing waits.
   */
  async waitingForLock<T>(wait: () => Promise<T>): Promise<T> {
    Atomics.store(this.cell, LOCK_WAIT, 1);
    try {
      this.check();
      return await wait();
    } finally {
      Atomics.store(this.cell, LOCK_WAIT, 0);
    }
  }

  /** True when the import is (now) cancelled; false when it has begun to commit. */
  cancel(): boolean {
    const was = Atomics.compareExchange(this.cell, STATE, RUNNING, CANCELLED);
    return was !== COMMITTING;
  }

  get cancelled(): boolean {
    return Atomics.load(this.cell, STATE) === CANCELLED;
  }

  /** Throws ImportCancelled when cancelled. */
  check(): void {
    if (this.cancelled) throw new ImportCancelled();
  }

  /** Called just before a transaction commits: from now on the import can no longer be cancelled. */
  enterCommit(): void {
    Atomics.compareExchange(this.cell, STATE, RUNNING, COMMITTING);
    this.check();
  }
}

/**
 * The database with every write transaction passing the gate as its last step: a cancel that
 * comes before then rolls the import back (Db.write and kysely.transaction() both). On SQLite a
 * transaction takes the write lock first (claimImportNo, which the import calls again, harmlessly),
 * marked as waiting for it, so that the worker is never terminated in that wait.
 */
export function gatedDb(db: Db, gate: CommitGate): Db {
  const gated = async <T>(q: Transaction<Schema>, work: () => Promise<T>): Promise<T> => {
    if (db.dialect === 'sqlite') await gate.waitingForLock(() => claimImportNo(q, db.dialect));
    const result = await work();
    gate.enterCommit();
    return result;
  };
  const kysely = new Proxy(db.kysely, {
    get(target, property) {
      if (property === 'transaction') {
        return () => {
          const builder = target.transaction();
          return {
            execute: <T>(work: (q: Transaction<Schema>) => Promise<T>) => builder.execute((q) => gated(q, () => work(q))),
          };
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    ...db,
    kysely,
    write: (work) => db.write((q, raw) => gated(q, () => work(q, raw))),
  };
}

/**
 * The classes whose meaning the server maps to answers (src/server/errors.ts); a subclass travels
 * as its base unless it is named before it.
 */
const ERROR_CLASSES = {
  CannotUndoError,
  SieError,
  TableError,
  OrganisationMismatchError,
  InputError,
  NotFoundError,
  MoneyError,
  PeriodError,
  ImportBusyError,
  ImportCancelled,
} as const;
type ErrorClassName = keyof typeof ERROR_CLASSES;

export interface SerializedError {
  /** The known class it is an instance of, or null for any other error (an internal one). */
  type: ErrorClassName | null;
  message: string;
  stack?: string;
  /** Its own fields (line, file, row, column, where, the organisations …) that survive JSON. */
  fields: Record<string, unknown>;
}

export function serializeError(error: unknown): SerializedError {
  const type = (Object.keys(ERROR_CLASSES) as ErrorClassName[]).find((name) => error instanceof ERROR_CLASSES[name]) ?? null;
  if (!(error instanceof Error)) return { type: null, message: String(error), fields: {} };
  const fields: SerializedError['fields'] = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
    else if (typeof value === 'object' && value.constructor === Object) fields[key] = JSON.parse(JSON.stringify(value)) as unknown;
  }
  return { type, message: error.message, ...(error.stack ? { stack: error.stack } : {}), fields };
}

/** An instance of the error's own class again (instanceof holds), with its message and fields. */
export function rebuildError(serialized: SerializedError): Error {
  const prototype = serialized.type ? ERROR_CLASSES[serialized.type].prototype : Error.prototype;
  const error = Object.assign(Object.create(prototype) as Error, serialized.fields);
  Object.defineProperty(error, 'message', { value: serialized.message, writable: true, configurable: true });
  if (serialized.stack) Object.defineProperty(error, 'stack', { value: serialized.stack, writable: true, configurable: true });
  return error;
}

/** Messages from the worker thread. */
export type WorkerMessage =
  | { type: 'progress'; bytesRead: number }
  | { type: 'done'; summary: ImportResult | UndoneImport }
  | { type: 'failed'; error: SerializedError };

/** What the worker thread is started with. */
export interface WorkerInput {
  target: Db['target'];
  request: ImportRequest;
  gate: SharedArrayBuffer;
}
