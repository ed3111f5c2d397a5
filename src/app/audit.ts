/**
 * Use cases: the audit log of a committee, read by area, period, kind of change, user and time,
 * newest first and paged, and exported as CSV for Excel (UTF-8 with BOM, RFC 4180 quoting, no
 * cell ever read as a formula). Writing it: recordAudit in each use case's transaction.
 */
import { stringify } from 'csv-stringify/sync';
import type { AuditEntryJson, AuditFilter, AuditPage } from '#contract/audit.ts';
import { actionLabel, entityLabel } from '#core/audit.ts';
import { type AuditRow, type AuditSelection, countAudit, listAudit } from '#store/audit-read.ts';
import { listAreas, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { committeeIn } from './committees.ts';
import { InputError } from './errors.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * A bound as an ISO instant (UTC, as the log stores them). `from` is inclusive: a date is its
 * day's start. `to` is inclusive too, so the exclusive bound returned is the next day's start for
 * a date and the next millisecond for a time.
 */
function bound(value: string | undefined, field: 'from' | 'to'): string | undefined {
  if (value === undefined || value === '') return undefined;
  const date = isDate(value);
  const time = Date.parse(date ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time)) throw new InputError(`"${value}" är ingen tidpunkt (ange ÅÅÅÅ-MM-DD eller ISO 8601)`, field);
  return new Date(field === 'from' ? time : time + (date ? DAY_MS : 1)).toISOString();
}

function selectionOf(committeeId: string, f: Partial<AuditFilter>): AuditSelection {
  return {
    committeeId,
    areaId: f.area || undefined,
    period: f.period || undefined,
    entity: f.entity || undefined,
    user: f.user || undefined,
    from: bound(f.from, 'from'),
    until: bound(f.to, 'to'),
  };
}

async function areaNames(q: Q, committeeId: string): Promise<Map<string, string>> {
  return new Map((await listAreas(q, committeeId)).map((a) => [a.id, a.name]));
}

const entryJson = (r: AuditRow, names: Map<string, string>): AuditEntryJson => ({
  id: r.id,
  at: r.at,
  user: r.user,
  committee: r.committeeId,
  area: r.areaId,
  areaName: r.areaId === null ? null : (names.get(r.areaId) ?? r.areaId),
  period: r.period,
  entity: r.entity,
  entityLabel: entityLabel(r.entity),
  key: r.key,
  action: r.action,
  actionLabel: actionLabel(r.action),
  before: r.before,
  after: r.after,
});

/** One page of the committee's log, newest first, with how many entries the filter holds. */
export async function readAudit(db: Db, committeeId: string, filter: Partial<AuditFilter> = {}): Promise<AuditPage> {
  const limit = filter.limit ?? 50;
  const offset = filter.offset ?? 0;
  const selection = selectionOf(committeeId, filter);
  return db.snapshot(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const names = await areaNames(q, committeeId);
    const total = await countAudit(q, selection);
    const rows = await listAudit(q, selection, { limit, offset });
    return { committee: { id: committee.id, name: committee.name }, total, limit, offset, entries: rows.map((r) => entryJson(r, names)) };
  });
}

export const AUDIT_CSV_COLUMNS = ['tid', 'användare', 'nämnd', 'område', 'period', 'vad', 'nyckel', 'åtgärd', 'före', 'efter'] as const;

const cell = (value: unknown): string => (value === null || value === undefined ? '' : JSON.stringify(value));

/** The entries as CSV: a header, one row an entry, CRLF; UTF-8 with BOM; a cell starting with = + - @ gets a ' first. */
export function auditCsv(entries: readonly AuditEntryJson[]): string {
  const rows = entries.map((e) => [
    e.at,
    e.user,
    e.committee ?? '',
    e.areaName ?? '',
    e.period ?? '',
    e.entityLabel,
    e.key,
    e.actionLabel,
    cell(e.before),
    cell(e.after),
  ]);
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...AUDIT_CSV_COLUMNS],
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}

/** Every entry the filter holds (no paging), as CSV. */
export async function exportAudit(db: Db, committeeId: string, filter: Partial<AuditFilter> = {}): Promise<string> {
  const selection = selectionOf(committeeId, filter);
  const entries = await db.snapshot(async (q) => {
    await committeeIn(q, committeeId);
    const names = await areaNames(q, committeeId);
    return (await listAudit(q, selection)).map((r) => entryJson(r, names));
  });
  return auditCsv(entries);
}
