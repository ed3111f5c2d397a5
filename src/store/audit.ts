/** Writes the audit log (migrations/audit.ts). Reading and exporting it: src/app/audit.ts. */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema.ts';

/** What changed. `entity` names the kind of thing (text, forecast, decision, item, mapping, import, user, state, …). */
export interface AuditEntry {
  user: string;
  committeeId: string | null;
  areaId?: string | null;
  period?: string | null;
  entity: string;
  /** Which one of its kind (a text's kind, a decision's id, a user's name, …). */
  key: string;
  /** create, update, delete, or a verb of the entity (import, undo, ready, approve, publish, grant, …). */
  action: string;
  /** The value before and after, as plain JSON-able data; null for a creation or a removal. */
  before: unknown;
  after: unknown;
}

/** Entries of one process, counted: within a millisecond their ids sort in the order they were made. */
let sequence = 0;

/** The time, then the process's count, then randomness (unique across processes and threads). */
function auditId(at: string): string {
  sequence = (sequence + 1) % 1e9;
  return `${at}-${String(sequence).padStart(9, '0')}-${randomUUID().slice(0, 8)}`;
}

/** Records one change, inside the caller's transaction so that the log and the change commit together. */
export async function recordAudit(
  q: Kysely<Schema> | Transaction<Schema>,
  entry: AuditEntry,
  at = new Date().toISOString(),
): Promise<void> {
  await q
    .insertInto('audit_log')
    .values({
      id: auditId(at),
      at,
      user_name: entry.user,
      committee_id: entry.committeeId,
      area_id: entry.areaId ?? null,
      period: entry.period ?? null,
      entity: entry.entity,
      entity_key: entry.key,
      action: entry.action,
      before_json: entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
