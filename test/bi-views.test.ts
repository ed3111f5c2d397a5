/**
 * The views for other tools, read with plain SQL on both databases, add up to the report's
 * figures (buildReport) per area and in total: bi_amounts to the actual results and, with the
 * year's budget decisions and periodization added (the revised budget, src/app/budget-rows.ts), to
 * the budgeted results; bi_postings (every posting) to the actual results. The demo committee (calendar year) and an SIE
 * file with a split fiscal year (July–June).
 */
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBudgetRows } from '#app/budget-rows.ts';
import { loadDemo } from '#app/demo/index.ts';
import { importSie } from '#app/import-sie.ts';
import { buildReport } from '#app/report.ts';
import { isProfitAndLoss } from '#core/accounts.ts';
import type { AmountRow } from '#core/figures.ts';
import { areaOfCode, UNALLOCATED_AREA } from '#core/organisation.ts';
import { fiscalYearLabel, fiscalYearOf } from '#core/period.ts';
import { toJsonContract } from '#report/json.ts';
import { loadAmounts } from '#store/amounts.ts';
import { loadCodeMap } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { CONFORMANCE_SIE, HAS_SHARED } from './helpers/shared.ts';

// Profit-and-loss accounts (classes 3-8), the ones results are computed from, said in SQL.
const PROFIT_AND_LOSS = sql`substr(account, 1, 1) BETWEEN '3' AND '8'`;

interface Case {
  committee: string;
  period: string;
  startMonth: number;
}

describe.skipIf(!HAS_SHARED).each(TEST_DATABASES)('views bi_postings and bi_amounts on $name', ({ open }) => {
  let db: Db;
  const cases: Case[] = [
    { committee: 'socialnamnden', period: '2025-04', startMonth: 1 },
    { committee: 'bl0001', period: '2010-06', startMonth: 7 },
  ];
  beforeAll(async () => {
    db = await open();
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
    await importSie(db, join(CONFORMANCE_SIE, 'jsisie__BL0001_typ4.SE'), { committeeId: 'bl0001', user: 'test' });
  });
  afterAll(() => db?.close());

  it.each(cases)('add up to the report of $committee for $period, per area and in total', async ({ committee, period, startMonth }) => {
    const report = toJsonContract(await buildReport(db, committee, period));
    const fy = fiscalYearOf(period, startMonth);
    const { rows: amounts } = await sql<{ area_id: string; actual: number; budget: number }>`
      SELECT area_id, SUM(actual_ore) AS actual, SUM(budget_ore) AS budget FROM bi_amounts
      WHERE committee_id = ${committee} AND period >= ${fy.start} AND period <= ${period} AND ${PROFIT_AND_LOSS}
      GROUP BY area_id`.execute(db.kysely);
    const { rows: postings } = await sql<{ area_id: string; actual: number; n: number }>`
      SELECT area_id, SUM(amount_ore) AS actual, COUNT(*) AS n FROM bi_postings
      WHERE committee_id = ${committee} AND period >= ${fy.start} AND period <= ${period} AND ${PROFIT_AND_LOSS}
      GROUP BY area_id`.execute(db.kysely);
    // bi_amounts has the budget as imported; the report's is revised (decisions, periodization).
    const codeMap = await loadCodeMap(db.kysely, committee);
    const revision = new Map<string, number>();
    const add = (rows: AmountRow[], sign: number) => {
      for (const r of rows.filter((x) => isProfitAndLoss(x.account))) {
        const area = areaOfCode(codeMap, r.code);
        revision.set(area, (revision.get(area) ?? 0) + sign * r.amount);
      }
    };
    add(await loadBudgetRows(db.kysely, committee, fy.start, period), 1);
    add(await loadAmounts(db.kysely, committee, 'budget', fy.start, period), -1);
    const result = (rows: { area_id: string; actual: number; budget?: number }[], id: string) => {
      const r = rows.find((x) => x.area_id === id);
      return { actualResult: 0 - Number(r?.actual ?? 0), budgetResult: 0 - Number(r?.budget ?? 0) - (revision.get(id) ?? 0) };
    };
    // The demo's one revision: the KS decision of 47 tkr more kommunbidrag on Övergripande, 4/12 of it by April.
    const revised = [...revision].filter(([, amount]) => amount !== 0);
    if (committee === 'socialnamnden') {
      expect(revised.map(([area]) => area)).toEqual(['overgripande']);
      expect(Math.abs((revised[0]?.[1] ?? 0) + 4_700_000 / 3)).toBeLessThan(100);
    } else expect(revised).toEqual([]);
    expect(report.areas.length).toBeGreaterThan(0);
    expect(postings.reduce((n, r) => n + Number(r.n), 0)).toBeGreaterThan(10);
    for (const a of report.areas) {
      expect({ area: a.code, ...result(amounts, a.code) }).toEqual({
        area: a.code,
        actualResult: a.actualResult,
        budgetResult: a.budgetResult,
      });
      expect({ area: a.code, actual: result(postings, a.code).actualResult }).toEqual({ area: a.code, actual: a.actualResult });
    }
    // Every row lies in an area of the report (or in none with nothing in it).
    for (const r of amounts)
      expect(report.areas.some((a) => a.code === r.area_id) || (Number(r.actual) === 0 && Number(r.budget) === 0)).toBe(true);
    const sum = (rows: { actual: number }[]) => -rows.reduce((s, r) => s + Number(r.actual), 0);
    expect(sum(amounts)).toBe(report.total.actualResult);
    const totalRevision = [...revision.values()].reduce((s, x) => s + x, 0);
    expect(-amounts.reduce((s, r) => s + Number(r.budget), 0) - totalRevision).toBe(report.total.budgetResult);
    expect(sum(postings)).toBe(report.total.actualResult);
  });

  it('names committee, fiscal year, voucher, account and area, with kronor beside öre', async () => {
    const { rows } = await sql<Record<string, unknown>>`
      SELECT * FROM bi_postings WHERE committee_id = 'bl0001' ORDER BY voucher_date, voucher_number, amount_ore`.execute(db.kysely);
    expect(rows.length).toBeGreaterThan(100);
    expect(Object.keys(rows[0]!)).toEqual([
      'committee_id',
      'committee_name',
      'fiscal_year',
      'period',
      'voucher_date',
      'series',
      'voucher_number',
      'voucher_text',
      'account',
      'account_name',
      'code',
      'area_id',
      'area_name',
      'amount_ore',
      'amount_kr',
    ]);
    for (const r of rows) {
      expect(r.fiscal_year).toBe(fiscalYearLabel(fiscalYearOf(String(r.period), 7)));
      expect(String(r.voucher_date).slice(0, 7)).toBe(r.period);
      expect(Math.round(Number(r.amount_kr) * 100)).toBe(r.amount_ore);
    }
    expect(new Set(rows.map((r) => r.fiscal_year))).toEqual(new Set(['2009/2010']));
    const accounts = await db.kysely.selectFrom('accounts').select(['id', 'name']).where('committee_id', '=', 'bl0001').execute();
    const named = rows.find((r) => accounts.some((a) => a.id === r.account))!;
    expect(named.account_name).toBe(accounts.find((a) => a.id === named.account)!.name);
    // The file books postings without an object (code ''): they are in "Ej fördelat".
    const unmapped = rows.find((r) => r.code === '')!;
    expect([unmapped.area_id, unmapped.area_name]).toEqual([UNALLOCATED_AREA.id, UNALLOCATED_AREA.name]);

    const { rows: demo } = await sql<Record<string, unknown>>`
      SELECT committee_name, fiscal_year, area_id, area_name, account_name FROM bi_postings
      WHERE committee_id = 'socialnamnden' AND account = '4620' AND area_id <> ${UNALLOCATED_AREA.id} LIMIT 1`.execute(db.kysely);
    expect(demo[0]).toMatchObject({ committee_name: 'Socialnämnden', fiscal_year: '2025' });
    const area = await db.kysely.selectFrom('areas').select('name').where('id', '=', String(demo[0]!.area_id)).executeTakeFirstOrThrow();
    expect(demo[0]!.area_name).toBe(area.name);
  });
});
