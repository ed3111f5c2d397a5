/**
 * Use case: the forecasts of a committee for a period, with what the app proposes beside each
 * (the periodized and run-rate baselines), the area's earlier forecasts of the year and the change
 * since the previous one, and the committee's total (areas + committee items outside every area,
 * core forecastTotal). The grid reads the whole year from the same answer.
 */
import type { AreaForecastJson, ForecastList } from '#contract/forecasts.ts';
import { type AreaForecast, forecastTotal } from '#core/forecast.ts';
import { baselines, forecastHistory, resultOfDeviation } from '#core/forecast-baselines.ts';
import { periodsOfYear } from '#core/period.ts';
import type { Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { committeeForPeriod } from './committees.ts';
import { annualBudgetOf, type ForecastYear, forecastAreas, readForecastYear } from './forecast-year.ts';

export async function listForecasts(db: Db, committeeId: string, period: string): Promise<ForecastList> {
  return db.snapshot((q) => readForecastList(q, committeeId, period));
}

export async function readForecastList(q: Q, committeeId: string, period: string): Promise<ForecastList> {
  const committee = await committeeForPeriod(q, committeeId, period);
  return forecastListOf(await readForecastYear(q, committee, period));
}

/** The forecasts of one month, as the committee total takes them. */
function forecastsOf(year: ForecastYear, period: string): AreaForecast[] {
  return year.forecasts.filter((f) => f.period === period).map((f) => ({ areaId: f.areaId, deviation: f.deviation }));
}

export function monthTotal(year: ForecastYear, period: string): number | null {
  return forecastTotal(forecastsOf(year, period), year.itemsByPeriod.get(period) ?? []);
}

export function forecastListOf(year: ForecastYear): ForecastList {
  const { period, monthsElapsed } = year;
  const months = { monthsElapsed, monthsInYear: periodsOfYear(year.fiscalYear).length };
  const areas = forecastAreas(year).map((a): AreaForecastJson => {
    const annualBudget = annualBudgetOf(year, a.area.id);
    const ofArea = year.forecasts.filter((f) => f.areaId === a.area.id);
    const current = ofArea.find((f) => f.period === period) ?? null;
    const history = forecastHistory(
      period,
      current?.deviation ?? null,
      ofArea.map((f) => ({ period: f.period, deviation: f.deviation })),
    );
    return {
      id: a.area.id,
      name: a.area.name,
      annualBudget,
      actualToDate: a.actualResult,
      budgetToDate: a.budgetResult,
      forecast: current && {
        deviation: current.deviation,
        result: resultOfDeviation(current.deviation, annualBudget),
        updatedBy: current.updatedBy,
        updatedAt: current.updatedAt,
      },
      baseline: baselines({ actualToDate: a.actualResult, budgetToDate: a.budgetResult, annualBudget, ...months }),
      previous: history.previous,
      change: history.change,
      year: ofArea.map((f) => ({ period: f.period, deviation: f.deviation })),
    };
  });
  const total = monthTotal(year, period);
  const previousPeriod = [...new Set(year.forecasts.map((f) => f.period))]
    .filter((p) => p < period)
    .sort()
    .at(-1);
  const previous = previousPeriod ? monthTotal(year, previousPeriod) : null;
  return {
    committee: { id: year.committee.id, name: year.committee.name },
    period,
    fiscalYear: year.fiscalYear,
    periodsWithData: year.periodsWithData,
    areas,
    total: {
      forecast: total,
      previous,
      change: total !== null && previous !== null ? total - previous : null,
      baseline: baselines({
        actualToDate: year.toDate.total.actualResult,
        budgetToDate: year.toDate.total.budgetResult,
        annualBudget: year.annual.total.budgetResult,
        ...months,
      }),
      annualBudget: year.annual.total.budgetResult,
    },
    itemsOutsideAreas: [...year.itemsByPeriod].map(([p, items]) => ({
      period: p,
      amount: forecastTotal([], items) ?? 0,
    })),
    monthTotals: periodsOfYear(year.fiscalYear).map((p) => ({ period: p, forecast: monthTotal(year, p) })),
  };
}
