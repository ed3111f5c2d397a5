/**
 * Reports read one snapshot of what is committed: while an import holds the writer (one long
 * transaction), a report neither waits for it nor sees half of it. On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { drillArea } from '#app/drilldown.ts';
import { buildReport } from '#app/report.ts';
import { toJsonContract } from '#report/json.ts';
import type { Db } from '#store/db.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

/** Fails instead of hanging when a read waits for the writer. */
function withoutWaiting<T>(read: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the read waited for the open write transaction')), 10_000);
  });
  return Promise.race([read, stuck]).finally(() => clearTimeout(timer));
}

describe.each(TEST_DATABASES)('reading during an import on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
  });
  afterAll(() => db?.close());

  it('builds the report and the drill-down from what was committed before the import', async () => {
    const before = toJsonContract(await buildReport(db, 'socialnamnden', '2025-04'));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let written = () => {};
    const inside = new Promise<void>((resolve) => (written = resolve));
    const importing = db.kysely.transaction().execute(async (q) => {
      await q.updateTable('committees').set({ name: 'Socialnämnden (ny)' }).where('id', '=', 'socialnamnden').execute();
      await q.deleteFrom('ledger_balances').where('committee_id', '=', 'socialnamnden').where('period', '=', '2025-04').execute();
      written();
      await held;
    });
    await inside;
    const during = toJsonContract(await withoutWaiting(buildReport(db, 'socialnamnden', '2025-04')));
    expect(during).toEqual(before);
    const drill = await withoutWaiting(drillArea(db, 'socialnamnden', '2025-04', 'rekrytering'));
    expect(drill.deviation).toBe(before.areas.find((a) => a.code === 'rekrytering')?.deviation);
    release();
    await importing;
    // Committed: the next report sees all of it (April is gone, so the report is not found).
    await expect(buildReport(db, 'socialnamnden', '2025-04')).rejects.toThrow('har ingen bokföring för april 2025');
    expect(toJsonContract(await buildReport(db, 'socialnamnden', '2025-03')).committee.name).toBe('Socialnämnden (ny)');
  });
});
