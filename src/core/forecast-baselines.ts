/**
 * What the app proposes and shows beside an area's annual forecast. A forecast is the expected
 * full-year deviation (positive = better than budget); its other view is the full-year result
 * (annual budgeted result + deviation). Results are signed as in figures.ts: income positive,
 * costs negative, so a cost area's budgeted result is negative (its net cost).
 * - periodized baseline: the actual result to date + the remaining months' budgeted result, as a
 *   deviation against the annual budget (= the deviation to date: the rest of the year goes as
 *   budgeted);
 * - run-rate baseline: the actual result to date / months elapsed × months of the year, as a
 *   deviation against the annual budget (rounded half away from zero to whole öre);
 * - history: the year's forecasts of earlier periods, and the change since the latest of them
 *   ("förändring mot föregående prognos").
 */
import { divRound, type Ore } from './money.ts';
import { compareP, type Period } from './period.ts';

/** An area's year: actual and budgeted result to date, and the whole fiscal year's budgeted result. */
export interface AreaYear {
  actualToDate: Ore;
  budgetToDate: Ore;
  annualBudget: Ore;
  /** Months of the fiscal year up to and including the period (1..12). */
  monthsElapsed: number;
  /** Months of the fiscal year (12). */
  monthsInYear: number;
}

export interface Baselines {
  /** Actual to date + the remaining months' budget, as a deviation against the annual budget. */
  periodized: Ore;
  /** Actual to date / months elapsed × months of the year, as a deviation against the annual budget. */
  runRate: Ore;
}

/** The full-year result a deviation forecast means. */
export function resultOfDeviation(deviation: Ore, annualBudget: Ore): Ore {
  return annualBudget + deviation;
}

/** The deviation a full-year result forecast means. */
export function deviationOfResult(result: Ore, annualBudget: Ore): Ore {
  return result - annualBudget;
}

export function baselines(y: AreaYear): Baselines {
  if (!Number.isInteger(y.monthsElapsed) || y.monthsElapsed < 1 || y.monthsElapsed > y.monthsInYear)
    throw new RangeError(`months elapsed ${y.monthsElapsed} outside 1..${y.monthsInYear}`);
  const periodizedResult = y.actualToDate + (y.annualBudget - y.budgetToDate);
  const runRateResult = divRound(y.actualToDate * y.monthsInYear, y.monthsElapsed);
  return {
    periodized: deviationOfResult(periodizedResult, y.annualBudget),
    runRate: deviationOfResult(runRateResult, y.annualBudget),
  };
}

export interface PeriodForecast {
  period: Period;
  deviation: Ore;
}

export interface ForecastHistory {
  /** The year's forecasts of periods before this one, oldest first. */
  earlier: PeriodForecast[];
  /** The latest earlier forecast, or null when there is none. */
  previous: PeriodForecast | null;
  /** This period's forecast − the previous forecast; null when either is missing. */
  change: Ore | null;
}

/** An area's history as of `period`, from its forecasts of the fiscal year (any order). */
export function forecastHistory(period: Period, current: Ore | null, ofYear: readonly PeriodForecast[]): ForecastHistory {
  const earlier = ofYear.filter((f) => f.period < period).sort((a, b) => compareP(a.period, b.period));
  const previous = earlier.at(-1) ?? null;
  return { earlier, previous, change: previous !== null && current !== null ? current - previous.deviation : null };
}
