/** Reads the audit log (audit.ts writes it): one committee's entries by filter, newest first. */
import type { SelectQueryBuilder } from 'kysely';
import type { Q } from './committees.ts';
import type { Schema } from './schema.ts';
import type { AuditLogTable } from './schema-review.ts';

export interface AuditSelection {
  committeeId: string;
  areaId?: string | undefined;
  period?: string | undefined;
  entity?: string | undefined;
  user?: string | undefined;
  /** ISO instants, inclusive from and exclusive to. */
  from?: string | undefined;
  until?: string | undefined;
}

export interface AuditRow {
  id: string;
  at: string;
  user: string;
  committeeId: string | null;
  areaId: string | null;
  period: string | null;
  entity: string;
  key: string;
  action: string;
  before: unknown;
  after: unknown;
}

function selected(q: Q, s: AuditSelection): SelectQueryBuilder<Schema, 'audit_log', object> {
  let query = q.selectFrom('audit_log').where('committee_id', '=', s.committeeId);
  if (s.areaId !== undefined) query = query.where('area_id', '=', s.areaId);
  if (s.period !== undefined) query = query.where('period', '=', s.period);
  if (s.entity !== undefined) query = query.where('entity', '=', s.entity);
  if (s.user !== undefined) query = query.where('user_name', '=', s.user);
  if (s.from !== undefined) query = query.where('at', '>=', s.from);
  if (s.until !== undefined) query = query.where('at', '<', s.until);
  return query;
}

const parsed = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

const rowOf = (r: AuditLogTable): AuditRow => ({
  id: r.id,
  at: r.at,
  user: r.user_name,
  committeeId: r.committee_id,
  areaId: r.area_id,
  period: r.period,
  entity: r.entity,
  key: r.entity_key,
  action: r.action,
  before: parsed(r.before_json),
  after: parsed(r.after_json),
});

/** How many entries the selection holds. */
export async function countAudit(q: Q, s: AuditSelection): Promise<number> {
  const r = await selected(q, s)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** The selection's entries, newest first; `page` cuts it (all when absent). */
export async function listAudit(q: Q, s: AuditSelection, page?: { limit: number; offset: number }): Promise<AuditRow[]> {
  let query = selected(q, s).selectAll().orderBy('at', 'desc').orderBy('id', 'desc');
  if (page) query = query.limit(page.limit).offset(page.offset);
  return (await query.execute()).map(rowOf);
}
