/**
 * Forecast accuracy (prognossäkerhet), once the fiscal year's last month is in the ledger: how far
 * each month's forecast of the full-year deviation was from the outcome (the actual full-year
 * deviation). Difference = forecast − outcome (positive = the forecast was too optimistic).
 * The percent is of the annual budgeted net cost: the costs less the income the year's budget holds,
 * kommunbidrag left out (with it an area's budgeted result is usually zero); a Rate, as
 * amount-input.ts: integer millionths, 1 % = 10 000; null when the net cost is zero. The average is the mean absolute difference over the months that
 * had a forecast (rounded half away from zero to whole öre, the rate to whole millionths).
 */
import type { Rate } from './amount-input.ts';
import type { GroupFigures } from './figures.ts';
import { divRound, type Ore } from './money.ts';
import type { Period } from './period.ts';

export interface AccuracyInput {
  outcome: Ore;
  /** The annual budgeted net cost (budgetedNetCost), what the percent is of. */
  netCost: Ore;
  forecasts: readonly { period: Period; deviation: Ore }[];
}

export interface AccuracyMonth {
  period: Period;
  forecast: Ore;
  outcome: Ore;
  difference: Ore;
  /** difference / |annual budgeted net cost|, millionths (1 % = 10 000); null when it is 0. */
  differenceRate: Rate | null;
}

export interface Accuracy {
  outcome: Ore;
  netCost: Ore;
  months: AccuracyMonth[];
  /** Mean of |difference| over the months with a forecast; null when there is none. */
  meanAbsoluteDifference: Ore | null;
  /** Mean of |differenceRate|; null without months or without a budget. */
  meanAbsoluteRate: Rate | null;
}

/** The year's budgeted net cost of an area: −(budgeted result of every group but kommunbidrag). */
export function budgetedNetCost(area: { byGroup: readonly GroupFigures[] }): Ore {
  const result = area.byGroup.filter((g) => g.group !== 'kommunbidrag').reduce((s, g) => s + g.budgetResult, 0);
  return result === 0 ? 0 : -result;
}

const RATE_SCALE = 1_000_000n;

/** amount / |base| in millionths, exactly rounded half away from zero (BigInt: amount × 10^6 may pass 2^53). */
export function rateOf(amount: Ore, base: Ore): Rate | null {
  if (base === 0) return null;
  const num = BigInt(amount) * RATE_SCALE;
  const den = BigInt(Math.abs(base));
  const abs = num < 0n ? -num : num;
  let q = abs / den;
  if (2n * (abs - q * den) >= den) q += 1n;
  const rate = Number(q);
  return num < 0n && rate !== 0 ? -rate : rate;
}

function meanAbs(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const total = values.reduce((s, v) => s + Math.abs(v), 0);
  return divRound(total, values.length);
}

export function forecastAccuracy(input: AccuracyInput): Accuracy {
  const months = [...input.forecasts]
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((f): AccuracyMonth => {
      const difference = f.deviation - input.outcome;
      return {
        period: f.period,
        forecast: f.deviation,
        outcome: input.outcome,
        difference,
        differenceRate: rateOf(difference, input.netCost),
      };
    });
  const rates = months.flatMap((m) => (m.differenceRate === null ? [] : [m.differenceRate]));
  return {
    outcome: input.outcome,
    netCost: input.netCost,
    months,
    meanAbsoluteDifference: meanAbs(months.map((m) => m.difference)),
    meanAbsoluteRate: input.netCost === 0 ? null : meanAbs(rates),
  };
}

/** A rate as a signed percent with one decimal: 41 667 → "+4,2 %", null → "–". */
export function formatRate(rate: Rate | null): string {
  if (rate === null) return '–';
  const tenths = divRound(rate, 1_000);
  const abs = Math.abs(tenths);
  const sign = tenths < 0 ? '\u2212' : tenths > 0 ? '+' : '';
  return `${sign}${Math.floor(abs / 10)},${abs % 10}\u00a0%`;
}
