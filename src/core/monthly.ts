/**
 * Month by month figures of a committee's areas for the fiscal year up to a period: the actual
 * and budgeted result of each month (not accumulated) per area and in total. Charts accumulate
 * them (year to date per month); the Excel workbook lists them. Same sign rule as figures.ts:
 * result = -(sum of postings on profit-and-loss accounts).
 */
import { accountGroupOf } from './accounts.ts';
import type { AmountRow, FigureInput } from './figures.ts';
import type { Ore } from './money.ts';
import { areaOfCode, UNALLOCATED_AREA } from './organisation.ts';
import { fiscalYearOf, type Period, yearToDate } from './period.ts';

export interface MonthFigures {
  period: Period;
  actualResult: Ore;
  budgetResult: Ore;
}

export interface AreaMonths {
  /** The area's id; '' for the committee's total. */
  areaId: string;
  months: MonthFigures[];
}

/** The same input as the year-to-date figures (figures.ts), without the drill-down. */
export type MonthlyInput = Omit<FigureInput, 'withAccounts'>;

/** Per area (in the order given, "Ej fördelat" last when it has postings) and the total (areaId ''), every month of the fiscal year up to the period. */
export function monthlyFigures(input: MonthlyInput): AreaMonths[] {
  const periods = yearToDate(input.period, input.fiscalYearStartMonth);
  const fy = fiscalYearOf(input.period, input.fiscalYearStartMonth);
  const index = new Map(periods.map((p, i) => [p, i]));
  const cells = new Map<string, { actual: Ore[]; budget: Ore[] }>();
  const cell = (areaId: string) => {
    let c = cells.get(areaId);
    if (!c) cells.set(areaId, (c = { actual: periods.map(() => 0), budget: periods.map(() => 0) }));
    return c;
  };
  const add = (row: AmountRow, key: 'actual' | 'budget') => {
    if (row.period < fy.start || row.period > input.period) return;
    const i = index.get(row.period);
    if (i === undefined || accountGroupOf(row.account) === null) return;
    const c = cell(areaOfCode(input.codeMap, row.code));
    c[key][i] = (c[key][i] ?? 0) - row.amount;
  };
  for (const row of input.actual) add(row, 'actual');
  for (const row of input.budget) add(row, 'budget');
  const areas = [...input.areas].sort((a, b) => a.sortOrder - b.sortOrder);
  if (cells.has(UNALLOCATED_AREA.id) && !areas.some((a) => a.id === UNALLOCATED_AREA.id)) areas.push(UNALLOCATED_AREA);
  const total = periods.map((p) => ({ period: p, actualResult: 0, budgetResult: 0 }));
  const out: AreaMonths[] = areas.map((area) => {
    const c = cells.get(area.id);
    const months = periods.map((p, i) => ({ period: p, actualResult: c?.actual[i] ?? 0, budgetResult: c?.budget[i] ?? 0 }));
    months.forEach((m, i) => {
      const t = total[i];
      if (!t) return;
      t.actualResult += m.actualResult;
      t.budgetResult += m.budgetResult;
    });
    return { areaId: area.id, months };
  });
  out.push({ areaId: '', months: total });
  return out;
}
