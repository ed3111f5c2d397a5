/**
 * Migration 0010 on both databases: budget decisions and investment projects written before it
 * keep their meaning. Each decision gets one line of its whole amount; an allocation one goes to
 * no area, so no figure changes (the ledger's budget already held it); an investment one still
 * adjusts the investment budget; projects get no carry-over and no forecast.
 */
import { type Kysely, Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildReport } from '#app/report.ts';
import { toJsonContract } from '#report/json.ts';
import type { Db } from '#store/db.ts';
import { MIGRATIONS, migrateToLatest } from '#store/migrations.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

/** A database at migration 0007, as a version before 0010 left it. */
async function before0010(open: () => Promise<Db>): Promise<Db> {
  const db = await open();
  const all = await db.kysely.introspection.getTables();
  for (const v of all.filter((t) => t.isView)) await sql`DROP VIEW ${sql.table(v.name)}`.execute(db.kysely);
  const tables = all.filter((t) => !t.isView).map((t) => t.name);
  // The data version last: dropping a table may delete rows (cascades) whose triggers bump it.
  for (const t of [...tables.filter((t) => t !== 'committees' && t !== 'data_version'), 'committees', 'data_version']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(t)} ${sql.raw(db.dialect === 'postgres' ? 'CASCADE' : '')}`.execute(db.kysely);
  }
  for (const t of ['kysely_migration', 'kysely_migration_lock']) await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db.kysely);
  if (db.dialect === 'postgres') await sql`DROP FUNCTION IF EXISTS bump_data_version`.execute(db.kysely);
  const upTo7 = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0008'));
  const result = await new Migrator({ db: db.kysely as Kysely<unknown>, provider: { getMigrations: async () => upTo7 } }).migrateToLatest();
  expect(result.error).toBeUndefined();
  return db;
}

describe.each(TEST_DATABASES)('migration 0010 on $name', ({ open }) => {
  it('migrates the existing decisions and projects, changing no figure', async () => {
    const db = await before0010(open);
    try {
      const old = db.kysely as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await old
        .insertInto('committees')
        .values({ id: 'k', name: 'Kultur', materiality_threshold: 0, fiscal_year_start_month: 1 })
        .execute();
      await old.insertInto('areas').values({ committee_id: 'k', id: 'bibl', name: 'Bibliotek', sort_order: 1 }).execute();
      await old.insertInto('responsibility_codes').values({ committee_id: 'k', code: '100', name: 'Bibliotek', area_id: 'bibl' }).execute();
      for (const [period, amount] of [
        ['2025-01', -1_000_000],
        ['2025-02', -1_000_000],
      ] as const) {
        await old.insertInto('budget_balances').values({ committee_id: 'k', period, account: '3910', code: '100', amount }).execute();
        await old.insertInto('ledger_balances').values({ committee_id: 'k', period, account: '3910', code: '100', amount }).execute();
      }
      await old
        .insertInto('ledger_balances')
        .values({ committee_id: 'k', period: '2025-02', account: '1220', code: '100', amount: 300_000 })
        .execute();
      await old
        .insertInto('investment_projects')
        .values({ committee_id: 'k', fiscal_year: '2025', id: 'p', name: 'P', budget: 1_000_000 })
        .execute();
      const decision = { committee_id: 'k', fiscal_year: '2025', description: 'd' };
      await old
        .insertInto('budget_decisions')
        .values([
          { ...decision, id: 'a', decided_on: '2025-01-15', decided_by: 'KS', kind: 'allocation', amount: 600_000 },
          { ...decision, id: 'i', decided_on: '2025-02-10', decided_by: 'KF', kind: 'investment', amount: 500_000 },
        ])
        .execute();
      await migrateToLatest(db.kysely as Kysely<unknown>);
      const lines = await db.kysely.selectFrom('budget_decision_lines').selectAll().orderBy('decision_id').execute();
      expect(lines).toEqual([
        {
          committee_id: 'k',
          decision_id: 'a',
          line_no: 1,
          target: 'area',
          area_id: null,
          account_group: 'kommunbidrag',
          project_id: null,
          amount: 600_000,
        },
        {
          committee_id: 'k',
          decision_id: 'i',
          line_no: 1,
          target: 'investment',
          area_id: null,
          account_group: null,
          project_id: null,
          amount: 500_000,
        },
      ]);
      const r = toJsonContract(await buildReport(db, 'k', '2025-02'));
      expect(r.total.budgetResult).toBe(2_000_000);
      expect(r.areas.find((a) => a.code === 'bibl')?.budgetResult).toBe(2_000_000);
      expect(r.investments).toMatchObject({ budget: 1_000_000, adjustedBudget: 1_500_000, actual: 300_000, carryOver: 0 });
      expect(r.investments.projects).toEqual([
        {
          id: 'p',
          name: 'P',
          budget: 1_000_000,
          carryOver: 0,
          decisions: 0,
          revisedBudget: 1_000_000,
          actual: null,
          forecast: null,
          forecastDeviation: null,
        },
      ]);
      expect(r.budgetDecisions.map((d) => [d.id, d.lines[0]?.resultEffect])).toEqual([
        ['a', 0],
        ['i', 0],
      ]);
    } finally {
      await db.close();
    }
  });
});
