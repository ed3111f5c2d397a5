/** Vouchers and postings as rows: written in batches inside the import's transaction, read back, replaced and removed, on both databases. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSie } from '#app/import-sie.ts';
import { importTable } from '#app/import-table.ts';
import { saveCommittee } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { logImport } from '#store/imports.ts';
import {
  countPostings,
  createVoucherStore,
  deleteCodePostings,
  deleteOlderVouchers,
  loadVoucherLines,
  postingCodes,
} from '#store/vouchers.ts';
import { freshSqlite, TEST_DATABASES } from './helpers/databases.ts';
import { generateLedger, HAS_SHARED } from './helpers/shared.ts';

const N = 25_017;

describe.each(TEST_DATABASES)('voucher rows on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await saveCommittee(db.kysely, { id: 'n', name: 'N', materialityThreshold: 0, fiscalYearStartMonth: 1 });
  });
  afterAll(() => db?.close());

  it('keeps every posting of vouchers written across batches, newest first', async () => {
    const written = await db.write(async (_q, raw) => {
      const store = createVoucherStore(raw, 'n', 1);
      for (let seq = 1; seq <= N; seq++) {
        const month = String(1 + (seq % 3)).padStart(2, '0');
        const day = String(1 + (seq % 28)).padStart(2, '0');
        store.add({
          series: 'A',
          number: String(seq),
          date: `2025-${month}-${day}`,
          text: `Verifikation "${seq}"\tmed\\tecken\növer rader`,
          transactions: [
            { account: '5010', code: seq % 2 ? '100' : '200', amount: seq * 101, text: '' },
            { account: '2710', code: '', amount: -seq * 101, text: 'motpost\r' },
          ],
        });
        if (seq % 3000 === 0) await store.flush();
      }
      return store.finish();
    });
    expect(written).toEqual({ vouchers: N, postings: 2 * N });
    expect(await countPostings(db.kysely, 'n')).toBe(2 * N);
    const lines = await db.kysely
      .selectFrom('ledger_postings')
      .select(['seq', 'line', 'period', 'voucher_date', 'text'])
      .where('seq', '=', 29)
      .execute();
    expect(lines).toEqual([
      { seq: 29, line: 1, period: '2025-03', voucher_date: '2025-03-02', text: '' },
      { seq: 29, line: 2, period: '2025-03', voucher_date: '2025-03-02', text: 'motpost\r' },
    ]);

    expect(await postingCodes(db.kysely, 'n', '5010', '2025-01', '2025-12')).toEqual(['100', '200']);
    expect(await postingCodes(db.kysely, 'n', '2710', '2025-02', '2025-02')).toEqual(['']);
    expect(await postingCodes(db.kysely, 'n', '5010', '2025-04', '2025-12')).toEqual([]);

    const all = await loadVoucherLines(db.kysely, 'n', '5010', ['100', '200'], '2025-01', '2025-12', 100_000);
    expect(all).toHaveLength(N);
    expect(all.reduce((s, l) => s + l.amount, 0)).toBe(((N * (N + 1)) / 2) * 101);
    const march = await loadVoucherLines(db.kysely, 'n', '5010', ['100'], '2025-03', '2025-03', 3);
    // The newest odd seq in March on day 28: seq ≡ 2 (mod 3), seq ≡ 27 (mod 28), odd → the largest such seq ≤ N.
    const newest = [...Array(N).keys()].map((i) => N - i).filter((s) => s % 3 === 2 && s % 28 === 27 && s % 2 === 1);
    expect(march.map((l) => Number(l.number))).toEqual(newest.slice(0, 3));
    expect(march[0]).toEqual({
      date: '2025-03-28',
      series: 'A',
      number: String(newest[0]),
      text: `Verifikation "${newest[0]}"\tmed\\tecken\növer rader`,
      account: '5010',
      code: '100',
      amount: newest[0]! * 101,
    });
  });

  it('leaves nothing when the transaction fails', async () => {
    await expect(
      db.write(async (_q, raw) => {
        const store = createVoucherStore(raw, 'n', 2);
        store.add({
          series: 'B',
          number: '1',
          date: '2025-05-01',
          text: '',
          transactions: [{ account: '5010', code: '100', amount: 1, text: '' }],
        });
        await store.finish();
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await countPostings(db.kysely, 'n')).toBe(2 * N);
  });

  it('stores a NUL in a text as such on SQLite and as U+FFFD on PostgreSQL (whose text cannot hold it)', async () => {
    await db.write(async (_q, raw) => {
      const store = createVoucherStore(raw, 'n', 3);
      store.add({ series: 'C', number: '1', date: '2025-01-02', text: 'a\u0000b', transactions: [] });
      await store.finish();
    });
    const row = await db.kysely.selectFrom('vouchers').select('text').where('import_no', '=', 3).executeTakeFirstOrThrow();
    expect(row.text).toBe(db.dialect === 'postgres' ? 'a\uFFFDb' : 'a\u0000b');
    await db.kysely.deleteFrom('vouchers').where('import_no', '=', 3).execute();
  });

  it('removes the postings of table-imported (period, code) pairs and an earlier import of the same year', async () => {
    const february = Math.floor((N - 1) / 3) + 1;
    // Code 100 of February: its vouchers keep their postings on the other code (''), so they stay.
    const removed = await deleteCodePostings(db.kysely, 'n', 9, '2025-02', ['100']);
    expect(removed).toBeGreaterThan(0);
    expect(await postingCodes(db.kysely, 'n', '5010', '2025-02', '2025-02')).toEqual(['200']);
    expect(await countPostings(db.kysely, 'n')).toBe(2 * N - removed);
    expect((await db.kysely.selectFrom('vouchers').select('seq').where('period', '=', '2025-02').execute()).length).toBe(february);
    // The rest of February: its vouchers have no posting left and go too.
    await deleteCodePostings(db.kysely, 'n', 9, '2025-02', ['200', '']);
    const left = await db.kysely.selectFrom('vouchers').select('period').distinct().orderBy('period').execute();
    expect(left.map((r) => r.period)).toEqual(['2025-01', '2025-03']);
    expect(await postingCodes(db.kysely, 'n', '2710', '2025-02', '2025-02')).toEqual([]);
    // Older imports are found in the import log.
    await deleteOlderVouchers(db.kysely, 'n', 2, '2025-01', '2025-12');
    // Not logged yet, import 1 is no older import of the committee: nothing goes but February (month 1 + seq % 3).
    expect(await countPostings(db.kysely, 'n')).toBe(2 * (N - february));
    await logImport(db.kysely, {
      id: 'i1',
      importNo: 1,
      committeeId: 'n',
      kind: 'sie',
      fileName: 'x.se',
      sha256: '',
      importedAt: '',
      user: 't',
      fiscalYear: null,
      summary: {},
    });
    await deleteOlderVouchers(db.kysely, 'n', 2, '2025-01', '2025-12');
    expect(await countPostings(db.kysely, 'n')).toBe(0);
    expect(await db.kysely.selectFrom('vouchers').selectAll().execute()).toEqual([]);
  });
});

describe.skipIf(!HAS_SHARED)('space of replaced vouchers on SQLite', () => {
  it('goes back to the file system when the undo journal of a replaced year is dropped', async () => {
    const db = await freshSqlite();
    try {
      const pragma = async (name: string) =>
        Number(Object.values((await sql.raw(`PRAGMA ${name}`).execute(db.kysely)).rows[0] as Record<string, unknown>)[0]);
      const big = generateLedger(['--vouchers', '20000', '--areas', '3']).sie;
      const small = generateLedger(['--vouchers', '500', '--areas', '3', '--seed', '2']).sie;
      await importSie(db, big, { committeeId: 'space', user: 'test' });
      const pagesAfterBig = await pragma('page_count');
      await importSie(db, small, { committeeId: 'space', user: 'test' });
      // The replaced year's rows wait in the undo journal until the committee's next import.
      expect(await pragma('page_count')).toBeGreaterThan(pagesAfterBig / 2);
      const sheet = join(mkdtempSync(join(tmpdir(), 'uppf-space-')), 'budget.csv');
      writeFileSync(sheet, 'period;ansvar;konto;budget\n2025-01;1100;5010;1,00\n');
      await importTable(db, sheet, { committeeId: 'space', kind: 'budget', user: 'test' });
      expect(await pragma('freelist_count')).toBe(0);
      expect(await pragma('page_count')).toBeLessThan(pagesAfterBig / 4);
    } finally {
      await db.close();
    }
  });
});
