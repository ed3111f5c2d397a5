/** The app's formatting: one source with the reports (src/core), plus a few labels. */
import { formatMoney, mnkrSigned } from '#core/format.ts';
import type { Ore } from './contract.ts';

/*
 * Fiscal years come from the server with the figures (`fiscalYear`, `fiscalYears`): the app names
 * them ("2025", "2009/2010") and the months of the year to date with periodSpanLabel(start, period)
 * ("januari–april 2025", "juli 2009 – mars 2010") and never works them out itself.
 */
export { fiscalYearLabel, monthName, periodLabel, periodSpanLabel } from '#core/period.ts';
export { formatMoney, mnkrSigned };

/** "+13,7 mnkr" / "−0,2 mnkr" / "0,0 mnkr". */
export const signedMnkr = (amount: Ore) => mnkrSigned(amount);

/** A table cell in mnkr without unit: "+13,7" (signed) or "13,7". */
export const mnkrCell = (amount: Ore, signed: boolean) => formatMoney(amount, 'mnkr', { signed, bare: true });

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
