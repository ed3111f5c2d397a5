/**
 * The databases the storage tests run on: an embedded SQLite file always, and PostgreSQL when
 * UPPFOLJNING_TEST_PG names an admin URL (.ci/run starts one). Under CI=true PostgreSQL is required.
 * Each call opens a fresh, empty, migrated database.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { VERSIONED_TABLES } from '#store/data-version.ts';
import { type Db, openDatabase } from '#store/db.ts';
import { BUDGET_TABLES } from '#store/migrations/budget.ts';
import { JOURNAL_TABLES } from '#store/migrations/import-undo.ts';
import { ITEMS_KPIS_TABLES } from '#store/migrations/items-kpis.ts';
import { TEMPLATE_TABLES } from '#store/migrations/report-templates.ts';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  open(): Promise<Db>;
}

const adminUrl = process.env.UPPFOLJNING_TEST_PG;
if (process.env.CI === 'true' && !adminUrl) {
  throw new Error('CI=true but UPPFOLJNING_TEST_PG is not set: the PostgreSQL storage tests must run in CI');
}

let counter = 0;

export async function freshSqlite(): Promise<Db> {
  const dir = mkdtempSync(join(tmpdir(), 'uppf-'));
  return openDatabase({ file: join(dir, 'test.sqlite') });
}

export async function freshPostgres(): Promise<Db> {
  if (!adminUrl) throw new Error('UPPFOLJNING_TEST_PG is not set');
  const name = `uppf_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return openDatabase({ url: url.toString() });
}

export const TEST_DATABASES: TestDatabase[] = [
  { name: 'sqlite', open: freshSqlite },
  ...(adminUrl ? [{ name: 'postgres' as const, open: freshPostgres }] : []),
];

if (!adminUrl) console.warn('UPPFOLJNING_TEST_PG not set: storage tests run on SQLite only');

/** Every table of the schema: the versioned ones, the voucher rows, the undo journal, the organisations and the data version itself. */
const TABLES = [
  ...VERSIONED_TABLES,
  ...BUDGET_TABLES,
  ...ITEMS_KPIS_TABLES,
  'vouchers',
  'ledger_postings',
  ...JOURNAL_TABLES,
  'committee_organisations',
  'text_history',
  'published_versions',
  ...TEMPLATE_TABLES,
  'data_version',
] as const;

/** Every row of every table, to compare before and after (an import that fails changes none). */
export async function snapshot(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of TABLES) out[t] = (await db.kysely.selectFrom(t).selectAll().execute()).map((r) => JSON.stringify(r)).sort();
  return out;
}

/**
 * The tables of the migrations after 0013 (people, the audit log, …), which tests that rebuild an
 * older schema drop first. A migration that adds a table adds it here.
 */
export const TABLES_AFTER_0013 = [
  ...TEMPLATE_TABLES,
  'published_versions',
  'cycle_areas',
  'cycle_periods',
  'audit_log',
  'sessions',
  'user_areas',
  'user_roles',
  'users',
] as const;
