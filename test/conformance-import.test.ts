/**
 * Every file of the conformance corpus (../shared/conformance/sie, read in place) imports into a
 * committee of its own, all the way to the store, and the report of its last period builds with a
 * total that reconciles with what was stored. What each file holds is checked by hand in
 * src/ledger/sie/conformance.test.ts; this test adds the store and the report.
 */
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSie } from '#app/import-sie.ts';
import { buildReport } from '#app/report.ts';
import { isProfitAndLoss } from '#core/accounts.ts';
import { fiscalYearOf } from '#core/period.ts';
import { readSie } from '#ledger/sie/index.ts';
import { listPeriodsWithData, loadAmounts } from '#store/amounts.ts';
import { findCommittee } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { freshSqlite } from './helpers/databases.ts';
import { CONFORMANCE_SIE, HAS_SHARED } from './helpers/shared.ts';

const DIR = CONFORMANCE_SIE;
const FILES = HAS_SHARED ? readdirSync(DIR).filter((f) => !f.endsWith('.md')) : [];

describe.skipIf(!HAS_SHARED)('conformance corpus through the import', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshSqlite();
  });
  afterAll(() => db?.close());

  it('has the files', () => expect(FILES.length).toBeGreaterThanOrEqual(20));

  it.each(FILES.map((f, i) => [f, `korpus-${i + 1}`]))('imports %s', async (file, committee) => {
    const ledger = await readSie(createReadStream(join(DIR, file)), { fileName: file }, { voucher: () => {} });
    if (ledger.counts.vouchers === 0 && ledger.counts.periodBalances === 0 && ledger.counts.periodBudgets === 0) {
      // Year balances only (SIE 1): nothing a monthly follow-up can use, so nothing is created.
      await expect(importSie(db, join(DIR, file), { committeeId: committee, user: 'test' })).rejects.toThrow(/inget att läsa in/);
      expect(await findCommittee(db.kysely, committee)).toBeNull();
      return;
    }
    const s = await importSie(db, join(DIR, file), { committeeId: committee, user: 'test' });
    expect(s.unchanged).toBe(false);
    expect((await findCommittee(db.kysely, committee))?.name).toBeTruthy();
    const periods = await listPeriodsWithData(db.kysely, committee);
    if (s.counts.periodBalances === 0) return;
    expect(periods.length).toBeGreaterThan(0);
    const last = periods.at(-1) ?? '';
    const c = await findCommittee(db.kysely, committee);
    const fy = fiscalYearOf(last, c?.fiscalYearStartMonth ?? 1);
    const stored = await loadAmounts(db.kysely, committee, 'actual', fy.start, last);
    const report = await buildReport(db, committee, last);
    const expected = -stored.filter((r) => isProfitAndLoss(r.account)).reduce((t, r) => t + r.amount, 0);
    expect(report.total.actualResult).toBe(expected);
    expect(report.areas.reduce((t, a) => t + a.actualResult, 0)).toBe(expected);
  });
});
