/** The audit log's routes: one page as JSON, and the CSV of every matching change. */
import type { AuditPage } from '#contract/index.ts';
import { getJson } from '../shared/api.ts';

export interface AuditFilters {
  area: string;
  period: string;
  entity: string;
}

function query(filters: AuditFilters, page?: { limit: number; offset: number }): string {
  const q = new URLSearchParams();
  if (filters.area) q.set('area', filters.area);
  if (filters.period) q.set('period', filters.period);
  if (filters.entity) q.set('entity', filters.entity);
  if (page) {
    q.set('limit', String(page.limit));
    q.set('offset', String(page.offset));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

const base = (committee: string) => `/api/committees/${encodeURIComponent(committee)}/audit`;

export const auditCsvUrl = (committee: string, filters: AuditFilters) => `${base(committee)}.csv${query(filters)}`;

export const fetchAuditPage = (committee: string, filters: AuditFilters, page: { limit: number; offset: number }, signal?: AbortSignal) =>
  getJson<AuditPage>(`${base(committee)}${query(filters, page)}`, signal);
