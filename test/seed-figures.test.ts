/**
 * The demo committee must reproduce every figure of the seed report
 * (test/fixtures/seed-figures.json, a copy of ../shared/seed/*.figures.json) when rounded to one
 * decimal, on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { buildReport } from '#app/report.ts';
import { mnkrRounded } from '#core/format.ts';
import { renderHtml } from '#report/html.ts';
import { type ReportJson, toJsonContract } from '#report/json.ts';
import { loadAmounts } from '#store/amounts.ts';
import type { Db } from '#store/db.ts';
import seed from './fixtures/seed-figures.json' with { type: 'json' };
import { TEST_DATABASES } from './helpers/databases.ts';

const tkrOf = (ore: number) => Math.round(ore / 100_000);

describe.each(TEST_DATABASES)('seed report from the demo data on $name', ({ open }) => {
  let db: Db;
  let april: ReportJson;
  let march: ReportJson;
  beforeAll(async () => {
    db = await open();
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
    april = toJsonContract(await buildReport(db, 'socialnamnden', '2025-04'));
    march = toJsonContract(await buildReport(db, 'socialnamnden', '2025-03'));
  });
  afterAll(() => db?.close());

  const area = (r: ReportJson, name: string) => {
    const found = r.areas.find((a) => a.name === name);
    if (!found) throw new Error(`no area ${name}`);
    return found;
  };

  it('gives the committee result, deviation and budgeted result', () => {
    expect(mnkrRounded(april.total.actualResult)).toBe(seed.result.accumulatedResultMnkr);
    expect(mnkrRounded(april.total.deviation)).toBe(seed.result.accumulatedDeviationMnkr);
    expect(mnkrRounded(april.total.budgetResult)).toBe(seed.result.impliedBudgetedAccumulatedResultMnkr);
    expect(april.total.deviation).toBe(april.total.actualResult - april.total.budgetResult);
  });

  it.each(seed.areaDeviations.rows)('gives $area $aprilMnkr (mars $marchMnkr)', (row) => {
    const a = area(april, row.area);
    expect(mnkrRounded(a.deviation)).toBe(row.aprilMnkr);
    expect(a.material).toBe(true);
    if (row.marchMnkr !== null) {
      expect(mnkrRounded(a.previousDeviation ?? Number.NaN)).toBe(row.marchMnkr);
      expect(area(march, row.area).deviation).toBe(a.previousDeviation);
    }
  });

  it('lists exactly the seed areas under "större avvikelser", as the seed does (rows 10.6 against 10.5)', async () => {
    const doc = await buildReport(db, 'socialnamnden', '2025-04');
    const headings = doc.sections[1]?.blocks.filter((b) => b.type === 'heading' && b.level === 4) ?? [];
    expect(headings).toHaveLength(seed.areaDeviations.rows.length);
    const sum = seed.areaDeviations.rows.reduce((s, r) => s + r.aprilMnkr, 0);
    expect(Math.round(sum * 10) / 10).toBe(10.6);
    expect(renderHtml(doc)).toContain('summerar därför inte exakt');
  });

  it('gives the account-group details stated inside the comments', async () => {
    const group = (name: string, g: string) =>
      mnkrRounded(area(april, name).accountGroups.find((x) => x.group === g)?.deviation ?? Number.NaN);
    const [barnKop, barnPersonal, rekrKop, rekrPersonal, , familjehemKop, pot] = seed.areaDetails.rows;
    expect(group('Utredningsenheter barn', 'kop-av-verksamhet')).toBe(barnKop?.mnkr);
    expect(group('Utredningsenheter barn', 'personalkostnader')).toBe(barnPersonal?.mnkr);
    expect(group('Rekryteringsenheten', 'kop-av-verksamhet')).toBe(rekrKop?.mnkr);
    expect(group('Rekryteringsenheten', 'personalkostnader')).toBe(rekrPersonal?.mnkr);
    expect(group('Familjehemsenheterna stöd och myndighet', 'kop-av-verksamhet')).toBe(familjehemKop?.mnkr);
    // The full-year pot for purchases, budgeted centrally on Övergripande (account 4690).
    const budget = await loadAmounts(db.kysely, 'socialnamnden', 'budget', '2025-01', '2025-12');
    expect(mnkrRounded(budget.filter((r) => r.account === '4690').reduce((s, r) => s + r.amount, 0))).toBe(pot?.mnkr);
    // The count (10 contracted emergency homes) is a fact of the area's text.
    expect(area(april, 'Rekryteringsenheten').action ?? area(april, 'Rekryteringsenheten').comment).toMatch(/10 kontrakterade jourhem/);
  });

  it('gives the committee-level items and the allocation decision', async () => {
    const doc = await buildReport(db, 'socialnamnden', '2025-04');
    const [po, lon, net, ks, grants] = seed.committeeAdjustments.rows;
    expect(mnkrRounded(doc.figures['item.po-paslag']?.amount ?? Number.NaN)).toBe(po?.mnkr);
    expect(mnkrRounded(doc.figures['item.loneoversyn']?.amount ?? Number.NaN)).toBe(lon?.mnkr);
    expect(mnkrRounded(doc.figures['items.po']?.amount ?? Number.NaN)).toBe(net?.mnkr);
    expect(tkrOf(doc.figures['decision.ks-2025-02-kapitaltjanst']?.amount ?? Number.NaN)).toBe(ks?.tkr);
    expect(mnkrRounded(doc.figures['item.statsbidrag-placeringar']?.amount ?? Number.NaN)).toBe(grants?.mnkr);
  });

  it('gives the annual forecast per area and in total', () => {
    expect(mnkrRounded(april.total.forecastDeviation ?? Number.NaN)).toBe(seed.annualForecast.totalMnkr);
    for (const row of seed.annualForecast.rows) {
      const a = area(april, row.sameAreaAs ?? row.area);
      expect(mnkrRounded(a.forecastDeviation ?? Number.NaN), row.area).toBe(row.mnkr);
    }
  });

  it("heads each area's forecast in section 3 with the name the seed uses (a short name where it has one)", async () => {
    const doc = await buildReport(db, 'socialnamnden', '2025-04');
    const headings = (doc.sections.find((s) => s.number === '3')?.blocks ?? []).flatMap((b) =>
      b.type === 'heading'
        ? [
            b.content
              .filter((c) => typeof c === 'string')
              .join('')
              .trim(),
          ]
        : [],
    );
    // The seed lists Familjerättsenheten before Boendeenheten here; the report keeps the areas' order.
    expect(headings.toSorted()).toEqual(seed.annualForecast.rows.map((r) => r.area).toSorted());
  });

  it('gives the part of the forecast that is PO and salary revision', async () => {
    const doc = await buildReport(db, 'socialnamnden', '2025-04');
    expect(mnkrRounded(doc.figures['items.po']?.amount ?? Number.NaN)).toBe(seed.annualForecast.ofWhichPoAndSalaryMnkr);
  });

  it('gives the investments', () => {
    const inv = seed.investments;
    expect(mnkrRounded(april.investments.budget)).toBe(inv.originalBudgetMnkr);
    expect(mnkrRounded(april.investments.adjustedBudget - april.investments.budget)).toBe(inv.adjustmentByCouncilMnkr);
    expect(mnkrRounded(april.investments.adjustedBudget)).toBe(inv.adjustedBudgetMnkr);
    expect(mnkrRounded(april.investments.actual)).toBe(inv.accumulatedOutcomeMnkr);
  });

  it("has the seed outline, and the key figures' charts after it", () => {
    expect(april.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      ...seed.structure.sections
        .filter((s) => /^\d \S/.test(s) && !s.includes(' / '))
        .map((s) => s.replace(/ \(total.*$/, '').replace(/, with parts.*$/, '')),
      '6 Nyckeltal',
    ]);
  });
});
