/**
 * The period's text warnings (src/core/text-warnings.ts decides them; text-warnings-check.ts fills
 * them into the report, so the texts API and the report JSON carry them as well).
 */
import type { TextWarning } from '#core/text-warnings.ts';
import type { ReportDocument } from '#report/model.ts';
import type { Db } from '#store/db.ts';
import { buildReport } from './report.ts';

export type { TextWarning };

/** Every warning of the period's texts: the committee's first, then each area's in the report's order. */
export function warningsOf(doc: ReportDocument): TextWarning[] {
  return [...doc.committeeTexts.flatMap((t) => t.warnings), ...doc.areas.flatMap((a) => a.texts.flatMap((t) => t.warnings))];
}

/** The period's text warnings, for the controller's overview, the CLI and the texts pages. */
export async function loadTextWarnings(db: Db, committeeId: string, period: string): Promise<TextWarning[]> {
  return warningsOf(await buildReport(db, committeeId, period));
}
