/**
 * The demo's April report for the PDF tests, built into an in-memory SQLite database, and
 * whether the PDF tests can run here (Chromium and poppler; under CI=true they must).
 */
import { loadDemo } from '#app/demo/index.ts';
import { buildReport } from '#app/report.ts';
import type { ReportDocument } from '#report/model.ts';
import { findChrome } from '#report/pdf/chromium.ts';
import { openDatabase } from '#store/db.ts';
import { hasPoppler } from './pdf-read.ts';

const missing = [findChrome() ? null : 'Chromium (UPPFOLJNING_CHROME)', hasPoppler() ? null : 'poppler-utils'].filter(Boolean);
/** describe.skipIf(SKIP_PDF): only outside CI, on a machine without Chromium or poppler. */
export const SKIP_PDF = missing.length > 0 && process.env.CI !== 'true';
if (SKIP_PDF) console.warn(`${missing.join(' and ')} not found: PDF tests skipped.`);

/** The date a draft's cover and footer print in the tests. */
export const TEST_NOW = new Date('2025-12-02T09:00:00Z');

export async function demoApril(): Promise<ReportDocument> {
  const db = await openDatabase({ file: ':memory:' });
  try {
    await loadDemo(db);
    return await buildReport(db, 'socialnamnden', '2025-04');
  } finally {
    await db.close();
  }
}
