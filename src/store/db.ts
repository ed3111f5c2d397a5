/**
 * Opens the database: embedded SQLite by default (a file, created on first use), PostgreSQL when
 * given a postgres:// URL. Migrations run on open. One Kysely query layer serves both.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type SqliteDatabase,
  SqliteDialect,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations.ts';
import type { Schema } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The driver connection a write transaction runs on, for bulk paths the query builder has no
 * words for (prepared statements in a loop on SQLite, COPY on PostgreSQL). Valid only inside the
 * callback of Db.write: what it runs there is part of that transaction.
 */
export type RawConnection = { dialect: 'sqlite'; database: SQLite.Database } | { dialect: 'postgres'; client: pg.PoolClient };

export interface Db {
  kysely: Kysely<Schema>;
  dialect: Dialect;
  /** Where it is: a file path or the URL without its password. */
  location: string;
  /**
   * What it was opened from (the resolved target, the URL with its password), so that another
   * thread can open its own connection to the same database (src/app/import-worker.ts).
   */
  target: DbTarget;
  /**
   * Runs queries that only read on one consistent snapshot of what is committed. On SQLite they use
   * a second, read-only connection, so a report never waits for an import holding the writer; on
   * PostgreSQL a REPEATABLE READ, READ ONLY transaction from the pool.
   */
  snapshot<T>(read: (q: Transaction<Schema>) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one write transaction (committed when it resolves, rolled back when it throws)
   * and hands it the transaction's own driver connection as well (RawConnection).
   */
  write<T>(work: (q: Transaction<Schema>, raw: RawConnection) => Promise<T>): Promise<T>;
  /**
   * Gives the space of deleted rows back to the file system (SQLite with auto_vacuum=INCREMENTAL,
   * which new databases get; elsewhere the free pages are reused by later writes). PostgreSQL:
   * nothing to do, autovacuum reclaims dead rows. Call after a transaction that deleted much.
   */
  reclaimSpace(): Promise<void>;
  close(): Promise<void>;
}

/** A database to open: a SQLite file (":memory:" for a throw-away one) or a postgres:// URL. */
export type DbTarget = { file: string } | { url: string };

export interface OpenOptions {
  /** SQLite file (":memory:" for a throw-away database). */
  file?: string;
  /** postgres:// URL. */
  url?: string;
  /** Skip migrations (for tools that only read). */
  migrate?: boolean;
  /**
   * SQLite: another connection (the server's) has made the file's own settings (WAL, auto_vacuum):
   * set only this connection's. Setting WAL waits for the write lock, which an import's worker
   * thread must not do while it can be terminated.
   */
  settled?: boolean;
}

export const DEFAULT_SQLITE_FILE = './data/uppfoljning.sqlite';

/** Address space the SQLite reader maps the file into (memory the OS pages in and out as it likes). */
const READER_MMAP_BYTES = 1 << 30;

// BIGINT (20) and NUMERIC (1700, what SUM(bigint) returns) come back as strings from pg.
// Every amount is a safe integer of öre, so numbers are exact here.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** Resolves where to connect: explicit options, then DATABASE_URL, then UPPFOLJNING_DB, then the default file. */
export function resolveTarget(options: OpenOptions = {}): { file?: string; url?: string } {
  if (options.url) return { url: options.url };
  if (options.file) return { file: options.file };
  const env = process.env.DATABASE_URL;
  if (env) return { url: env };
  const file = process.env.UPPFOLJNING_DB;
  if (file && /^postgres(ql)?:\/\//.test(file)) return { url: file };
  return { file: file || DEFAULT_SQLITE_FILE };
}

export async function openDatabase(options: OpenOptions = {}): Promise<Db> {
  const target = resolveTarget(options);
  let db: Db;
  let openReader: (() => void) | null = null;
  if (target.url) {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    const kysely = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    db = {
      kysely,
      dialect: 'postgres',
      location: target.url.replace(/:[^:@/]*@/, ':***@'),
      target: { url: target.url },
      snapshot: (read) => kysely.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read),
      write: (work) => writeOnOwnClient(pool, work),
      reclaimSpace: async () => {},
      close: () => kysely.destroy(),
    };
  } else {
    const file = target.file ?? DEFAULT_SQLITE_FILE;
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    const database = new SQLite(file);
    if (!options.settled) {
      // Takes effect in a new, empty database only (before its first table): the file then shrinks
      // when reclaimSpace() runs after rows were deleted.
      database.pragma('auto_vacuum = INCREMENTAL');
      database.pragma('journal_mode = WAL');
    }
    database.pragma('foreign_keys = ON');
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 10000');
    // 64 MB of page cache (the default is 2 MB): an import appends to some thousand places of the
    // drill-down index at once, and they stay in memory.
    database.pragma('cache_size = -65536');
    const kysely = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
    let reader: Kysely<Schema> | null = null;
    let readOnly: SQLite.Database | null = null;
    db = {
      kysely,
      dialect: 'sqlite',
      location: file,
      target: { file },
      // Until the reader is open (and always for ":memory:", which a second connection cannot see) the writer reads.
      snapshot: (read) => (reader ?? kysely).transaction().execute(read),
      // Kysely's SQLite driver has the one connection: while the transaction holds it, statements
      // run on `database` are the transaction's.
      write: (work) => kysely.transaction().execute((q) => work(q, { dialect: 'sqlite', database })),
      // On the connection reserved from Kysely, so that it waits for a transaction that holds it;
      // by better-sqlite3's pragma(), which steps the statement to the end (one step frees one page).
      reclaimSpace: () => kysely.connection().execute(async () => void database.pragma('incremental_vacuum')),
      close: async () => {
        await reader?.destroy();
        // Kysely closes a connection it has used; an unused reader would stay open, and the WAL
        // file with it (the last connection to close checkpoints it into the database and removes it).
        if (readOnly?.open) readOnly.close();
        await kysely.destroy();
      },
    };
    // Opened after the migrations: a read-only connection cannot create the file or its tables.
    if (file !== ':memory:') {
      openReader = () => {
        readOnly = new SQLite(file, { readonly: true });
        readOnly.pragma('busy_timeout = 10000');
        // Drill-down reads a few hundred vouchers spread over the table: pages mapped into memory
        // are read without a system call each, and cached pages are kept between requests.
        readOnly.pragma(`mmap_size = ${READER_MMAP_BYTES}`);
        readOnly.pragma('cache_size = -65536');
        reader = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(readOnly) }) });
      };
    }
  }
  try {
    if (options.migrate !== false) await migrateToLatest(db.kysely as Kysely<unknown>);
    openReader?.();
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

/**
 * Kysely's SQLite driver prepares every query it runs anew; this keeps the prepared statements of
 * the last few hundred distinct queries (a drill-down request runs seven, each prepared in about
 * 50 µs). Kysely runs one query at a time on a connection, so a statement is never used twice at once.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= 500) cache.clear();
        statement = database.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * A write transaction on a pool client of its own, with a Kysely instance bound to that client,
 * so that the work can use the client directly (COPY) within the same transaction.
 */
async function writeOnOwnClient<T>(pool: pg.Pool, work: (q: Transaction<Schema>, raw: RawConnection) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // Kysely releases the connection it was given after the transaction: this one is released below.
  const single: PostgresPool = {
    connect: async () => ({ query: client.query.bind(client), release: () => {} }) as PostgresPoolClient,
    end: async () => {},
  };
  const kysely = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: single }) });
  let failed: Error | undefined;
  try {
    return await kysely.transaction().execute((q) => work(q, { dialect: 'postgres', client }));
  } catch (e) {
    failed = e instanceof Error ? e : new Error(String(e));
    throw e;
  } finally {
    await kysely.destroy();
    // A failed transaction may leave the connection mid-COPY: it is closed, not reused.
    client.release(failed);
  }
}
