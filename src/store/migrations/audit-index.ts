/**
 * 0019: the audit log read by area and by period. 0015's index (committee, time) serves a
 * committee's newest page; these two serve its filters "per area" and "per period" (newest first)
 * without reading every entry of the committee: with 200 000 entries a filtered page took
 * 57–69 ms on SQLite from 0015's index alone (bench/audit.ts). The area or the period leads, so
 * that a query without it (a user's changes, the newest page) is never planned on these and
 * sorted: it keeps 0015's index and its order. The area's index holds the period too: an area's
 * month reads its own entries only.
 */
import type { Kysely, Migration } from 'kysely';

export const auditIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('audit_log_area').on('audit_log').columns(['area_id', 'committee_id', 'period', 'at']).execute();
    await db.schema.createIndex('audit_log_period').on('audit_log').columns(['period', 'committee_id', 'at']).execute();
  },
};
