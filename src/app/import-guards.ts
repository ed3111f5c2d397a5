/**
 * Checks an import makes before it replaces anything: that the file's fiscal years are the
 * committee's (a wrong --committee would merge two ledgers), and that a replacement does not drop
 * months of bookkeeping the database holds (an older export imported after a newer one).
 */

import type { Committee } from '#core/organisation.ts';
import { periodLabel } from '#core/period.ts';
import type { Q } from '#store/committees.ts';
import { listFiscalYears } from '#store/imports.ts';
import { InputError } from './errors.ts';

interface Year {
  start: string;
  end: string;
}

const span = (y: Year) => `${y.start}–${y.end}`;

/** Refuses fiscal years that overlap the committee's known ones without being the same. */
export async function checkFiscalYears(
  q: Q,
  committee: Committee,
  created: boolean,
  years: readonly Year[],
  fileName: string,
): Promise<void> {
  const known = await listFiscalYears(q, committee.id);
  for (const y of years) {
    const clash = known.find((k) => k.start <= y.end && y.start <= k.end && (k.start !== y.start || k.end !== y.end));
    if (clash) {
      throw new InputError(
        `räkenskapsåret ${span(y)} i filen passar inte räkenskapsåret ${span(clash)} som ${committee.name} redan har. Är det rätt nämnd? Inget ändrades.`,
        fileName,
      );
    }
    const startMonth = Number(y.start.slice(5, 7));
    if (!created && known.length === 0 && startMonth !== committee.fiscalYearStartMonth) {
      throw new InputError(
        `räkenskapsåret ${span(y)} i filen börjar i en annan månad än räkenskapsåren i ${committee.name} (månad ${committee.fiscalYearStartMonth}). Är det rätt nämnd? Inget ändrades.`,
        fileName,
      );
    }
  }
}

/**
 * Refuses a replacement of a fiscal year that would remove months with bookkeeping: a newer
 * export holds every month an older one did (`periodsWithData`: the committee's, before the
 * import). `allow` lets a controller replace anyway.
 */
export function checkNoMonthsLost(
  periodsWithData: readonly string[],
  year: Year,
  periodsInFile: ReadonlySet<string>,
  allow: boolean,
  fileName: string,
): void {
  if (allow) return;
  const from = year.start.slice(0, 7);
  const to = year.end.slice(0, 7);
  const lost = periodsWithData.filter((p) => p >= from && p <= to && !periodsInFile.has(p));
  if (lost.length === 0) return;
  const months = lost.map(periodLabel).join(', ');
  throw new InputError(
    `filen saknar bokföring för ${months}, som redan finns inläst för räkenskapsåret ${span(year)}. Är den en äldre export? ` +
      'Importen stoppades och inget ändrades. Ska månaderna tas bort ändå: importera med "Ersätt även saknade månader" (--allow-removing-months).',
    fileName,
  );
}
