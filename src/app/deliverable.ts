/**
 * The report a person downloads (PDF, Word, Excel) or kommunstyrelsen rolls up: the latest
 * published version of the period where one exists, frozen as it was published, else the working
 * draft (its cover says "Utkast", and so does every page). A given version number reads that one.
 */
import { periodLabel } from '#core/period.ts';
import type { ReportDocument } from '#report/model.ts';
import type { Db } from '#store/db.ts';
import { latestVersionNumber, readVersionRow } from '#store/versions.ts';
import { committeeIn } from './committees.ts';
import { NotFoundError } from './errors.ts';
import { buildReport } from './report.ts';

export interface DeliverableChoice {
  /** A published version's number; absent: the latest published, else the draft. */
  version?: number;
  /** The working draft even when a version is published (the controller's preview). */
  draft?: boolean;
}

export async function readDeliverable(
  db: Db,
  committeeId: string,
  period: string,
  choice: DeliverableChoice = {},
): Promise<ReportDocument> {
  if (choice.draft) return buildReport(db, committeeId, period);
  const frozen = await db.snapshot(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const number = choice.version ?? (await latestVersionNumber(q, committeeId, period));
    if (number === 0) return null;
    const row = await readVersionRow(q, committeeId, period, number);
    if (!row) throw new NotFoundError(`${committee.name} har ingen publicerad version ${number} för ${periodLabel(period)}.`);
    return row;
  });
  if (frozen?.reportDocument) return JSON.parse(frozen.reportDocument) as ReportDocument;
  if (frozen && choice.version !== undefined) {
    throw new NotFoundError(
      `Version ${frozen.number} för ${periodLabel(period)} publicerades före PDF, Word och Excel: den finns bara som HTML och JSON. Publicera en ny version.`,
    );
  }
  // No version yet, or only ones published before documents were frozen (0020): the draft.
  return buildReport(db, committeeId, period);
}
