/** Every figure of an area traces down to account groups, accounts and the postings behind them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { drillAccount, drillArea } from '#app/drilldown.ts';
import { setMapping } from '#app/mapping.ts';
import { buildReport } from '#app/report.ts';
import type { Db } from '#store/db.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

describe.each(TEST_DATABASES)('drill-down on the demo committee on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
  });
  afterAll(() => db?.close());

  it('adds up from postings to accounts, groups and the area figure in the report', async () => {
    const report = await buildReport(db, 'socialnamnden', '2025-04');
    for (const area of report.areas) {
      const drill = await drillArea(db, 'socialnamnden', '2025-04', area.id);
      expect(drill).toMatchObject({ actualResult: area.actualResult, budgetResult: area.budgetResult, deviation: area.deviation });
      for (const g of drill.groups) {
        expect(g.deviation).toBe(g.accounts.reduce((s, a) => s + a.deviation, 0));
        for (const a of g.accounts) {
          const postings = await drillAccount(db, 'socialnamnden', '2025-04', area.id, a.account, 10_000);
          expect(postings.complete).toBe(true);
          expect(0 - postings.total, `${area.name} ${a.account}`).toBe(a.actualResult);
        }
      }
    }
  });

  it('follows postings on a code mapped to no area into "Ej fördelat"', async () => {
    // Mottagningsenheten's code 6241 taken out of every area: its amounts must be traceable there.
    await setMapping(db, 'socialnamnden', [{ code: '6241', area: null }], 'test');
    const drill = await drillArea(db, 'socialnamnden', '2025-04', 'ej-fordelat');
    expect(drill.codes).toEqual(['6241']);
    const salaries = drill.groups.flatMap((g) => g.accounts).find((a) => a.account === '5010');
    const postings = await drillAccount(db, 'socialnamnden', '2025-04', 'ej-fordelat', '5010', 10_000);
    expect(postings.vouchers.length).toBeGreaterThan(0);
    expect(postings.vouchers.every((v) => v.code === '6241')).toBe(true);
    expect(0 - postings.total).toBe(salaries?.actualResult);
    await setMapping(db, 'socialnamnden', [{ code: '6241', area: 'mottagning' }], 'test');
  });

  it('names an unknown area', async () => {
    await expect(drillArea(db, 'socialnamnden', '2025-04', 'finns-inte')).rejects.toThrow('"finns-inte"');
  });
});
