/** Published versions of a report (migration 0017: rows are written once and never updated). */
import { sql } from 'kysely';
import type { Q } from './committees.ts';
import type { Dialect } from './db.ts';
import { IMPORT_LOCK } from './imports.ts';

export interface VersionRow {
  committeeId: string;
  period: string;
  number: number;
  publishedAt: string;
  publishedBy: string;
}

export interface FrozenVersion extends VersionRow {
  reportJson: string;
  reportHtml: string;
  /** The report document as JSON (0020); null for versions published before. */
  reportDocument: string | null;
}

/**
 * Call first in a publishing transaction. PostgreSQL: takes the imports' advisory lock, so that
 * no import commits while the report is read and two publications of one period cannot take the
 * same number. SQLite: a write that changes nothing takes the write lock at the start (a
 * transaction that read first could not become the writer once another process has committed).
 */
export async function lockForPublishing(q: Q, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(q);
  else await sql`update published_versions set number = number where 0 = 1`.execute(q);
}

/** The highest version number of the committee and period; 0 before the first publication. */
export async function latestVersionNumber(q: Q, committeeId: string, period: string): Promise<number> {
  const row = await q
    .selectFrom('published_versions')
    .select((eb) => eb.fn.max('number').as('latest'))
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}

export async function insertVersion(q: Q, v: FrozenVersion): Promise<void> {
  await q
    .insertInto('published_versions')
    .values({
      committee_id: v.committeeId,
      period: v.period,
      number: v.number,
      published_at: v.publishedAt,
      published_by: v.publishedBy,
      report_json: v.reportJson,
      report_html: v.reportHtml,
      report_document: v.reportDocument,
    })
    .execute();
}

/** The committee's versions (of one period, when given): newest period first, then newest number first. */
export async function listVersionRows(q: Q, committeeId: string, period?: string): Promise<VersionRow[]> {
  let query = q
    .selectFrom('published_versions')
    .select(['committee_id', 'period', 'number', 'published_at', 'published_by'])
    .where('committee_id', '=', committeeId);
  if (period !== undefined) query = query.where('period', '=', period);
  const rows = await query.orderBy('period', 'desc').orderBy('number', 'desc').execute();
  return rows.map((r) => ({
    committeeId: r.committee_id,
    period: r.period,
    number: Number(r.number),
    publishedAt: r.published_at,
    publishedBy: r.published_by,
  }));
}

export async function readVersionRow(q: Q, committeeId: string, period: string, number: number): Promise<FrozenVersion | null> {
  const r = await q
    .selectFrom('published_versions')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!r) return null;
  return {
    committeeId: r.committee_id,
    period: r.period,
    number: Number(r.number),
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    reportJson: r.report_json,
    reportHtml: r.report_html,
    reportDocument: r.report_document ?? null,
  };
}
