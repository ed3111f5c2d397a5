/** The app's formatting: one source with the reports (src/core), plus a few labels. */
import { formatMoney, mnkrSigned } from '#core/format.ts';
import * as period from '#core/period.ts';
import type { Ore } from './contract.ts';

export { fiscalYearLabel, monthName, periodLabel } from '#core/period.ts';
export { formatMoney, mnkrSigned };

/*
 * Labels that follow the committee's fiscal year: the app always passes its first month
 * (`fiscalYearStartMonth`), where core would default to January.
 */

/** "januari–april 2025", "juli–december 2009", "juli 2009 – mars 2010". */
export const yearToDateLabel = (p: string, startMonth: number) => period.yearToDateLabel(p, startMonth);

/** The fiscal year that holds a period: name it with fiscalYearLabel ("2025", "2009/2010"). */
export const fiscalYearOf = (p: string, startMonth: number) => period.fiscalYearOf(p, startMonth);

/** Periods grouped by fiscal year, ascending. */
export const groupByFiscalYear = (periods: readonly string[], startMonth: number) => period.groupByFiscalYear(periods, startMonth);

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
