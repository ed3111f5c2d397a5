/**
 * Checks of what an import brings, made before it commits: that every figure a report computes
 * from the committee's amounts stays a safe integer, and that the last month of a ledger is not
 * clearly cut short.
 */
import { compareP, fiscalYearLabel, fiscalYearOf, type Period } from './period.ts';

/**
 * The most öre the amounts of one committee and fiscal year may add up to, counting every amount
 * as positive (actuals and budget together): 2^53 / 256, about 351 000 mnkr. Every figure a
 * report computes (sums over areas, accounts and months, deviations, the year before beside it,
 * a roll-up of up to a hundred committees) then stays far inside the exact integers of a number.
 */
export const MAX_YEAR_VOLUME = Math.floor(Number.MAX_SAFE_INTEGER / 256);

export interface PeriodVolume {
  period: Period;
  /** Sum of |amount| over the period's amounts (both kinds); may be approximate beyond 2^53. */
  volume: number;
}

/** The fiscal years whose volume is over MAX_YEAR_VOLUME, with their volume (largest first). */
export function oversizedYears(volumes: readonly PeriodVolume[], startMonth: number): { year: string; volume: number }[] {
  const byYear = new Map<string, number>();
  for (const v of volumes) {
    const year = fiscalYearLabel(fiscalYearOf(v.period, startMonth));
    byYear.set(year, (byYear.get(year) ?? 0) + v.volume);
  }
  return [...byYear]
    .filter(([, volume]) => !(volume <= MAX_YEAR_VOLUME))
    .map(([year, volume]) => ({ year, volume }))
    .sort((a, b) => b.volume - a.volume);
}

export interface MonthCount {
  period: Period;
  count: number;
}

/**
 * The last month when it holds clearly fewer items (vouchers, rows) than the other months of its
 * fiscal year: under two thirds of their median, with at least two other months to compare with.
 * A month exported before it was fully booked, or a file cut short, looks like this (a July that
 * is quieter than usual may too: it is a warning to look, not an error).
 */
export function shortLastMonth(
  counts: readonly MonthCount[],
  startMonth: number,
): { period: Period; count: number; median: number } | null {
  const sorted = [...counts].sort((a, b) => compareP(a.period, b.period));
  const last = sorted.at(-1);
  if (!last) return null;
  const year = fiscalYearOf(last.period, startMonth).start;
  const others = sorted
    .slice(0, -1)
    .filter((c) => fiscalYearOf(c.period, startMonth).start === year)
    .map((c) => c.count)
    .sort((a, b) => a - b);
  if (others.length < 2) return null;
  const mid = others.length >> 1;
  const median = others.length % 2 ? (others[mid] ?? 0) : ((others[mid - 1] ?? 0) + (others[mid] ?? 0)) / 2;
  return last.count * 3 < median * 2 ? { period: last.period, count: last.count, median } : null;
}
