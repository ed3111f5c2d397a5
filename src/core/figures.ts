/**
 * Year-to-date figures of a committee: per area and in total, actual result, budgeted result,
 * deviation and the previous period's deviation, and the same per account group (in the order of
 * ACCOUNT_GROUPS) and, when asked, per account for drill-down.
 * Result = -(sum of postings on profit-and-loss accounts); deviation = result - budgeted result.
 * The total is computed from the postings, never from rounded area figures.
 */
import { ACCOUNT_GROUPS, type AccountGroupId, accountGroupOf } from './accounts.ts';
import type { Ore } from './money.ts';
import { type Area, areaOfCode, type CodeMap, UNALLOCATED_AREA } from './organisation.ts';
import { fiscalYearOf, type Period, previousInYear } from './period.ts';

/** A sum of ledger (or budget) amounts for one period, account and responsibility code. */
export interface AmountRow {
  period: Period;
  account: string;
  code: string;
  amount: Ore;
}

export interface ResultFigures {
  actualResult: Ore;
  budgetResult: Ore;
  deviation: Ore;
  /** Year-to-date deviation of the previous period; null in the first month of the fiscal year. */
  previousDeviation: Ore | null;
}

export interface AccountFigures extends ResultFigures {
  account: string;
}

export interface GroupFigures extends ResultFigures {
  group: AccountGroupId;
  /** Per account, ascending by account number: only when asked for (`withAccounts`). */
  accounts?: AccountFigures[];
}

export interface AreaFigures extends ResultFigures {
  area: Area;
  byGroup: GroupFigures[];
}

export interface CommitteeFigures {
  period: Period;
  previousPeriod: Period | null;
  total: ResultFigures;
  areas: AreaFigures[];
}

export interface FigureInput {
  period: Period;
  fiscalYearStartMonth: number;
  areas: readonly Area[];
  codeMap: CodeMap;
  actual: Iterable<AmountRow>;
  budget: Iterable<AmountRow>;
  /** Also break each account group down per account (drill-down). */
  withAccounts?: boolean;
}

interface Acc {
  actual: Ore;
  budget: Ore;
  prevActual: Ore;
  prevBudget: Ore;
  /** Per account, when the input asks for accounts. */
  accounts?: Map<string, Acc>;
}
const zero = (): Acc => ({ actual: 0, budget: 0, prevActual: 0, prevBudget: 0 });

export function computeFigures(input: FigureInput): CommitteeFigures {
  const { period } = input;
  const fy = fiscalYearOf(period, input.fiscalYearStartMonth);
  const prev = previousInYear(period, input.fiscalYearStartMonth);
  const cells = new Map<string, Map<AccountGroupId, Acc>>();
  const groupCache = new Map<string, AccountGroupId | null>();
  const groupOf = (account: string) => {
    let g = groupCache.get(account);
    if (g === undefined) groupCache.set(account, (g = accountGroupOf(account)));
    return g;
  };
  const add = (row: AmountRow, isBudget: boolean) => {
    if (row.period < fy.start || row.period > period) return;
    const group = groupOf(row.account);
    if (!group) return;
    const areaId = areaOfCode(input.codeMap, row.code);
    let byGroup = cells.get(areaId);
    if (!byGroup) cells.set(areaId, (byGroup = new Map()));
    let acc = byGroup.get(group);
    if (!acc) byGroup.set(group, (acc = input.withAccounts ? { ...zero(), accounts: new Map() } : zero()));
    const result = -row.amount;
    const inPrev = prev !== null && row.period <= prev;
    book(acc, result, isBudget, inPrev);
    if (acc.accounts) {
      let account = acc.accounts.get(row.account);
      if (!account) acc.accounts.set(row.account, (account = zero()));
      book(account, result, isBudget, inPrev);
    }
  };
  for (const row of input.actual) add(row, false);
  for (const row of input.budget) add(row, true);

  const areas = [...input.areas];
  if (cells.has(UNALLOCATED_AREA.id) && !areas.some((a) => a.id === UNALLOCATED_AREA.id)) areas.push(UNALLOCATED_AREA);
  areas.sort((a, b) => a.sortOrder - b.sortOrder);

  const hasPrev = prev !== null;
  const totalAcc = zero();
  const areaFigures = areas.map((area): AreaFigures => {
    const areaAcc = zero();
    const byGroup: GroupFigures[] = [];
    const groups = cells.get(area.id);
    for (const { id: group } of ACCOUNT_GROUPS) {
      const acc = groups?.get(group);
      if (!acc) continue;
      addInto(areaAcc, acc);
      const figures: GroupFigures = { group, ...toFigures(acc, hasPrev) };
      if (acc.accounts) {
        figures.accounts = [...acc.accounts]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([account, a]) => ({ account, ...toFigures(a, hasPrev) }));
      }
      byGroup.push(figures);
    }
    addInto(totalAcc, areaAcc);
    return { area, ...toFigures(areaAcc, hasPrev), byGroup };
  });
  return { period, previousPeriod: prev, total: toFigures(totalAcc, hasPrev), areas: areaFigures };
}

function book(acc: Acc, result: Ore, isBudget: boolean, inPrev: boolean) {
  if (isBudget) {
    acc.budget += result;
    if (inPrev) acc.prevBudget += result;
  } else {
    acc.actual += result;
    if (inPrev) acc.prevActual += result;
  }
}

function addInto(into: Acc, from: Acc) {
  into.actual += from.actual;
  into.budget += from.budget;
  into.prevActual += from.prevActual;
  into.prevBudget += from.prevBudget;
}

function toFigures(acc: Acc, hasPrev: boolean): ResultFigures {
  return {
    actualResult: acc.actual,
    budgetResult: acc.budget,
    deviation: acc.actual - acc.budget,
    previousDeviation: hasPrev ? acc.prevActual - acc.prevBudget : null,
  };
}
