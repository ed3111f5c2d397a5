/**
 * The tables of the review and its people (issue 9): users, their roles and sessions, the audit
 * log, the monthly cycle and published versions. Part of Schema (schema.ts).
 */
import type { ColumnType } from 'kysely';

/** People (migrations/users-sessions.ts). */
export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  oidc_subject: string | null;
  password_hash: string | null;
  must_change_password: ColumnType<number, number | undefined, number>;
  disabled: ColumnType<number, number | undefined, number>;
  created_at: string;
  created_by: string;
}
export interface UserRoleTable {
  user_id: string;
  /** '' for admin. */
  committee_id: string;
  role: string;
}
export interface UserAreaTable {
  user_id: string;
  committee_id: string;
  area_id: string;
}
export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  method: string;
}

/** The audit log (migrations/audit.ts): before/after are JSON, null for a creation or a removal. */
export interface AuditLogTable {
  id: string;
  at: string;
  user_name: string;
  committee_id: string | null;
  area_id: string | null;
  period: string | null;
  entity: string;
  entity_key: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

/** The monthly cycle (migrations/cycle.ts). */
export interface CyclePeriodTable {
  committee_id: string;
  period: string;
  state: string;
  deadline: string;
  area_deadline: string;
  published_version: number | null;
  opened_by: string;
  opened_at: string;
  updated_by: string;
  updated_at: string;
}
export interface CycleAreaTable {
  committee_id: string;
  period: string;
  area_id: string;
  state: string;
  deadline: string;
  note: string | null;
  updated_by: string | null;
  updated_at: string | null;
}

/** A published version of a committee's report for a period (0017; rows are never updated). */
export interface PublishedVersionTable {
  committee_id: string;
  period: string;
  number: number;
  published_at: string;
  published_by: string;
  /** The report JSON exactly as GET /api/committees/:id/reports/:period answered it. */
  report_json: string;
  /** The standalone HTML report. */
  report_html: string;
  /** The report document (src/report/model.ts) as JSON, from which PDF, DOCX and XLSX are rendered; null before 0020. */
  report_document: string | null;
}
