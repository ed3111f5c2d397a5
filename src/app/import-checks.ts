/**
 * The last check of an import before it commits: every figure a report will compute from the
 * committee's amounts stays an exact integer (core's MAX_YEAR_VOLUME), so that an accepted import
 * can always be reported.
 */
import { MAX_YEAR_VOLUME, type MonthCount, oversizedYears, shortLastMonth } from '#core/ledger-checks.ts';
import { periodLabel } from '#core/period.ts';
import { periodVolumes } from '#store/amounts.ts';
import type { Q } from '#store/committees.ts';
import { InputError } from './errors.ts';

const mnkr = (ore: number) => (Number.isFinite(ore) ? `${Math.round(ore / 1e8).toLocaleString('sv-SE')} mnkr` : 'ett oändligt belopp');

/** Refuses (rolls back) an import after which a fiscal year's amounts are too large to report. */
export async function checkReportable(q: Q, committeeId: string, fiscalYearStartMonth: number, fileName: string): Promise<void> {
  const over = oversizedYears(await periodVolumes(q, committeeId), fiscalYearStartMonth);
  const first = over[0];
  if (!first) return;
  throw new InputError(
    `beloppen är för stora: med filen blir summan av alla belopp (utfall och budget, utan tecken) för räkenskapsåret ${first.year} ` +
      `${mnkr(first.volume)}, mer än rapporterna kan räkna exakt med (högst ${mnkr(MAX_YEAR_VOLUME)} per år). ` +
      'Kontrollera beloppen och decimaltecknet i filen. Inget ändrades.',
    fileName,
  );
}

/**
 * The warning where the last month holds clearly fewer vouchers (SIE) or rows (a sheet) than the
 * other months of its fiscal year (core's shortLastMonth), or null.
 */
export function shortMonthWarning(counts: readonly MonthCount[], startMonth: number, what: 'verifikationer' | 'rader'): string | null {
  const short = shortLastMonth(counts, startMonth);
  if (!short) return null;
  const noun = short.count !== 1 ? what : what === 'rader' ? 'rad' : 'verifikation';
  return (
    `den sista månaden, ${periodLabel(short.period)}, har ${short.count.toLocaleString('sv-SE')} ${noun}, ` +
    `mot ${Math.round(short.median).toLocaleString('sv-SE')} i en vanlig månad av året: är filen avkortad, ` +
    'eller exporterades den innan månaden var färdigbokförd?'
  );
}
