/** The store on SQLite and on PostgreSQL: same migrations, same queries, same answers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAmounts, listPeriodsWithData, loadAmounts, upsertAmounts } from '#store/amounts.ts';
import { findCommittee, listAreas, loadCodeMap, saveAreas, saveCodes, saveCommittee } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { migrateToLatest } from '#store/migrations.ts';
import { loadOwnTexts, saveTextVersion } from '#store/texts.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

describe.each(TEST_DATABASES)('store on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await saveCommittee(db.kysely, { id: 'n1', name: 'Nämnd 1', materialityThreshold: 15_000_000, fiscalYearStartMonth: 1 });
  });
  afterAll(() => db?.close());

  it('migrates idempotently', async () => {
    await migrateToLatest(db.kysely as never);
    expect(await findCommittee(db.kysely, 'n1')).toEqual({
      id: 'n1',
      name: 'Nämnd 1',
      materialityThreshold: 15_000_000,
      fiscalYearStartMonth: 1,
    });
  });

  it('stores areas and the code map, updating on conflict', async () => {
    await saveAreas(db.kysely, 'n1', [
      { id: 'b', name: 'B', sortOrder: 2 },
      { id: 'a', name: 'A', sortOrder: 1 },
    ]);
    await saveAreas(db.kysely, 'n1', [{ id: 'a', name: 'A nytt namn', sortOrder: 1 }]);
    expect((await listAreas(db.kysely, 'n1')).map((a) => a.name)).toEqual(['A nytt namn', 'B']);
    await saveCodes(db.kysely, 'n1', [
      { code: '100', name: 'Kod 100', areaId: 'a' },
      { code: '200', name: 'Kod 200', areaId: null },
    ]);
    expect([...(await loadCodeMap(db.kysely, 'n1'))]).toEqual([['100', 'a']]);
    // One statement for many codes; a code given twice keeps its last row.
    await saveCodes(db.kysely, 'n1', [
      { code: '300', name: 'Kod 300', areaId: 'a' },
      { code: '300', name: 'Kod 300', areaId: 'b' },
      { code: '200', name: 'Kod 200', areaId: 'b' },
    ]);
    expect([...(await loadCodeMap(db.kysely, 'n1'))]).toEqual([
      ['100', 'a'],
      ['200', 'b'],
      ['300', 'b'],
    ]);
  });

  it('keeps amounts beyond 32 bits exact and as numbers, and upserts', async () => {
    const big = 9_007_199_254_740_991; // 2^53 - 1 öre
    await upsertAmounts(db.kysely, 'n1', 'actual', [
      { period: '2025-01', account: '5010', code: '100', amount: big },
      { period: '2025-02', account: '5010', code: '100', amount: -123_456_789_012 },
    ]);
    await upsertAmounts(db.kysely, 'n1', 'actual', [{ period: '2025-02', account: '5010', code: '100', amount: 42 }]);
    const rows = await loadAmounts(db.kysely, 'n1', 'actual', '2025-01', '2025-12');
    expect(rows.map((r) => r.amount).sort()).toEqual([42, big].sort());
    expect(typeof rows[0]?.amount).toBe('number');
    expect(await listPeriodsWithData(db.kysely, 'n1')).toEqual(['2025-01', '2025-02']);
    await deleteAmounts(db.kysely, 'n1', 'actual', '2025-02', '2025-02');
    expect(await listPeriodsWithData(db.kysely, 'n1')).toEqual(['2025-01']);
  });

  it('rolls back a failed transaction completely', async () => {
    await expect(
      db.kysely.transaction().execute(async (q) => {
        await upsertAmounts(q, 'n1', 'budget', [{ period: '2025-03', account: '5010', code: '100', amount: 1 }]);
        await saveTextVersion(q, { committeeId: 'n1', period: '2025-03', areaId: 'a', kind: 'comment' }, 0, {
          body: 'ska inte sparas',
          user: 'test',
          at: '2025-03-28T12:00:00Z',
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await loadAmounts(db.kysely, 'n1', 'budget', '2025-01', '2025-12')).toEqual([]);
    expect(await loadOwnTexts(db.kysely, 'n1', '2025-03')).toEqual([]);
  });

  it('refuses amounts for a committee that does not exist', async () => {
    await expect(
      upsertAmounts(db.kysely, 'finns-inte', 'actual', [{ period: '2025-01', account: '1', code: '1', amount: 1 }]),
    ).rejects.toThrow(/foreign key/i);
  });
});
