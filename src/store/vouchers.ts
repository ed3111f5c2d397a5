/**
 * Bulk writing of vouchers and their transactions during an import, inside the import's
 * transaction. SQLite: prepared statements on the raw connection (the Kysely transaction holds
 * it, so nothing else interleaves). PostgreSQL: multi-row INSERTs in batches, flushed between
 * chunks of the file.
 */
import type { Q } from './committees.ts';
import type { Db } from './db.ts';
import { TRANSACTIONS_LOOKUP, type TransactionTable, type VoucherTable } from './schema.ts';

export interface VoucherRow {
  seq: number;
  series: string;
  number: string;
  date: string;
  text: string;
  transactions: { period: string; account: string; code: string; amount: number; text: string }[];
}

export interface VoucherWriter {
  add(v: VoucherRow): void;
  /** Writes what is buffered when the buffer is large (or always, with force). */
  flush(force?: boolean): Promise<void>;
}

const PG_BATCH = 2000;

export function createVoucherWriter(db: Db, q: Q, committeeId: string, importNo: number): VoucherWriter {
  const raw = db.sqlite;
  if (raw) return sqliteWriter(raw, committeeId, importNo);
  let vouchers: VoucherTable[] = [];
  let transactions: TransactionTable[] = [];
  return {
    add(v) {
      vouchers.push({
        committee_id: committeeId,
        import_no: importNo,
        seq: v.seq,
        series: v.series,
        number: v.number,
        date: v.date,
        text: v.text,
      });
      for (const t of v.transactions) transactions.push({ committee_id: committeeId, import_no: importNo, voucher_seq: v.seq, ...t });
    },
    async flush(force = false) {
      if (!force && vouchers.length < PG_BATCH && transactions.length < PG_BATCH) return;
      const [vs, ts] = [vouchers, transactions];
      vouchers = [];
      transactions = [];
      for (let i = 0; i < vs.length; i += PG_BATCH)
        await q
          .insertInto('vouchers')
          .values(vs.slice(i, i + PG_BATCH))
          .execute();
      for (let i = 0; i < ts.length; i += PG_BATCH)
        await q
          .insertInto('transactions')
          .values(ts.slice(i, i + PG_BATCH))
          .execute();
    },
  };
}

/** Rows per multi-row INSERT on SQLite: fewer statement calls (about a third faster than one row each). */
const SQLITE_ROWS = 64;

function sqliteWriter(raw: NonNullable<Db['sqlite']>, committeeId: string, importNo: number): VoucherWriter {
  const values = (n: number, k: number) => new Array(n).fill(`(${new Array(k).fill('?').join(',')})`).join(',');
  const vSql = 'insert into vouchers (committee_id, import_no, seq, series, number, date, text) values ';
  const tSql = 'insert into transactions (committee_id, import_no, voucher_seq, period, account, code, amount, text) values ';
  const insV = raw.prepare(vSql + values(SQLITE_ROWS, 7));
  const insT = raw.prepare(tSql + values(SQLITE_ROWS, 8));
  let vArgs: unknown[] = [];
  let tArgs: unknown[] = [];
  const drain = (sql: string, k: number, args: unknown[]) => {
    if (args.length > 0) raw.prepare(sql + values(args.length / k, k)).run(args);
  };
  return {
    add(v) {
      vArgs.push(committeeId, importNo, v.seq, v.series, v.number, v.date, v.text);
      if (vArgs.length === SQLITE_ROWS * 7) {
        insV.run(vArgs);
        vArgs = [];
      }
      for (const t of v.transactions) {
        tArgs.push(committeeId, importNo, v.seq, t.period, t.account, t.code, t.amount, t.text);
        if (tArgs.length === SQLITE_ROWS * 8) {
          insT.run(tArgs);
          tArgs = [];
        }
      }
    },
    async flush(force = false) {
      if (!force) return;
      drain(vSql, 7, vArgs);
      drain(tSql, 8, tArgs);
      vArgs = [];
      tArgs = [];
    },
  };
}

/**
 * Runs a bulk load with the drill-down index dropped and built again afterwards, when that is
 * cheaper: on SQLite, when the load brings more postings than the table holds (building an index
 * of two million rows at once takes a quarter of the time of keeping it up row by row). Inside
 * the import's transaction, so a failed import leaves the index as it was.
 */
export async function bulkLoad<T>(db: Db, expectedRows: number, load: () => Promise<T>): Promise<T> {
  const raw = db.sqlite;
  const existing = raw ? Number((raw.prepare('select max(rowid) as n from transactions').get() as { n: number | null }).n ?? 0) : 0;
  if (!raw || expectedRows < Math.max(existing, 50_000)) return load();
  raw.exec(`drop index if exists ${TRANSACTIONS_LOOKUP.name}`);
  const result = await load();
  raw.exec(`create index ${TRANSACTIONS_LOOKUP.name} on transactions (${TRANSACTIONS_LOOKUP.columns.join(', ')})`);
  return result;
}

/** Numbers of the earlier imports whose vouchers a committee holds. Ask before loading new ones. */
export async function importsWithVouchers(q: Q, committeeId: string): Promise<number[]> {
  const rows = await q.selectFrom('vouchers').select('import_no').distinct().where('committee_id', '=', committeeId).execute();
  return rows.map((r) => r.import_no);
}

/** Removes the vouchers (and their postings) of the given earlier imports dated within [from, to] (YYYY-MM-DD). */
export async function deleteOlderVouchers(q: Q, committeeId: string, older: readonly number[], from: string, to: string): Promise<void> {
  if (older.length === 0) return;
  await q
    .deleteFrom('transactions')
    .where('committee_id', '=', committeeId)
    .where('import_no', 'in', older)
    .where('period', '>=', from.slice(0, 7))
    .where('period', '<=', to.slice(0, 7))
    .execute();
  await q
    .deleteFrom('vouchers')
    .where('committee_id', '=', committeeId)
    .where('import_no', 'in', older)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
}

export interface VoucherLine {
  date: string;
  series: string;
  number: string;
  text: string;
  account: string;
  code: string;
  amount: number;
}

/** The postings behind an account for some codes in a range of periods, newest first. */
export async function loadVoucherLines(
  q: Q,
  committeeId: string,
  account: string,
  codes: readonly string[],
  from: string,
  to: string,
  limit = 500,
): Promise<VoucherLine[]> {
  if (codes.length === 0) return [];
  return q
    .selectFrom('transactions as t')
    .innerJoin('vouchers as v', (j) => j.onRef('v.import_no', '=', 't.import_no').onRef('v.seq', '=', 't.voucher_seq'))
    .select(['v.date', 'v.series', 'v.number', 'v.text', 't.account', 't.code', 't.amount'])
    .where('t.committee_id', '=', committeeId)
    .where('t.account', '=', account)
    .where('t.period', '>=', from)
    .where('t.period', '<=', to)
    .where('t.code', 'in', codes)
    .orderBy('v.date', 'desc')
    .orderBy('v.seq', 'desc')
    .limit(limit)
    .execute();
}
