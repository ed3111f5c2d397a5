/** Ledger balances (actual) and budgets per (period, account, responsibility code). */
import { sql } from 'kysely';
import type { AmountRow } from '#core/figures.ts';
import type { Q } from './committees.ts';

export type AmountKind = 'actual' | 'budget';
const TABLE = { actual: 'ledger_balances', budget: 'budget_balances' } as const;

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

/**
 * Writes amounts: 'replace' overwrites what is stored for a key, 'add' adds to it (an import
 * file's vouchers add to the ledger). Call inside a transaction for all-or-nothing.
 */
async function writeAmounts(
  q: Q,
  committeeId: string,
  kind: AmountKind,
  rows: readonly AmountRow[],
  mode: 'replace' | 'add',
): Promise<void> {
  const table = TABLE[kind];
  const amount = mode === 'add' ? sql<number>`${sql.ref(`${table}.amount`)} + excluded.amount` : sql<number>`excluded.amount`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows
      .slice(i, i + CHUNK)
      .map((r) => ({ committee_id: committeeId, period: r.period, account: r.account, code: r.code, amount: r.amount }));
    await q
      .insertInto(table)
      .values(values)
      .onConflict((oc) => oc.columns(['committee_id', 'period', 'account', 'code']).doUpdateSet({ amount }))
      .execute();
  }
}

export const upsertAmounts = (q: Q, committeeId: string, kind: AmountKind, rows: readonly AmountRow[]) =>
  writeAmounts(q, committeeId, kind, rows, 'replace');

export const addAmounts = (q: Q, committeeId: string, kind: AmountKind, rows: readonly AmountRow[]) =>
  writeAmounts(q, committeeId, kind, rows, 'add');

/** Deletes the amounts of a committee in a range of periods (inclusive). */
export async function deleteAmounts(q: Q, committeeId: string, kind: AmountKind, from: string, to: string): Promise<void> {
  await q.deleteFrom(TABLE[kind]).where('committee_id', '=', committeeId).where('period', '>=', from).where('period', '<=', to).execute();
}

/** Deletes the amounts of a committee in one period on some codes. */
export async function deleteAmountsOfCodes(
  q: Q,
  committeeId: string,
  kind: AmountKind,
  period: string,
  codes: readonly string[],
): Promise<void> {
  for (let i = 0; i < codes.length; i += CHUNK) {
    await q
      .deleteFrom(TABLE[kind])
      .where('committee_id', '=', committeeId)
      .where('period', '=', period)
      .where('code', 'in', codes.slice(i, i + CHUNK))
      .execute();
  }
}

/** Amounts of a committee in a range of periods (inclusive), summed per key. */
export async function loadAmounts(q: Q, committeeId: string, kind: AmountKind, from: string, to: string): Promise<AmountRow[]> {
  return q
    .selectFrom(TABLE[kind])
    .select(['period', 'account', 'code', 'amount'])
    .where('committee_id', '=', committeeId)
    .where('period', '>=', from)
    .where('period', '<=', to)
    .execute();
}

/** Periods that hold ledger data, ascending. */
export async function listPeriodsWithData(q: Q, committeeId: string): Promise<string[]> {
  const rows = await q
    .selectFrom('ledger_balances')
    .select('period')
    .distinct()
    .where('committee_id', '=', committeeId)
    .orderBy('period')
    .execute();
  return rows.map((r) => r.period);
}

/** Whether a period holds ledger data (one seek in the primary key). */
export async function hasDataFor(q: Q, committeeId: string, period: string): Promise<boolean> {
  const row = await q
    .selectFrom('ledger_balances')
    .select('period')
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Per period, the sum of |amount| over a committee's actuals and budgets together, in floating
 * point (a stored sum beyond 2^53 cannot overflow here, where an integer SUM would fail).
 */
export async function periodVolumes(q: Q, committeeId: string): Promise<{ period: string; volume: number }[]> {
  const volumes = new Map<string, number>();
  for (const table of Object.values(TABLE)) {
    const rows = await q
      .selectFrom(table)
      .select(['period', sql<number>`sum(abs(cast(amount as double precision)))`.as('volume')])
      .where('committee_id', '=', committeeId)
      .groupBy('period')
      .execute();
    for (const r of rows) volumes.set(r.period, (volumes.get(r.period) ?? 0) + Number(r.volume));
  }
  return [...volumes].map(([period, volume]) => ({ period, volume }));
}
