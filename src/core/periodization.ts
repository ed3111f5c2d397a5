/**
 * Periodization: an annual amount spread over the twelve months of a fiscal year. The months
 * always sum exactly to the annual amount in öre. Rounding rule (largest remainder): every month
 * first gets the whole öre of its exact share (rounded toward zero), and the öre left over go one
 * each to the months with the largest fractional remainders, ties to the earliest month.
 * Arithmetic in BigInt, so no amount or weight loses precision.
 */
import { assertOre, type Ore } from './money.ts';

export type PeriodizationMethod = 'ledger' | 'straight' | 'profile' | 'last-year';
export const PERIODIZATION_METHODS: readonly PeriodizationMethod[] = ['ledger', 'straight', 'profile', 'last-year'];

export const MONTHS_IN_YEAR = 12;

export class PeriodizationError extends Error {}

/** Weights are read to millionths: 7,7 and 7.700001 are different weights, 7.7000001 is 7,7. */
const WEIGHT_SCALE = 1_000_000;

function integerWeights(weights: readonly number[]): bigint[] {
  return weights.map((w, i) => {
    if (!Number.isFinite(w) || w < 0) throw new PeriodizationError(`Vikt ${i + 1} måste vara ett tal som är noll eller större (var ${w}).`);
    return BigInt(Math.round(w * WEIGHT_SCALE));
  });
}

/**
 * Spreads an amount over weights (one per month, any length ≥ 1, none negative, not all zero):
 * the parts sum exactly to the amount. A negative amount is spread as its absolute value, negated.
 */
export function spreadByWeights(amount: Ore, weights: readonly number[]): Ore[] {
  assertOre(amount);
  const w = integerWeights(weights);
  const total = w.reduce((s, x) => s + x, 0n);
  if (w.length === 0 || total === 0n) throw new PeriodizationError('Fördelningen behöver minst en vikt som är större än noll.');
  const sign = amount < 0 ? -1n : 1n;
  const abs = BigInt(Math.abs(amount));
  const parts = w.map((x) => (abs * x) / total);
  const remainders = w.map((x, i) => ({ i, r: (abs * x) % total }));
  let left = abs - parts.reduce((s, x) => s + x, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(p * sign));
}

export const STRAIGHT_WEIGHTS: readonly number[] = Array.from({ length: MONTHS_IN_YEAR }, () => 1);

/**
 * Weights taken from monthly amounts (an imported budget's months, last year's actuals): each
 * month's amount in the direction of the year's total; months going the other way weigh nothing.
 * Null when that leaves nothing to weigh (all zero, or a total of zero): the caller falls back to straight.
 */
export function patternWeights(months: readonly Ore[]): number[] | null {
  const total = months.reduce((s, x) => s + x, 0);
  if (total === 0) return null;
  const sign = Math.sign(total);
  const weights = months.map((m) => Math.max(0, m * sign));
  return weights.some((w) => w > 0) ? weights : null;
}

/**
 * Weights as a person types them: "1,1,2,…" (whole numbers separated by commas), or separated by
 * semicolons or spaces, where a comma is a decimal mark ("7,7; 7,5; …", "7.7 7.5 …").
 */
export function parseWeightsInput(text: string): number[] {
  const t = text.trim();
  const parts = /[;\s]/.test(t) ? t.split(/[;\s]+/).filter((p) => p !== '') : t.split(',');
  return parts.map((p, i) => {
    const v = p.trim().replace(',', '.');
    if (!/^\d+(\.\d+)?$/.test(v)) throw new PeriodizationError(`Vikt ${i + 1} ("${p.trim()}") är inget tal som är noll eller större.`);
    return Number(v);
  });
}

/** Validates a profile of twelve weights as a person entered it; the message says what is wrong. */
export function checkProfile(weights: readonly number[]): number[] {
  if (weights.length !== MONTHS_IN_YEAR) {
    throw new PeriodizationError(`En profil har tolv vikter, en per månad (angavs ${weights.length}).`);
  }
  integerWeights(weights);
  if (!weights.some((w) => w > 0)) throw new PeriodizationError('Minst en av profilens vikter måste vara större än noll.');
  return [...weights];
}

/**
 * The "ej periodiserad budget" rule: a budget line (an area's account group, at least `minAnnual` a
 * year) whose budget is straight over the year while its actual is seasonal.
 * - Straight: no month of the year's budget differs from the mean month by more than 1 % of it
 *   (or 1 kr, for rounding).
 * - Seasonal, from last year's twelve months of actual when there are any: some month is at least
 *   1,5 times the mean month, or at most half of it (in the direction of the year's total).
 * - Seasonal, else from this year's months to date (at least three): the actual to date is at most
 *   a tenth of the budget to date: the money comes in (or goes out) later in the year than a
 *   straight budget says. (Spending ahead of a straight budget is not told apart from overspending
 *   without last year's months, so it is not flagged from the months to date; nor is a line with no
 *   actual at all, an unused reserve or pot.)
 */
export interface SeasonalityInput {
  budgetMonths: readonly Ore[];
  /** Last year's twelve months of actual; empty or all zero when there are none. */
  lastYearMonths: readonly Ore[];
  /** This year's months to date, budget and actual. */
  budgetToDate: readonly Ore[];
  actualToDate: readonly Ore[];
  minAnnual?: Ore;
}

export function isUnperiodizedBudget(input: SeasonalityInput): boolean {
  const { budgetMonths, minAnnual = 10_000_000 } = input;
  if (budgetMonths.length !== MONTHS_IN_YEAR) return false;
  const annual = budgetMonths.reduce((s, x) => s + x, 0);
  if (Math.abs(annual) < minAnnual) return false;
  const mean = annual / MONTHS_IN_YEAR;
  if (budgetMonths.some((m) => Math.abs(m - mean) > Math.max(Math.abs(mean) * 0.01, 100))) return false;
  const last = input.lastYearMonths;
  if (last.length === MONTHS_IN_YEAR && last.some((m) => m !== 0)) {
    const lastTotal = last.reduce((s, x) => s + x, 0);
    if (lastTotal === 0) return false;
    const lastMean = lastTotal / MONTHS_IN_YEAR;
    return last.some((m) => m / lastMean >= 1.5 || m / lastMean <= 0.5);
  }
  if (input.actualToDate.length < 3 || input.actualToDate.every((m) => m === 0)) return false;
  const budget = input.budgetToDate.reduce((s, x) => s + x, 0);
  if (budget === 0) return false;
  const ratio = input.actualToDate.reduce((s, x) => s + x, 0) / budget;
  return Math.abs(ratio) <= 0.1;
}
