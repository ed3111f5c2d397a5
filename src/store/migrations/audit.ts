/**
 * 0015: the audit log. One row per change: who, when, what (entity and key) and the values before
 * and after (JSON), with the committee, area and period it belongs to for filtering. No foreign
 * keys: the log outlives what it describes.
 */
import type { Kysely, Migration } from 'kysely';

export const auditLog: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_name', 'text', (c) => c.notNull())
      .addColumn('committee_id', 'text')
      .addColumn('area_id', 'text')
      .addColumn('period', 'text')
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_key', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('before_json', 'text')
      .addColumn('after_json', 'text')
      .execute();
    await db.schema.createIndex('audit_log_committee').on('audit_log').columns(['committee_id', 'at']).execute();
  },
};
