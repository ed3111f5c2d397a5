/** Vouchers in blocks and postings in packed lists, written in parts, read back in full, on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCommittee } from '../src/store/committees.ts';
import type { Db } from '../src/store/db.ts';
import { BLOCK_SIZE, countPostings, createVoucherStore, deleteOlderVouchers, loadVoucherLines } from '../src/store/vouchers.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

describe.each(TEST_DATABASES)('voucher store on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await saveCommittee(db.kysely, { id: 'n', name: 'N', materialityThreshold: 0, fiscalYearStartMonth: 1 });
  });
  afterAll(() => db?.close());

  it('keeps every posting across blocks and parts, newest first', async () => {
    const n = BLOCK_SIZE * 2 + 17;
    const store = createVoucherStore(db.kysely, 'n', 1, 500);
    for (let seq = 1; seq <= n; seq++) {
      const day = String(1 + (seq % 28)).padStart(2, '0');
      store.add({
        series: 'A',
        number: String(seq),
        date: `2025-03-${day}`,
        text: `Verifikation "${seq}"`,
        transactions: [
          { account: '5010', code: seq % 2 ? '100' : '200', amount: seq * 101, text: '' },
          { account: '2710', code: '', amount: -seq * 101, text: 'motpost' },
        ],
      });
      if (seq % 300 === 0) await store.flush();
    }
    expect(await store.finish()).toEqual({ vouchers: n, postings: 2 * n });
    expect(await countPostings(db.kysely, 'n')).toBe(2 * n);
    const parts = await db.kysely.selectFrom('postings').select('part').distinct().execute();
    expect(parts.length).toBeGreaterThan(3);

    const all = await loadVoucherLines(db.kysely, 'n', '5010', ['100', '200'], '2025-01', '2025-12', 10_000);
    expect(all).toHaveLength(n);
    expect(all.reduce((s, l) => s + l.amount, 0)).toBe(((n * (n + 1)) / 2) * 101);
    expect(all[0]?.date).toBe('2025-03-28');
    const odd = await loadVoucherLines(db.kysely, 'n', '5010', ['100'], '2025-03', '2025-03', 5);
    expect(odd).toHaveLength(5);
    expect(odd.every((l) => l.code === '100' && l.date === '2025-03-28')).toBe(true);
    expect(odd[0]).toMatchObject({ series: 'A', text: expect.stringMatching(/^Verifikation "\d+"$/) });
  });

  it('removes an earlier import of the same year', async () => {
    await deleteOlderVouchers(db.kysely, 'n', 2, '2025-01-01', '2025-12-31');
    expect(await countPostings(db.kysely, 'n')).toBe(0);
    expect(await db.kysely.selectFrom('voucher_blocks').selectAll().execute()).toEqual([]);
  });
});
