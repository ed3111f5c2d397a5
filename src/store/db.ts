/**
 * Opens the database: embedded SQLite by default (a file, created on first use), PostgreSQL when
 * given a postgres:// URL. Migrations run on open. One Kysely query layer serves both.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations.ts';
import type { Schema } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Schema>;
  dialect: Dialect;
  /** Where it is: a file path or the URL without its password. */
  location: string;
  /**
   * Runs queries that only read on one consistent snapshot of what is committed. On SQLite they use
   * a second, read-only connection, so a report never waits for an import holding the writer; on
   * PostgreSQL a REPEATABLE READ, READ ONLY transaction from the pool.
   */
  snapshot<T>(read: (q: Transaction<Schema>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** SQLite file (":memory:" for a throw-away database). */
  file?: string;
  /** postgres:// URL. */
  url?: string;
  /** Skip migrations (for tools that only read). */
  migrate?: boolean;
}

export const DEFAULT_SQLITE_FILE = './data/uppfoljning.sqlite';

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
      snapshot: (read) => kysely.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read),
      close: () => kysely.destroy(),
    };
  } else {
    const file = target.file ?? DEFAULT_SQLITE_FILE;
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    const database = new SQLite(file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 10000');
    const kysely = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
    let reader: Kysely<Schema> | null = null;
    db = {
      kysely,
      dialect: 'sqlite',
      location: file,
      // Until the reader is open (and always for ":memory:", which a second connection cannot see) the writer reads.
      snapshot: (read) => (reader ?? kysely).transaction().execute(read),
      close: async () => {
        await reader?.destroy();
        await kysely.destroy();
      },
    };
    // Opened after the migrations: a read-only connection cannot create the file or its tables.
    if (file !== ':memory:') {
      openReader = () => {
        const readOnly = new SQLite(file, { readonly: true });
        readOnly.pragma('busy_timeout = 10000');
        reader = new Kysely<Schema>({ dialect: new SqliteDialect({ database: readOnly }) });
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
