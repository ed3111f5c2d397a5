/**
 * Migration 0003 moves packed vouchers into rows: (1) on a SQLite database written by the packed
 * storage itself (test/fixtures/packed-ledger.sqlite, see its .md), checked against what that code
 * read back; (2) on both databases, an old-format database built here with migrations 0001-0002
 * and the legacy encoder, with a block that straddles removed periods.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { type Kysely, Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { main } from '#cli/main.ts';
import { type Db, openDatabase } from '#store/db.ts';
import type { LegacyVoucher } from '#store/legacy/packed.ts';
import { BUDGET_TABLES } from '#store/migrations/budget.ts';
import { JOURNAL_TABLES } from '#store/migrations/import-undo.ts';
import { ITEMS_KPIS_TABLES } from '#store/migrations/items-kpis.ts';
import { MIGRATIONS, migrateToLatest } from '#store/migrations.ts';
import { countPostings, loadVoucherLines } from '#store/vouchers.ts';
import { TABLES_AFTER_0013, TEST_DATABASES } from './helpers/databases.ts';
import { dateNumber, PostingListBuilder, VoucherBlockWriter } from './helpers/legacy-packed-encoder.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'packed-ledger.sqlite');
const oracle = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'packed-ledger.oracle.json'), 'utf8')) as Record<
  string,
  { postings: number; sum: number; absSum: number; sha256: string; newest: unknown[]; first: unknown[] }
> & { storedVouchers: number };

/** Every posting of a committee as the packed code listed it (see packed-ledger.md). */
async function readBack(db: Db, committee: string) {
  const rows = await db.kysely
    .selectFrom('ledger_postings')
    .select(['account', 'code'])
    .distinct()
    .where('committee_id', '=', committee)
    .execute();
  const accounts = [...new Set(rows.map((r) => r.account))].sort();
  const codes = [...new Set(rows.map((r) => r.code))];
  const lines = [];
  for (const a of accounts) lines.push(...(await loadVoucherLines(db.kysely, committee, a, codes, '0000-00', '9999-99', 1e9)));
  const canon = lines.map((l) => JSON.stringify([l.date, l.series, l.number, l.text, l.account, l.code, l.amount])).sort();
  return {
    postings: await countPostings(db.kysely, committee),
    sum: lines.reduce((s, l) => s + l.amount, 0),
    absSum: lines.reduce((s, l) => s + Math.abs(l.amount), 0),
    sha256: createHash('sha256').update(canon.join('\n')).digest('hex'),
    newest: accounts[0] ? await loadVoucherLines(db.kysely, committee, accounts[0], codes, '0000-00', '9999-99', 3) : [],
    first: canon.slice(0, 3).map((s) => JSON.parse(s)),
  };
}

async function tables(db: Db): Promise<string[]> {
  const tables = await db.kysely.introspection.getTables();
  return tables.map((t) => t.name).sort();
}

describe('migration 0003 on a database the packed storage wrote', () => {
  it('moves every posting the packed storage showed, and drops the packed tables', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'uppf-mig-')), 'old.sqlite');
    copyFileSync(FIXTURE, file);
    const db = await openDatabase({ file });
    try {
      expect(await tables(db)).not.toContain('voucher_blocks');
      expect(await tables(db)).not.toContain('postings');
      for (const committee of ['gen-a', 'gen-b', 'socialnamnden']) {
        expect({ committee, ...(await readBack(db, committee)) }).toEqual({ committee, ...oracle[committee] });
      }
      // The table import of 2025-03 removed those postings; their vouchers stayed in a block, and do not move.
      const vouchers = await db.kysely
        .selectFrom('vouchers')
        .select((e) => e.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const march = await db.kysely
        .selectFrom('vouchers')
        .selectAll()
        .where('committee_id', '=', 'gen-b')
        .where('period', '=', '2025-03')
        .execute();
      expect(march).toEqual([]);
      expect(Number(vouchers.n)).toBeLessThan(oracle.storedVouchers);
      const exact = await db.kysely
        .selectFrom('ledger_postings')
        .select(['seq', 'line', 'period', 'voucher_date', 'account', 'code', 'amount', 'text'])
        .where('committee_id', '=', 'gen-a')
        .where('seq', '<=', 2)
        .orderBy('seq')
        .orderBy('line')
        .execute();
      expect(exact.length).toBeGreaterThan(2);
      expect(exact.every((p) => p.period === p.voucher_date.slice(0, 7))).toBe(true);
      expect(exact.map((p) => p.line).slice(0, 2)).toEqual([1, 2]);
    } finally {
      await db.close();
    }
  });
});

describe('migration 0003 on a damaged packed database', () => {
  it('refuses in Swedish, naming the import and the block, and leaves the database as it was', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'uppf-mig-')), 'damaged.sqlite');
    copyFileSync(FIXTURE, file);
    const raw = new SQLite(file);
    const { import_no: importNo, block } = raw.prepare('SELECT import_no, block FROM voucher_blocks ORDER BY import_no LIMIT 1').get() as {
      import_no: number;
      block: number;
    };
    raw
      .prepare('UPDATE voucher_blocks SET data = substr(data, 1, length(data) - 7) WHERE import_no = ? AND block = ?')
      .run(importNo, block);
    raw.close();
    const io = { out: '', err: '' };
    const code = await main(['report', '--committee', 'gen-a', '--period', '2025-03', '--db', file], {
      out: (s) => {
        io.out += s;
      },
      err: (s) => {
        io.err += s;
      },
    });
    expect(code).toBe(5);
    expect(io.err).toMatch(
      new RegExp(
        `kunde inte uppgraderas.*0003_ledger_rows.*import ${importNo}: en packad verifikationsdel \\(block ${block}\\) går inte att läsa`,
      ),
    );
    const after = new SQLite(file, { readonly: true });
    const tables = (after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['voucher_blocks', 'postings']));
    expect(tables).not.toContain('vouchers');
    after.close();
  });
});

/** Three vouchers in February, two in March, written as the packed storage did, as import 7. */
const VOUCHERS: LegacyVoucher[] = [
  { seq: 1, series: 'A', number: '1', date: '2025-02-03', text: 'Hyra februari', transactions: [] },
  { seq: 2, series: 'A', number: '2', date: '2025-02-10', text: 'Lön', transactions: [] },
  { seq: 3, series: 'B', number: '7', date: '2025-02-28', text: 'Faktura "åäö"\ttab', transactions: [] },
  { seq: 4, series: 'A', number: '3', date: '2025-03-01', text: 'Hyra mars', transactions: [] },
  { seq: 5, series: 'A', number: '4', date: '2025-03-15', text: '', transactions: [] },
].map((v, i) => ({
  ...v,
  transactions: [
    { account: '5010', code: i % 2 ? '100' : '200', amount: (i + 1) * 12_345, text: i === 4 ? 'rad\\text' : '' },
    { account: '2710', code: '', amount: -(i + 1) * 12_345, text: '' },
  ],
}));

async function oldFormatDatabase(open: () => Promise<Db>): Promise<Db> {
  const db = await open();
  // A fresh database already has the latest schema: rebuild it as 0001-0002 left it.
  await sql`DROP VIEW bi_postings`.execute(db.kysely);
  await sql`DROP VIEW bi_amounts`.execute(db.kysely);
  for (const t of [
    ...TABLES_AFTER_0013,
    'text_history',
    ...BUDGET_TABLES,
    ...ITEMS_KPIS_TABLES,
    'committee_organisations',
    ...JOURNAL_TABLES,
    'data_version',
    'ledger_postings',
    'vouchers',
    'import_log',
    'fiscal_years',
    'committee_items',
    'budget_decisions',
    'investment_projects',
    'texts',
    'forecasts',
    'budget_balances',
    'ledger_balances',
    'accounts',
    'responsibility_codes',
    'areas',
    'committees',
    'kysely_migration',
    'kysely_migration_lock',
  ]) {
    await db.kysely.schema.dropTable(t).execute();
  }
  if (db.dialect === 'postgres') await sql`DROP FUNCTION bump_data_version`.execute(db.kysely);
  const first = { '0001_initial': MIGRATIONS['0001_initial']!, '0002_ledger_import': MIGRATIONS['0002_ledger_import']! };
  const result = await new Migrator({ db: db.kysely as Kysely<unknown>, provider: { getMigrations: async () => first } }).migrateToLatest();
  expect(result.error).toBeUndefined();
  const old = db.kysely as unknown as Kysely<Record<string, Record<string, unknown>>>;
  await old.insertInto('committees').values({ id: 'k', name: 'K', materiality_threshold: 0, fiscal_year_start_month: 1 }).execute();
  const block = new VoucherBlockWriter();
  const lists = new Map<string, PostingListBuilder>();
  for (const v of VOUCHERS) {
    block.add(v);
    for (const t of v.transactions) {
      const key = `${v.date.slice(0, 7)}|${t.account}|${t.code}`;
      if (!lists.has(key)) lists.set(key, new PostingListBuilder());
      lists.get(key)!.add(v.seq, dateNumber(v.date), t.amount);
    }
  }
  await old
    .insertInto('voucher_blocks')
    .values({
      committee_id: 'k',
      import_no: 7,
      block: 0,
      first_date: '2025-02-03',
      last_date: '2025-03-15',
      count: block.count,
      data: block.encode(),
    })
    .execute();
  for (const [key, list] of lists) {
    const [period, account, code] = key.split('|');
    await old
      .insertInto('postings')
      .values({ committee_id: 'k', import_no: 7, period, account, code, part: 0, count: list.length, data: list.encode() })
      .execute();
  }
  // A table import of February removed those lists; the block that straddles it stayed.
  await old.deleteFrom('postings').where('period', '=', '2025-02').execute();
  return db;
}

describe.each(TEST_DATABASES)('migration 0003 on $name', ({ open }) => {
  it('moves the vouchers that postings still refer to, with every posting', async () => {
    const db = await oldFormatDatabase(open);
    try {
      await migrateToLatest(db.kysely as Kysely<unknown>);
      expect(await db.kysely.selectFrom('vouchers').selectAll().orderBy('seq').execute()).toEqual([
        {
          committee_id: 'k',
          import_no: 7,
          seq: 4,
          period: '2025-03',
          voucher_date: '2025-03-01',
          series: 'A',
          number: '3',
          text: 'Hyra mars',
        },
        { committee_id: 'k', import_no: 7, seq: 5, period: '2025-03', voucher_date: '2025-03-15', series: 'A', number: '4', text: '' },
      ]);
      const postings = await db.kysely.selectFrom('ledger_postings').selectAll().orderBy('seq').orderBy('line').execute();
      expect(postings.map((p) => [p.seq, p.line, p.account, p.code, p.amount, p.text])).toEqual([
        [4, 1, '5010', '100', 4 * 12_345, ''],
        [4, 2, '2710', '', -4 * 12_345, ''],
        [5, 1, '5010', '200', 5 * 12_345, 'rad\\text'],
        [5, 2, '2710', '', -5 * 12_345, ''],
      ]);
      expect(await tables(db)).not.toContain('voucher_blocks');
      expect(await countPostings(db.kysely, 'k')).toBe(4);
    } finally {
      await db.close();
    }
  });
});
