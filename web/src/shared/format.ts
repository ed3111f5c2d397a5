/** The app's formatting: one source with the reports (src/core), plus a few labels. */
import { formatMoney, mnkrSigned } from '../../../src/core/format.ts';
import { fiscalYearOf, MONTHS_SV, monthName, parsePeriod, periodLabel } from '../../../src/core/period.ts';
import type { Ore } from './contract.ts';

export { formatMoney, mnkrSigned, monthName, periodLabel };

/** "+13,7 mnkr" / "−0,2 mnkr" / "0,0 mnkr". */
export const signedMnkr = (amount: Ore) => mnkrSigned(amount);

/** A table cell in mnkr without unit: "+13,7" (signed) or "13,7". */
export const mnkrCell = (amount: Ore, signed: boolean) => formatMoney(amount, 'mnkr', { signed, bare: true });

/** "januari–april 2025": the months the year-to-date figures cover. */
export function yearToDateLabel(period: string): string {
  const start = fiscalYearOf(period).start;
  if (start === period) return periodLabel(period);
  const from = parsePeriod(start);
  const to = parsePeriod(period);
  const fromName = MONTHS_SV[from.month - 1] ?? '';
  return from.year === to.year ? `${fromName}–${periodLabel(period)}` : `${fromName} ${from.year}–${periodLabel(period)}`;
}

/** "April" */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** True when the amount prints as negative in mnkr with one decimal (so "−0,0" never shows red). */
export const isNegative = (amount: Ore) => mnkrCell(amount, false).startsWith('\u2212');
