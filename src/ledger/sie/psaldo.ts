/**
 * Meaning of #PSALDO (and #PBUDGET) rows with and without objects.
 *
 * Rows are grouped per month and account. The row with an empty object list `{}` means, by the
 * spec and in most programs, the account TOTAL; some programs (Avendo) write it as the REMAINDER
 * that carries no object, so that `{}` plus every object row is the total. The file's convention
 * is decided once per file from evidence (see decideMode), then:
 *
 * - total mode: for the chosen dimension D, each row tagged with exactly one object of D gives
 *   that object's amount; the untagged remainder (object null) is the group total minus those
 *   rows. Rows tagged with other dimensions (`{6 "P1"}`) or with combinations (`{1 "A" 6 "P1"}`)
 *   are other breakdowns of the same total and are not used, so nothing is counted twice. A group
 *   without a `{}` row takes as its total the sum of the single-object rows of its lowest
 *   dimension, or else the sum of all its rows.
 * - remainder mode: the rows partition the total; each row goes to the object of D in its list,
 *   or to null when its list has no object of D (the `{}` row included).
 */
import type { PeriodRow } from './balances.ts';
import { NO_OBJECTS } from './tables.ts';

export type PsaldoMode = 'total' | 'remainder';

export interface Group {
  month: number;
  account: number;
  /** Sum of the `{}` rows, or null when there is none. */
  empty: number | null;
  /** Rows with objects. */
  tagged: PeriodRow[];
  /** Line and year index of the group's first row. */
  line: number;
  yearIndex: number;
}

export function groupRows(rows: PeriodRow[]): Group[] {
  const groups = new Map<number, Group>();
  for (const row of rows) {
    const key = row.month * 1048576 + row.account;
    let g = groups.get(key);
    if (!g) {
      g = { month: row.month, account: row.account, empty: null, tagged: [], line: row.line, yearIndex: row.year };
      groups.set(key, g);
    }
    if (row.list.length === 0) g.empty = (g.empty ?? 0) + row.amount;
    else g.tagged.push(row);
  }
  return [...groups.values()];
}

/** Sums of the rows tagged with exactly one object, per dimension. */
export function singleSums(g: Group): Map<number, number> {
  const sums = new Map<number, number>();
  for (const row of g.tagged) {
    if (row.list.length === 2) sums.set(row.list[0]!, (sums.get(row.list[0]!) ?? 0) + row.amount);
  }
  return sums;
}

export function groupTotal(g: Group, mode: PsaldoMode): number {
  let all = 0;
  for (const row of g.tagged) all += row.amount;
  if (mode === 'remainder') return (g.empty ?? 0) + all;
  if (g.empty !== null) return g.empty;
  const singles = singleSums(g);
  if (singles.size > 0) return singles.get(Math.min(...singles.keys()))!;
  return all;
}

/**
 * The group's amounts for the chosen dimension: calls emit(objectIndex or NO_OBJECTS, amount).
 * See the file comment for the rules.
 */
export function deriveGroup(g: Group, mode: PsaldoMode, dimension: number, emit: (object: number, amount: number) => void): void {
  if (mode === 'remainder') {
    if (g.empty !== null) emit(NO_OBJECTS, g.empty);
    for (const row of g.tagged) emit(objectOf(row.list, dimension), row.amount);
    return;
  }
  let tagged = 0;
  for (const row of g.tagged) {
    if (row.list.length === 2 && row.list[0] === dimension) {
      emit(row.list[1]!, row.amount);
      tagged += row.amount;
    }
  }
  emit(NO_OBJECTS, groupTotal(g, 'total') - tagged);
}

function objectOf(list: number[], dimension: number): number {
  for (let k = 0; k < list.length; k += 2) if (list[k] === dimension) return list[k + 1]!;
  return NO_OBJECTS;
}

export interface ModeEvidence {
  /** Per group with vouchers: the vouchers' total for the month and account, else undefined. */
  voucherTotal(g: Group): number | undefined;
  /** Stated movement of an account in a fiscal year (#RES, or #UB - #IB), else undefined. */
  statedMovement(account: number, year: number): number | undefined;
  /** Fiscal year of a group, when it has no vouchers and the year is known. */
  yearOf(g: Group): number | undefined;
}

/**
 * Decides the file's meaning of `{}`: counts for each reading how often it, and not the other,
 * matches (a) the vouchers' total of a month and account, (b) a stated #RES or #UB - #IB summed
 * over a year, (c) a `{}` row equal to the sum of one dimension's object rows. The remainder
 * reading wins only with more evidence; without any the spec's total reading stands.
 */
export function decideMode(groups: Group[], evidence: ModeEvidence): { mode: PsaldoMode; total: number; remainder: number } {
  let total = 0;
  let remainder = 0;
  const perYear = new Map<string, { account: number; year: number; t: number; r: number }>();
  for (const g of groups) {
    const t = groupTotal(g, 'total');
    const r = groupTotal(g, 'remainder');
    const v = g.tagged.length > 0 ? evidence.voucherTotal(g) : undefined;
    if (v !== undefined) {
      if (t !== r && v === t) total++;
      else if (t !== r && v === r) remainder++;
      continue;
    }
    if (g.empty !== null && g.empty !== 0) {
      for (const sum of singleSums(g).values()) {
        if (sum === g.empty) {
          total++;
          break;
        }
      }
    }
    const year = evidence.yearOf(g);
    if (year === undefined) continue;
    const key = `${year}|${g.account}`;
    const acc = perYear.get(key) ?? { account: g.account, year, t: 0, r: 0 };
    acc.t += t;
    acc.r += r;
    perYear.set(key, acc);
  }
  for (const { account, year, t, r } of perYear.values()) {
    const stated = evidence.statedMovement(account, year);
    if (stated === undefined || t === r) continue;
    if (stated === t) total++;
    else if (stated === r) remainder++;
  }
  return { mode: remainder > total ? 'remainder' : 'total', total, remainder };
}
