/** Every figure of an area traces down to account groups, accounts and the postings behind them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/app/demo/index.ts';
import { drillAccount, drillArea } from '../src/app/drilldown.ts';
import { buildReport } from '../src/app/report.ts';
import type { Db } from '../src/store/db.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

describe.each(TEST_DATABASES)('drill-down on the demo committee on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await loadDemo(db);
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

  it('names an unknown area', async () => {
    await expect(drillArea(db, 'socialnamnden', '2025-04', 'finns-inte')).rejects.toThrow('"finns-inte"');
  });
});
