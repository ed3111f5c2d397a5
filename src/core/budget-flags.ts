/**
 * Which areas' budget lines are not periodized while their actual is seasonal (the dashboard's
 * "ej periodiserad budget"): isUnperiodizedBudget per area and account group, on the revised
 * budget of the year, last year's actual and this year's months to date.
 */
import type { AccountGroupId } from './accounts.ts';
import { byAreaAndGroup, monthlyTotals } from './budget-revision.ts';
import type { AmountRow } from './figures.ts';
import type { CodeMap } from './organisation.ts';
import type { Period } from './period.ts';
import { isUnperiodizedBudget } from './periodization.ts';

export interface FlagInput {
  codeMap: CodeMap;
  months: readonly Period[];
  /** Months of this year with actuals (year to date). */
  monthsToDate: readonly Period[];
  lastYearMonths: readonly Period[];
  budget: readonly AmountRow[];
  actual: readonly AmountRow[];
  lastYearActual: readonly AmountRow[];
}

/** areaId → the account groups flagged, in the order of the budget's groups. */
export function unperiodizedBudgets(input: FlagInput): Map<string, AccountGroupId[]> {
  const actual = byAreaAndGroup(input.actual, input.codeMap);
  const lastYear = byAreaAndGroup(input.lastYearActual, input.codeMap);
  const out = new Map<string, AccountGroupId[]>();
  for (const [k, rows] of byAreaAndGroup(input.budget, input.codeMap)) {
    const [areaId = '', group] = k.split('\u0000') as [string, AccountGroupId];
    const budgetMonths = monthlyTotals(rows, input.months);
    const flagged = isUnperiodizedBudget({
      budgetMonths,
      lastYearMonths: monthlyTotals(lastYear.get(k) ?? [], input.lastYearMonths),
      budgetToDate: budgetMonths.slice(0, input.monthsToDate.length),
      actualToDate: monthlyTotals(actual.get(k) ?? [], input.monthsToDate),
    });
    if (flagged) {
      out.set(areaId, [...(out.get(areaId) ?? []), group]);
    }
  }
  return out;
}
