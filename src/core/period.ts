/**
 * Periods are calendar months written "YYYY-MM". A fiscal year is twelve months from a start
 * month (January for Swedish municipalities; other start months are supported for split years).
 */
export type Period = string;

export class PeriodError extends Error {}

export const MONTHS_SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export interface YearMonth {
  year: number;
  month: number; // 1..12
}

/** "YYYY-MM" with a year 0001–9999 and a month 01–12. */
export const PERIOD_PATTERN = /^(?!0000)\d{4}-(0[1-9]|1[0-2])$/;

export function parsePeriod(text: string): YearMonth {
  if (!PERIOD_PATTERN.test(text)) throw new PeriodError(`not a period (YYYY-MM): "${text}"`);
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)) };
}

export function isPeriod(text: string): boolean {
  return PERIOD_PATTERN.test(text);
}

export function formatPeriod({ year, month }: YearMonth): Period {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(period: Period, months: number): Period {
  const { year, month } = parsePeriod(period);
  const index = year * 12 + (month - 1) + months;
  return formatPeriod({ year: Math.floor(index / 12), month: (index % 12) + 1 });
}

export function compareP(a: Period, b: Period): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface FiscalYear {
  /** First period of the fiscal year. */
  start: Period;
  /** Last period (start + 11 months for an ordinary year). */
  end: Period;
}

/** The fiscal year that holds a period, for a given first calendar month of the fiscal year. */
export function fiscalYearOf(period: Period, startMonth = 1): FiscalYear {
  const { year, month } = parsePeriod(period);
  const startYear = month >= startMonth ? year : year - 1;
  const start = formatPeriod({ year: startYear, month: startMonth });
  return { start, end: addMonths(start, 11) };
}

/** Name of a fiscal year: the calendar year it starts in, "2025/2026" for a split year. */
export function fiscalYearLabel(fy: FiscalYear): string {
  const a = fy.start.slice(0, 4);
  const b = fy.end.slice(0, 4);
  return a === b ? a : `${a}/${b}`;
}

/** Months 1..m of the fiscal year, as periods (year to date). */
export function yearToDate(period: Period, startMonth = 1): Period[] {
  const fy = fiscalYearOf(period, startMonth);
  const out: Period[] = [];
  for (let p = fy.start; p <= period; p = addMonths(p, 1)) out.push(p);
  return out;
}

/** The previous period within the same fiscal year, or null in its first month. */
export function previousInYear(period: Period, startMonth = 1): Period | null {
  const fy = fiscalYearOf(period, startMonth);
  return period === fy.start ? null : addMonths(period, -1);
}

/** All twelve periods of the fiscal year. */
export function periodsOfYear(fy: FiscalYear): Period[] {
  const out: Period[] = [];
  for (let p = fy.start; p <= fy.end; p = addMonths(p, 1)) out.push(p);
  return out;
}

/** "april 2025" */
export function periodLabel(period: Period): string {
  const { year, month } = parsePeriod(period);
  return `${MONTHS_SV[month - 1]} ${year}`;
}

/**
 * The months from `from` to `to` (inclusive) in Swedish: "april 2025" for one month, "juli–december 2009"
 * within one calendar year, "juli 2009 – mars 2010" across two (spaced dash: the parts have spaces).
 */
export function periodSpanLabel(from: Period, to: Period): string {
  if (from === to) return periodLabel(to);
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  const fromName = MONTHS_SV[a.month - 1];
  return a.year === b.year ? `${fromName}–${periodLabel(to)}` : `${fromName} ${a.year} – ${periodLabel(to)}`;
}

/** Periods grouped by the fiscal year that holds them, in the order given (ascending in, ascending out). */
export function groupByFiscalYear(periods: readonly Period[], startMonth = 1): { year: FiscalYear; periods: Period[] }[] {
  const groups: { year: FiscalYear; periods: Period[] }[] = [];
  for (const period of periods) {
    const year = fiscalYearOf(period, startMonth);
    const last = groups[groups.length - 1];
    if (last && last.year.start === year.start) last.periods.push(period);
    else groups.push({ year, periods: [period] });
  }
  return groups;
}

/** "april" */
export function monthName(period: Period): string {
  return MONTHS_SV[parsePeriod(period).month - 1] ?? '';
}
