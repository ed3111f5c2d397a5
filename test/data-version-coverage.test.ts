/**
 * Every table is either versioned (its writes bump the data version that the read cache trusts)
 * or named here as one that no cached answer reads. A new table, or a table rebuilt without its
 * triggers, fails this test until it is put on one list or the other.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { VERSIONED_TABLES } from '#store/data-version.ts';
import { BUDGET_TABLES } from '#store/migrations/budget.ts';
import { JOURNAL_TABLES } from '#store/migrations/import-undo.ts';
import { ITEMS_KPIS_TABLES } from '#store/migrations/items-kpis.ts';
import { TEMPLATE_TABLES } from '#store/migrations/report-templates.ts';
import { VERSION_TABLES } from '#store/migrations/versions-data-version.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

/**
 * Tables without triggers: the voucher rows (written only by imports, which write import_log in the
 * same transaction), the version itself, Kysely's bookkeeping, the undo journal (read only by
 * an undo, whose writes to the versioned tables bump the version), and the organisation a ledger
 * comes from (read only by imports, to refuse another organisation's file).
 */
const UNVERSIONED = [
  'vouchers',
  'ledger_postings',
  'data_version',
  'kysely_migration',
  'kysely_migration_lock',
  'committee_organisations',
  // Read by the texts' history only, never cached (the texts themselves are versioned).
  'text_history',
  // People and the audit log: no cached answer is built from them (access is checked per request).
  'users',
  'user_roles',
  'user_areas',
  'sessions',
  'audit_log',
  // The cycle's states: its answers are never cached (they change under the reviewer's hands).
  'cycle_periods',
  'cycle_areas',
  ...JOURNAL_TABLES,
];

/** The versioned tables: those of 0005 and those later migrations add triggers to. */
const VERSIONED: readonly string[] = [...VERSIONED_TABLES, ...BUDGET_TABLES, ...ITEMS_KPIS_TABLES, ...TEMPLATE_TABLES, ...VERSION_TABLES];

describe.each(TEST_DATABASES)('data version triggers on $name', (database) => {
  it('cover every table a cached answer reads', async () => {
    const db = await database.open();
    try {
      const tables =
        db.dialect === 'sqlite'
          ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(db.kysely)
          : await sql<{
              name: string;
            }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(
              db.kysely,
            );
      const triggers =
        db.dialect === 'sqlite'
          ? await sql<{
              table: string;
              event: string;
            }>`SELECT tbl_name AS "table", upper(substr(name, length(tbl_name) + 15)) AS event FROM sqlite_master WHERE type = 'trigger'`.execute(
              db.kysely,
            )
          : await sql<{
              table: string;
              event: string;
            }>`SELECT event_object_table AS "table", event_manipulation AS event FROM information_schema.triggers`.execute(db.kysely);
      const names = tables.rows.map((r) => r.name).sort();
      expect(names.filter((n) => !UNVERSIONED.includes(n) && !VERSIONED.includes(n))).toEqual([]);
      for (const table of VERSIONED) {
        expect(names, table).toContain(table);
        const events = triggers.rows.filter((t) => t.table === table).map((t) => t.event);
        for (const event of ['INSERT', 'UPDATE', 'DELETE']) expect(events, `${table} ${event}`).toContain(event);
      }
    } finally {
      await db.close();
    }
  });
});
