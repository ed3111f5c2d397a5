/**
 * Reconciliation per account and fiscal year, wherever the file states the figures and movements
 * are available (the year has vouchers, or #PSALDO rows when it has none):
 * - a balance figure: #IB (0 when absent) + movements = #UB;
 * - a profit-and-loss figure: movements = #RES.
 * Mismatches are reported, never thrown: files from real programs do disagree with themselves.
 */
import type { YearRow } from './balances.ts';
import type { SieMismatch } from './types.ts';

export interface ReconcileInput {
  ib: YearRow[];
  ub: YearRow[];
  res: YearRow[];
  /** Fiscal years (indices) whose movements are known. */
  yearsWithMovements: Set<number>;
  /** Movement of an account in a fiscal year (0 when it has none). */
  movement(account: number, year: number): number;
  accountId(account: number): string;
}

export interface Reconciliation {
  accountsChecked: number;
  mismatches: SieMismatch[];
}

export function reconcile(input: ReconcileInput): Reconciliation {
  const key = (year: number, account: number): string => `${year}|${account}`;
  const sum = (rows: YearRow[]): Map<string, YearRow> => {
    const m = new Map<string, YearRow>();
    for (const row of rows) {
      if (!input.yearsWithMovements.has(row.year)) continue;
      const k = key(row.year, row.account);
      const prev = m.get(k);
      m.set(k, prev ? { ...prev, amount: prev.amount + row.amount } : row);
    }
    return m;
  };
  const ib = sum(input.ib);
  const ub = sum(input.ub);
  const res = sum(input.res);
  const checked = new Set<string>();
  const mismatches: SieMismatch[] = [];
  for (const [k, row] of ub) {
    checked.add(k);
    const computed = (ib.get(k)?.amount ?? 0) + input.movement(row.account, row.year);
    if (computed !== row.amount) {
      mismatches.push({ account: input.accountId(row.account), expected: row.amount, computed, yearIndex: row.year, record: '#UB' });
    }
  }
  for (const [k, row] of res) {
    checked.add(k);
    const computed = input.movement(row.account, row.year);
    if (computed !== row.amount) {
      mismatches.push({ account: input.accountId(row.account), expected: row.amount, computed, yearIndex: row.year, record: '#RES' });
    }
  }
  mismatches.sort((a, b) => b.yearIndex - a.yearIndex || (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
  return { accountsChecked: checked.size, mismatches };
}
