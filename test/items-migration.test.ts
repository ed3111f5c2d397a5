/**
 * Migration 0011 keeps committee items written before it meaningful: a database at 0007 with
 * amounts entered as such is migrated, and its report counts the same items with the same
 * amounts (kind null: no inputs), on SQLite and PostgreSQL.
 */
import { type Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { readItems } from '#app/items.ts';
import { buildReport } from '#app/report.ts';
import { toJsonContract } from '#report/json.ts';
import { openDatabase } from '#store/db.ts';
import { MIGRATIONS, migrateToLatest } from '#store/migrations.ts';
import { TABLES_AFTER_0013, TEST_DATABASES } from './helpers/databases.ts';

describe.each(TEST_DATABASES)('migration 0011 on $name', ({ open }) => {
  it('keeps the items of an older database', async () => {
    const fresh = await open();
    const url = fresh.target;
    await fresh.close();
    // Rebuild the database as 0007 left it.
    const db = await openDatabase({ ...url, migrate: false });
    try {
      const k = db.kysely as Kysely<unknown>;
      for (const t of ['kpi_values', 'kpi_definitions', 'committee_item_periods']) await k.schema.dropTable(t).execute();
      for (const c of ['kind', 'salary_base', 'rate', 'reference_rate', 'updated_by', 'updated_at'])
        await k.schema.alterTable('committee_items').dropColumn(c).execute();
      // And the later migrations (0012 and after) undone, so that 0011 is the next to run.
      await k.schema.alterTable('areas').dropColumn('short_name').execute();
      for (const t of ['ledger_postings', 'import_undo_postings']) await k.schema.alterTable(t).dropColumn('project').execute();
      for (const t of TABLES_AFTER_0013) await k.schema.dropTable(t).execute();
      await db.kysely
        .deleteFrom('kysely_migration' as never)
        .where('name' as never, '>=', '0011' as never)
        .execute();
      const older = new Migrator({
        db: k,
        provider: { getMigrations: async () => Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n < '0011')) },
      });
      expect((await older.migrateToLatest()).error).toBeUndefined();
      await db.kysely
        .insertInto('committees')
        .values({ id: 'gammal', name: 'Gamla nämnden', materiality_threshold: 0, fiscal_year_start_month: 1 })
        .execute();
      await db.kysely.insertInto('areas').values({ committee_id: 'gammal', id: 'a', name: 'Område A', sort_order: 10 }).execute();
      await db.kysely.insertInto('responsibility_codes').values({ committee_id: 'gammal', code: '1', name: 'Ett', area_id: 'a' }).execute();
      await db.kysely
        .insertInto('ledger_balances')
        .values({ committee_id: 'gammal', period: '2025-04', account: '4610', code: '1', amount: 100 })
        .execute();
      await db.kysely
        .insertInto('forecasts')
        .values({ committee_id: 'gammal', period: '2025-04', area_id: 'a', deviation: 1_000 })
        .execute();
      const legacy = { committee_id: 'gammal', period: '2025-04', label: 'Gammal post' };
      await (db.kysely as unknown as Kysely<Record<string, Record<string, unknown>>>)
        .insertInto('committee_items')
        .values([
          { ...legacy, key: 'inne', amount: 300, included_in_area_id: 'a', group_key: 'po' },
          { ...legacy, key: 'ute', amount: 500, included_in_area_id: null, group_key: null },
        ])
        .execute();

      await migrateToLatest(k);
      const report = toJsonContract(await buildReport(db, 'gammal', '2025-04'));
      expect(report.total.forecastDeviation).toBe(1_500);
      expect(report.total.committeeItems.map((i) => [i.key, i.kind, i.result, i.inputs])).toEqual([
        ['inne', null, 300, {}],
        ['ute', null, 500, {}],
      ]);
      expect((await readItems(db, 'gammal', '2025-05')).readFrom).toBe('2025-04');
    } finally {
      await db.close();
    }
  });
});
