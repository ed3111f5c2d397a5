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

/** A table cell in tkr without unit: "+1 234" (signed) or "1 234". */
export const tkrCell = (amount: Ore, signed: boolean) => formatMoney(amount, 'tkr', { signed, bare: true });

/** True when the amount prints as negative in whole tkr. */
export const isNegativeTkr = (amount: Ore) => tkrCell(amount, false).startsWith('\u2212');

/** Kronor with öre, without unit: "1 234,50" / "−250,50". */
export const krCell = (amount: Ore) => formatMoney(amount, 'kr', { decimals: 2, bare: true });

/** "1,2 MB" */
export function formatBytes(bytes: number): string {
  const f = (n: number) => n.toLocaleString('sv-SE', { maximumFractionDigits: 1 });
  if (bytes >= 1024 ** 3) return `${f(bytes / 1024 ** 3)} GB`;
  if (bytes >= 1024 ** 2) return `${f(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${f(bytes / 1024)} kB`;
  return `${bytes} byte`;
}

/** "2025-04-12 14:03" in local time, from an ISO timestamp. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
