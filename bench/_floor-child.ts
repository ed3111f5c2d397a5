/**
 * Child process of bench/import-floor.ts and bench/import.ts: the floor of a ledger import. Reads
 * the SIE file's vouchers into memory first (not timed), creates a fresh SQLite database with the
 * project's migrations (the same tables and indexes) and one committee, then inserts the same
 * vouchers and postings as rows by a bare better-sqlite3 loop: the same prepared INSERTs and
 * pragmas as the import, one transaction. Prints JSON: seconds of the loop, peak RSS, counts.
 */
import { createReadStream, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { readSie } from '#ledger/sie/index.ts';
import { openDatabase } from '#store/db.ts';
import { POSTING_COLUMNS, VOUCHER_COLUMNS } from '#store/voucher-writer.ts';

const [file, dbFile] = process.argv.slice(2);
if (!file || !dbFile) throw new Error('usage: _floor-child.ts FILE DB');

// The rows, column by column (as plain arrays, interned strings shared).
const v = { period: [] as string[], date: [] as string[], series: [] as string[], number: [] as string[], text: [] as string[] };
const p = { voucher: [] as number[], account: [] as string[], code: [] as string[], amount: [] as number[], text: [] as string[] };
await readSie(
  createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>,
  {},
  {
    voucher(x) {
      v.period.push(x.date.slice(0, 7));
      v.date.push(x.date);
      v.series.push(x.series);
      v.number.push(x.number);
      v.text.push(x.text);
      for (const t of x.transactions) {
        p.voucher.push(v.date.length);
        p.account.push(t.account);
        p.code.push(t.object ?? '');
        p.amount.push(t.amount);
        p.text.push(t.text);
      }
    },
  },
);

for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
const schema = await openDatabase({ file: dbFile });
await schema.kysely
  .insertInto('committees')
  .values({ id: 'bench', name: 'Bench', materiality_threshold: 0, fiscal_year_start_month: 1 })
  .execute();
await schema.close();

const db = new SQLite(dbFile);
for (const pragma of ['journal_mode = WAL', 'foreign_keys = ON', 'synchronous = NORMAL', 'cache_size = -65536']) db.pragma(pragma);
const insertVoucher = db.prepare(`INSERT INTO vouchers (${VOUCHER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
const insertPosting = db.prepare(`INSERT INTO ledger_postings (${POSTING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
const t0 = performance.now();
db.exec('BEGIN');
let j = 0;
for (let i = 0; i < v.date.length; i++) {
  const seq = i + 1;
  const period = v.period[i]!;
  const date = v.date[i]!;
  insertVoucher.run('bench', 1, seq, period, date, v.series[i]!, v.number[i]!, v.text[i]!);
  for (let line = 1; p.voucher[j] === seq; line++, j++) {
    insertPosting.run('bench', 1, seq, line, period, date, p.account[j]!, p.code[j]!, p.amount[j]!, p.text[j]!);
  }
}
db.exec('COMMIT');
const seconds = (performance.now() - t0) / 1000;
db.close();
process.stdout.write(
  JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, counts: { vouchers: v.date.length, transactions: j } }),
);
