/**
 * What every forecast figure of a fiscal year is computed from, read in one snapshot: the figures
 * to date (computeFigures at the period), the whole year's budget (loadBudgetRows over the fiscal
 * year, so the annual budget is the one the report compares with), the year's forecasts and the
 * committee-level items of each month.
 */
import { isProfitAndLoss } from '#core/accounts.ts';
import { type AmountRow, type AreaFigures, type CommitteeFigures, computeFigures } from '#core/figures.ts';
import type { CommitteeItem } from '#core/forecast.ts';
import type { Committee } from '#core/organisation.ts';
import { type FiscalYear, fiscalYearOf, periodsOfYear, yearToDate } from '#core/period.ts';
import { listPeriodsWithData, loadAmounts } from '#store/amounts.ts';
import { listAreas, loadCodeMap, type Q } from '#store/committees.ts';
import { loadForecastsBetween, type StoredForecast } from '#store/forecasts.ts';
import { loadBudgetRows, periodEnd } from './budget-rows.ts';
import { loadItemsForReport } from './items.ts';

export interface ForecastYear {
  committee: Committee;
  period: string;
  fiscalYear: FiscalYear;
  monthsElapsed: number;
  periodsWithData: string[];
  /** Year to date at the period. */
  toDate: CommitteeFigures;
  /** The whole fiscal year's budgeted result per area (budgetResult) and in total. */
  annual: CommitteeFigures;
  forecasts: StoredForecast[];
  itemsByPeriod: Map<string, CommitteeItem[]>;
}

/** What the report has read already: the actual to date and the whole year's budget as it stands at the period. */
export interface LoadedYear {
  actual: readonly AmountRow[];
  budget: readonly AmountRow[];
}

export async function readForecastYear(q: Q, committee: Committee, period: string, loaded?: LoadedYear): Promise<ForecastYear> {
  const fiscalYear = fiscalYearOf(period, committee.fiscalYearStartMonth);
  const months = periodsOfYear(fiscalYear);
  const [areas, codeMap, actual, budget, forecasts, periods, items] = await Promise.all([
    listAreas(q, committee.id),
    loadCodeMap(q, committee.id),
    loaded?.actual ?? loadAmounts(q, committee.id, 'actual', fiscalYear.start, period),
    // The year's budget as it stands at the period: decisions dated later do not count yet.
    loaded?.budget ?? loadBudgetRows(q, committee.id, fiscalYear.start, fiscalYear.end, { decisionsUntil: periodEnd(period) }),
    loadForecastsBetween(q, committee.id, fiscalYear.start, fiscalYear.end),
    listPeriodsWithData(q, committee.id),
    // The items in force each month (a month without its own carries the latest earlier list).
    Promise.all(months.map((p) => loadItemsForReport(q, committee, p))),
  ]);
  const base = { fiscalYearStartMonth: committee.fiscalYearStartMonth, areas, codeMap, budget };
  return {
    committee,
    period,
    fiscalYear,
    monthsElapsed: yearToDate(period, committee.fiscalYearStartMonth).length,
    periodsWithData: periods.filter((p) => p >= fiscalYear.start && p <= fiscalYear.end),
    toDate: computeFigures({ ...base, period, actual: actual.filter((r) => isProfitAndLoss(r.account)) }),
    annual: computeFigures({ ...base, period: fiscalYear.end, actual: [] }),
    forecasts,
    itemsByPeriod: new Map(months.map((p, i) => [p, items[i] ?? []])),
  };
}

/** The area's whole-year budgeted result (0 for an area without budget). */
export function annualBudgetOf(year: ForecastYear, areaId: string): number {
  return year.annual.areas.find((a) => a.area.id === areaId)?.budgetResult ?? 0;
}

/** The areas a forecast can be given for: those of the figures to date (with "Ej fördelat" when it has amounts). */
export function forecastAreas(year: ForecastYear): AreaFigures[] {
  return year.toDate.areas;
}
