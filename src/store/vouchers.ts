/**
 * Vouchers and their postings as rows (tables vouchers and ledger_postings; written by
 * voucher-writer.ts), for drill-down and traceability: the queries that replace, remove, count
 * and read them, each one set operation.
 */
import { sql } from 'kysely';
import { isProfitAndLoss } from '#core/accounts.ts';
import type { Q } from './committees.ts';
import { removePostings, removeVouchers } from './undo-journal.ts';

export { createVoucherStore, type VoucherRow, type VoucherStore } from './voucher-writer.ts';

/** The first and last day a range of periods can hold, for the drill-down index's dates. */
const firstDay = (period: string) => `${period}-01`;
const lastDay = (period: string) => `${period}-31`;

/**
 * Removes the vouchers and postings of a committee's imports before `importNo` in [from, to]
 * (periods), and tells how many vouchers went. The imports are named by the import log, so that
 * each is one range of the primary key (a condition on the committee would have SQLite walk the
 * drill-down index instead).
 */
export async function deleteOlderVouchers(q: Q, committeeId: string, importNo: number, from: string, to: string): Promise<number> {
  // Into the undo journal of import `importNo` (undo-journal.ts), one INSERT … SELECT and DELETE each.
  await removePostings(q, importNo, (e) =>
    e.and([e('import_no', 'in', olderImports(q, committeeId, importNo)), e('period', '>=', from), e('period', '<=', to)]),
  );
  return removeVouchers(q, importNo, (e) =>
    e.and([e('import_no', 'in', olderImports(q, committeeId, importNo)), e('period', '>=', from), e('period', '<=', to)]),
  );
}

const olderImports = (q: Q, committeeId: string, importNo: number) =>
  q.selectFrom('import_log').select('import_no').where('committee_id', '=', committeeId).where('import_no', '<', importNo);

/**
 * Whether the postings of a committee's imports before `importNo` in [from, to] (periods) add up,
 * per period, profit-and-loss account and code, to `balances` (debit positive): then they are
 * still the vouchers behind those figures.
 */
export async function olderVouchersMatch(
  q: Q,
  committeeId: string,
  importNo: number,
  from: string,
  to: string,
  balances: readonly { period: string; account: string; code: string; amount: number }[],
): Promise<boolean> {
  const sums = await q
    .selectFrom('ledger_postings')
    .select(['period', 'account', 'code', (e) => e.fn.sum<number>('amount').as('amount')])
    .where('import_no', 'in', olderImports(q, committeeId, importNo))
    .where('period', '>=', from)
    .where('period', '<=', to)
    .groupBy(['period', 'account', 'code'])
    .execute();
  if (sums.length === 0) return true;
  const difference = new Map<string, number>();
  const key = (r: { period: string; account: string; code: string }) => `${r.period}\u0000${r.account}\u0000${r.code}`;
  for (const r of sums) if (isProfitAndLoss(r.account)) difference.set(key(r), Number(r.amount));
  for (const r of balances) if (isProfitAndLoss(r.account)) difference.set(key(r), (difference.get(key(r)) ?? 0) - r.amount);
  return [...difference.values()].every((d) => d === 0);
}

/**
 * Removes, into the undo journal of import `importNo`, a committee's postings of one period on some
 * codes (their actuals were replaced by a sheet, so they no longer add up to them), and the
 * vouchers of the period left with no posting. A voucher that also has postings on other codes
 * keeps those: they still add up to the actuals of their codes. Returns the postings removed.
 */
export async function deleteCodePostings(
  q: Q,
  committeeId: string,
  importNo: number,
  period: string,
  codes: readonly string[],
): Promise<number> {
  let removed = 0;
  for (let i = 0; i < codes.length; i += 500) {
    const chunk = codes.slice(i, i + 500);
    removed += await removePostings(q, importNo, (e) =>
      e.and([e('committee_id', '=', committeeId), e('period', '=', period), e('code', 'in', chunk)]),
    );
  }
  if (removed > 0) {
    await removeVouchers(q, importNo, (e) =>
      e.and([
        e('committee_id', '=', committeeId),
        e('period', '=', period),
        e.not(
          e.exists(
            e
              .selectFrom('ledger_postings as p')
              .select('p.line')
              .whereRef('p.import_no', '=', 'vouchers.import_no')
              .whereRef('p.seq', '=', 'vouchers.seq'),
          ),
        ),
      ]),
    );
  }
  return removed;
}

/** Removes all vouchers and postings of a committee. */
export async function deleteAllVouchers(q: Q, committeeId: string): Promise<void> {
  await q.deleteFrom('ledger_postings').where('committee_id', '=', committeeId).execute();
  await q.deleteFrom('vouchers').where('committee_id', '=', committeeId).execute();
}

/** Number of postings a committee's vouchers hold. */
export async function countPostings(q: Q, committeeId: string): Promise<number> {
  const row = await q
    .selectFrom('ledger_postings')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('committee_id', '=', committeeId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * The codes that have postings on an account in a range of periods. A loose index scan: the
 * account's codes one after the other from the drill-down index (one seek each, however many
 * postings a code has), each kept when it has a posting in the range (one more seek).
 */
export async function postingCodes(q: Q, committeeId: string, account: string, from: string, to: string): Promise<string[]> {
  const next = (after: ReturnType<typeof sql>) =>
    sql`SELECT MIN(code) FROM ledger_postings WHERE committee_id = ${committeeId} AND account = ${account} AND code > ${after}`;
  const { rows } = await sql<{ code: string }>`
    WITH RECURSIVE codes (code) AS (
      SELECT MIN(code) FROM ledger_postings WHERE committee_id = ${committeeId} AND account = ${account}
      UNION ALL SELECT (${next(sql`codes.code`)}) FROM codes WHERE codes.code IS NOT NULL
    )
    SELECT code FROM codes WHERE code IS NOT NULL AND EXISTS (
      SELECT 1 FROM ledger_postings p
      WHERE p.committee_id = ${committeeId} AND p.account = ${account} AND p.code = codes.code
        AND p.voucher_date >= ${firstDay(from)} AND p.voucher_date <= ${lastDay(to)}
    )
    ORDER BY code`.execute(q);
  return rows.map((r) => r.code);
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

/**
 * The postings behind an account for some codes in a range of periods, newest first (by date,
 * then the later import, then the later voucher; a voucher's postings in their order), at most
 * `limit`. The postings are found and cut in the drill-down index; only those kept read their voucher.
 */
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
  const newest = q
    .selectFrom('ledger_postings')
    .select(['import_no', 'seq', 'line', 'voucher_date', 'code', 'amount'])
    .where('committee_id', '=', committeeId)
    .where('account', '=', account)
    .where('code', 'in', codes)
    .where('voucher_date', '>=', firstDay(from))
    .where('voucher_date', '<=', lastDay(to))
    .orderBy('voucher_date', 'desc')
    .orderBy('import_no', 'desc')
    .orderBy('seq', 'desc')
    .orderBy('line')
    .limit(limit)
    .as('p');
  const rows = await q
    .selectFrom(newest)
    .innerJoin('vouchers as v', (j) => j.onRef('v.import_no', '=', 'p.import_no').onRef('v.seq', '=', 'p.seq'))
    .select(['p.voucher_date as date', 'v.series', 'v.number', 'v.text', 'p.code', 'p.amount'])
    .orderBy('p.voucher_date', 'desc')
    .orderBy('p.import_no', 'desc')
    .orderBy('p.seq', 'desc')
    .orderBy('p.line')
    .execute();
  return rows.map((r) => ({ date: r.date, series: r.series, number: r.number, text: r.text, account, code: r.code, amount: r.amount }));
}
