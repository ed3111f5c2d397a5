/**
 * Migration 0006: the undo journal. An import copies what it removes or overwrites into these
 * tables, keyed by its import number, in its own transaction; undoing it puts that back and removes
 * what it added (its vouchers carry its number; amounts, accounts and fiscal years it wrote lie in
 * the scopes and snapshots it journalled). Only a committee's latest import keeps a journal: the
 * next import of the committee drops it. The import log records an undo (undone_at, undone_by).
 *
 * - import_undo_journals: one row an import that can be undone, with the committee's row as it was
 *   before (JSON, so that columns added later come back too; null when the import created it).
 * - import_undo_scopes: where the import replaced amounts: a kind ('actual' or 'budget'), a range
 *   of periods and one code, or every code (code null). Undo empties each scope and restores ...
 * - import_undo_amounts: ... the amounts that were in the scopes before.
 * - import_undo_vouchers, import_undo_postings: the vouchers and postings the import removed
 *   (removed_by), with their own keys.
 * - import_undo_accounts, import_undo_fiscal_years: the committee's chart of accounts and fiscal
 *   years before; import_undo_areas, import_undo_codes: its areas and codes before (undo removes
 *   those the import added).
 *
 * Every table's key starts with the import number, so that dropping or reading a journal is one
 * range of a primary key. SQLite: STRICT and WITHOUT ROWID, as the voucher rows.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export const JOURNAL_TABLES = [
  'import_undo_journals',
  'import_undo_scopes',
  'import_undo_amounts',
  'import_undo_vouchers',
  'import_undo_postings',
  'import_undo_accounts',
  'import_undo_fiscal_years',
  'import_undo_areas',
  'import_undo_codes',
] as const;

export const importUndo = {
  async up(db: Kysely<unknown>) {
    const pg = db.getExecutor().adapter instanceof PostgresAdapter;
    const int = pg ? sql`integer` : sql`INTEGER`;
    const money = pg ? sql`bigint` : sql`INTEGER`;
    const options = pg ? sql`` : sql` STRICT, WITHOUT ROWID`;
    const create = (name: string, columns: ReturnType<typeof sql>) => sql`CREATE TABLE ${sql.raw(name)} (${columns})${options}`.execute(db);
    await create('import_undo_journals', sql`import_no ${int} PRIMARY KEY, committee_id TEXT NOT NULL, committee_row TEXT`);
    await sql`CREATE INDEX import_undo_journals_committee ON import_undo_journals (committee_id)`.execute(db);
    await create(
      'import_undo_scopes',
      sql`import_no ${int} NOT NULL, scope_no ${int} NOT NULL, kind TEXT NOT NULL, period_from TEXT NOT NULL,
        period_to TEXT NOT NULL, code TEXT, PRIMARY KEY (import_no, scope_no)`,
    );
    await create(
      'import_undo_amounts',
      sql`import_no ${int} NOT NULL, kind TEXT NOT NULL, committee_id TEXT NOT NULL, period TEXT NOT NULL, account TEXT NOT NULL,
        code TEXT NOT NULL, amount ${money} NOT NULL, PRIMARY KEY (import_no, kind, period, account, code)`,
    );
    await create(
      'import_undo_vouchers',
      sql`removed_by ${int} NOT NULL, committee_id TEXT NOT NULL, import_no ${int} NOT NULL, seq ${int} NOT NULL, period TEXT NOT NULL,
        voucher_date TEXT NOT NULL, series TEXT NOT NULL, number TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (removed_by, import_no, seq)`,
    );
    await create(
      'import_undo_postings',
      sql`removed_by ${int} NOT NULL, committee_id TEXT NOT NULL, import_no ${int} NOT NULL, seq ${int} NOT NULL, line ${int} NOT NULL,
        period TEXT NOT NULL, voucher_date TEXT NOT NULL, account TEXT NOT NULL, code TEXT NOT NULL, amount ${money} NOT NULL,
        text TEXT NOT NULL, PRIMARY KEY (removed_by, import_no, seq, line)`,
    );
    await create(
      'import_undo_accounts',
      sql`import_no ${int} NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, type TEXT, PRIMARY KEY (import_no, id)`,
    );
    await create(
      'import_undo_fiscal_years',
      sql`import_no ${int} NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, PRIMARY KEY (import_no, start_date)`,
    );
    await create('import_undo_areas', sql`import_no ${int} NOT NULL, id TEXT NOT NULL, PRIMARY KEY (import_no, id)`);
    await create('import_undo_codes', sql`import_no ${int} NOT NULL, code TEXT NOT NULL, PRIMARY KEY (import_no, code)`);
    await sql`ALTER TABLE import_log ADD COLUMN undone_at TEXT`.execute(db);
    await sql`ALTER TABLE import_log ADD COLUMN undone_by TEXT`.execute(db);
  },
};
