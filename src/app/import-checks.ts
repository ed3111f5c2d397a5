/**
 * The last check of an import before it commits: every figure a report will compute from the
 * committee's amounts stays an exact integer (core's MAX_YEAR_VOLUME), so that an accepted import
 * can always be reported.
 */
import { MAX_YEAR_VOLUME, oversizedYears } from '#core/ledger-checks.ts';
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
