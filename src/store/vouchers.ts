/**
 * Bulk writing of vouchers and their transactions during an import, inside the import's
 * transaction. SQLite: prepared statements on the raw connection (the Kysely transaction holds
 * it, so nothing else interleaves). PostgreSQL: multi-row INSERTs in batches, flushed between
 * chunks of the file.
 */
import type { Q } from './committees.ts';
import type { Db } from './db.ts';
import type { TransactionTable, VoucherTable } from './schema.ts';

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

export function createVoucherWriter(db: Db, q: Q, committeeId: string, importId: string): VoucherWriter {
  const raw = db.sqlite;
  if (raw) {
    const insV = raw.prepare('insert into vouchers (committee_id, import_id, seq, series, number, date, text) values (?, ?, ?, ?, ?, ?, ?)');
    const insT = raw.prepare(
      'insert into transactions (committee_id, import_id, voucher_seq, period, account, code, amount, text) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    return {
      add(v) {
        insV.run(committeeId, importId, v.seq, v.series, v.number, v.date, v.text);
        for (const t of v.transactions) insT.run(committeeId, importId, v.seq, t.period, t.account, t.code, t.amount, t.text);
      },
      async flush() {},
    };
  }
  let vouchers: VoucherTable[] = [];
  let transactions: TransactionTable[] = [];
  return {
    add(v) {
      vouchers.push({ committee_id: committeeId, import_id: importId, seq: v.seq, series: v.series, number: v.number, date: v.date, text: v.text });
      for (const t of v.transactions) transactions.push({ committee_id: committeeId, import_id: importId, voucher_seq: v.seq, ...t });
    },
    async flush(force = false) {
      if (!force && vouchers.length < PG_BATCH && transactions.length < PG_BATCH) return;
      const [vs, ts] = [vouchers, transactions];
      vouchers = [];
      transactions = [];
      for (let i = 0; i < vs.length; i += PG_BATCH) await q.insertInto('vouchers').values(vs.slice(i, i + PG_BATCH)).execute();
      for (let i = 0; i < ts.length; i += PG_BATCH) await q.insertInto('transactions').values(ts.slice(i, i + PG_BATCH)).execute();
    },
  };
}

/** Removes the vouchers of earlier imports dated within [from, to] (YYYY-MM-DD). */
export async function deleteOlderVouchers(q: Q, committeeId: string, importId: string, from: string, to: string): Promise<void> {
  const fromP = from.slice(0, 7);
  const toP = to.slice(0, 7);
  await q
    .deleteFrom('transactions')
    .where('committee_id', '=', committeeId)
    .where('import_id', '<>', importId)
    .where('period', '>=', fromP)
    .where('period', '<=', toP)
    .execute();
  await q
    .deleteFrom('vouchers')
    .where('committee_id', '=', committeeId)
    .where('import_id', '<>', importId)
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
    .innerJoin('vouchers as v', (j) => j.onRef('v.import_id', '=', 't.import_id').onRef('v.seq', '=', 't.voucher_seq'))
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
