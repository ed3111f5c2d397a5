/**
 * 0008: texts get a version (1, 2, … counted per text; a save names the version it replaces) and
 * who saved them; every change is kept in text_history (who, when, the body before and after).
 * Existing texts become version 1, saved by nobody named ('').
 */
import type { Kysely, Migration } from 'kysely';

export const textVersions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('texts')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .alterTable('texts')
      .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema
      .createTable('text_history')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      /** Null when the change created the text. */
      .addColumn('body_before', 'text')
      .addColumn('body_after', 'text', (c) => c.notNull())
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('text_history_pk', ['committee_id', 'period', 'area_id', 'kind', 'version'])
      .execute();
  },
};
