/**
 * Published versions of a committee's report for a period: publishing freezes the report JSON
 * (exactly as GET /api/committees/:id/reports/:period answers it) and the standalone HTML report
 * as version 1, 2, … of the period. A later import or edit changes the working report, never a
 * published version; republishing makes the next version. The difference between two versions is
 * diffVersions in src/core/version-diff.ts.
 */
import { type ReportJson, ReportJson as ReportJsonSchema } from '#contract/reports.ts';
import { isPeriod, periodLabel } from '#core/period.ts';
import { diffVersions, type VersionDiff } from '#core/version-diff.ts';
import { renderHtml } from '#report/html.ts';
import { toJsonContract } from '#report/json.ts';
import type { ReportDocument } from '#report/model.ts';
import { recordAudit } from '#store/audit.ts';
import type { Db } from '#store/db.ts';
import {
  type FrozenVersion,
  insertVersion,
  latestVersionNumber,
  listVersionRows,
  lockForPublishing,
  readVersionRow,
  type VersionRow,
} from '#store/versions.ts';
import { committeeIn } from './committees.ts';
import { recordPublished } from './cycle.ts';
import { InputError, NotFoundError } from './errors.ts';
import { readReport } from './report.ts';

export type VersionSummary = VersionRow;

/** Publishes the committee's report for the period as its next version, in one write transaction. */
export async function publishVersion(
  db: Db,
  committeeId: string,
  period: string,
  user: string,
  at = new Date().toISOString(),
): Promise<VersionSummary> {
  checkPeriod(period);
  return db.write(async (q) => {
    await lockForPublishing(q, db.dialect);
    const doc = await readReport(q, committeeId, period);
    const number = (await latestVersionNumber(q, committeeId, period)) + 1;
    // The cycle's rule: an opened period is published only once approved; its state becomes published.
    await recordPublished(q, committeeId, period, user, number);
    const published: ReportDocument = {
      ...doc,
      cover: { ...doc.cover, status: { kind: 'published', version: number, publishedAt: at, publishedBy: user } },
    };
    const version: FrozenVersion = {
      committeeId,
      period,
      number,
      publishedAt: at,
      publishedBy: user,
      reportJson: JSON.stringify(ReportJsonSchema.encode(toJsonContract(doc))),
      reportHtml: renderHtml(published),
      reportDocument: JSON.stringify(published),
    };
    await insertVersion(q, version);
    const summary = summaryOf(version);
    await recordAudit(
      q,
      { user, committeeId, period, entity: 'version', key: `${period}/${number}`, action: 'publish', before: null, after: summary },
      at,
    );
    return summary;
  });
}

/** The committee's published versions (of one period, when given), newest first. */
export async function listVersions(db: Db, committeeId: string, period?: string): Promise<VersionSummary[]> {
  if (period !== undefined) checkPeriod(period);
  return db.snapshot(async (q) => {
    await committeeIn(q, committeeId);
    return listVersionRows(q, committeeId, period);
  });
}

/** One published version with its frozen report JSON (as text, byte for byte) and HTML. */
export async function readVersion(db: Db, committeeId: string, period: string, number: number): Promise<FrozenVersion> {
  checkPeriod(period);
  return db.snapshot(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const version = await readVersionRow(q, committeeId, period, number);
    if (!version) throw new NotFoundError(`${committee.name} har ingen publicerad version ${number} för ${periodLabel(period)}.`);
    return version;
  });
}

export interface PublishedDiff {
  committee: string;
  period: string;
  from: VersionSummary;
  to: VersionSummary;
  changes: VersionDiff['changes'];
}

/**
 * What changed from version `from` to version `to` of the period. Without `to`: the latest
 * version; without `from`: the one before `to`.
 */
export async function diffPublishedVersions(
  db: Db,
  committeeId: string,
  period: string,
  numbers: { from?: number; to?: number } = {},
): Promise<PublishedDiff> {
  checkPeriod(period);
  const versions = await listVersions(db, committeeId, period);
  const to = numbers.to ?? versions[0]?.number;
  if (to === undefined) throw new NotFoundError(`Det finns ingen publicerad version för ${periodLabel(period)}.`);
  const from = numbers.from ?? to - 1;
  if (from < 1) throw new InputError(`version ${to} är den första: det finns ingen tidigare att jämföra med`, 'from');
  const [older, newer] = await Promise.all([readVersion(db, committeeId, period, from), readVersion(db, committeeId, period, to)]);
  const { changes } = diffVersions(JSON.parse(older.reportJson) as ReportJson, JSON.parse(newer.reportJson) as ReportJson);
  return { committee: committeeId, period, from: summaryOf(older), to: summaryOf(newer), changes };
}

function summaryOf({ reportJson: _json, reportHtml: _html, reportDocument: _document, ...summary }: FrozenVersion): VersionSummary {
  return summary;
}

function checkPeriod(period: string): void {
  if (!isPeriod(period)) throw new InputError(`"${period}" är ingen period (ange år och månad som ÅÅÅÅ-MM, t.ex. 2025-04)`, 'period');
}
