/** What the report takes from the budget part: the counted decisions, the investments, the flags. */
import type { AmountRow } from '#core/figures.ts';
import type { Committee } from '#core/organisation.ts';
import type { BudgetReportInput } from '#report/budget.ts';
import type { Q } from '#store/committees.ts';
import { readBudgetYear } from './budget-year.ts';

export async function budgetReportInput(
  q: Q,
  committee: Committee,
  period: string,
  actualToDate: readonly AmountRow[],
  budgetYear: { imported: AmountRow[]; revised: AmountRow[] },
): Promise<BudgetReportInput> {
  const year = await readBudgetYear(q, committee, period, actualToDate, budgetYear);
  return {
    decisions: year.decisions.filter((d) => d.counts),
    investments: year.investments,
    unperiodized: year.unperiodized,
  };
}
