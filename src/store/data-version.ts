/**
 * The data version: one number that changes with every committed write to what reports, the
 * committee list and the drill-down's figures are built from. Servers cache what they build from
 * the database and compare this number (one primary-key read) on each request; a different
 * number empties the cache.
 *
 * Why triggers, not calls in the use cases: every writer bumps it, whatever program it is (the
 * CLI importing beside a running server, another server on the same PostgreSQL, a future use
 * case, a hand-written UPDATE in psql), and the bump commits or rolls back with the write
 * itself, so a reader can never see new data under an old number.
 * - SQLite: row triggers (AFTER INSERT/UPDATE/DELETE) on the tables below add one to the row.
 *   Writers are serialised by SQLite anyway.
 * - PostgreSQL: deferred constraint triggers that bump once per transaction, at COMMIT (a
 *   transaction-local setting remembers the bump), so the version row is locked only while a
 *   transaction commits, not for the whole of a long import.
 * The voucher tables are left out: a row trigger per posting would cost an import of 2M postings
 * 2M updates, and they are written only by imports (SIE, table, demo), which write import_log in
 * the same transaction, so the version moves with them all the same. Cached today: reports (JSON,
 * HTML), the committee list, an area's drill-down and an account's postings (src/server: ReadCache).
 */
import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';
import type { Q } from './committees.ts';

/** The tables whose changes a cached report, committee list or area drill-down depends on. */
export const VERSIONED_TABLES = [
  'committees',
  'areas',
  'responsibility_codes',
  'accounts',
  'ledger_balances',
  'budget_balances',
  'forecasts',
  'texts',
  'investment_projects',
  'budget_decisions',
  'committee_items',
  'fiscal_years',
  'import_log',
] as const;

export const dataVersionMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('data_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'bigint', (c) => c.notNull())
      .execute();
    await sql`INSERT INTO data_version (id, version) VALUES (1, 1)`.execute(db);
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`
        CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF current_setting('uppfoljning.data_version_bumped', true) IS DISTINCT FROM 'on' THEN
            PERFORM set_config('uppfoljning.data_version_bumped', 'on', true);
            UPDATE data_version SET version = version + 1 WHERE id = 1;
          END IF;
          RETURN NULL;
        END $$`.execute(db);
    }
    await addDataVersionTriggers(db, VERSIONED_TABLES);
  },
};

/**
 * Makes every write to these tables bump the data version (a later migration calls this for the
 * tables it creates that reports or cached pages are built from).
 */
export async function addDataVersionTriggers(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const table of tables) {
      await sql`
        CREATE CONSTRAINT TRIGGER ${sql.raw(`${table}_data_version`)}
        AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version()`.execute(db);
    }
    return;
  }
  for (const table of tables) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql`
        CREATE TRIGGER ${sql.raw(`${table}_data_version_${event}`)} AFTER ${sql.raw(event.toUpperCase())} ON ${sql.table(table)}
        BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END`.execute(db);
    }
  }
}

/** The current data version (one indexed read). */
export async function readDataVersion(q: Q): Promise<number> {
  const row = await q.selectFrom('data_version').select('version').where('id', '=', 1).executeTakeFirst();
  return Number(row?.version ?? 0);
}
