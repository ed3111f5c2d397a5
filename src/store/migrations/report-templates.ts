/**
 * 0021: a committee's report template (src/core/template.ts), one row per committee. The
 * sections, cover text, charts and key figures are one JSON document (template_json); the logo
 * is in columns of its own (its media type, the image as base64 and its text alternative), so
 * that reading or saving the template never carries the image along. A committee without a row,
 * or whose template_json is null (reset), has DEFAULT_TEMPLATE. `version` counts every change
 * (a save names the version it started from). Reports are built from it: its writes bump the
 * data version. A published version froze its whole document, logo included, so a later change
 * here never changes what was published.
 */
import type { Kysely, Migration } from 'kysely';
import { addDataVersionTriggers } from '../data-version.ts';

/** The tables of this migration that reports read (their writes bump the data version). */
export const TEMPLATE_TABLES = ['report_templates'] as const;

export const reportTemplates: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('report_templates')
      .addColumn('committee_id', 'text', (c) => c.primaryKey().references('committees.id').onDelete('cascade'))
      .addColumn('template_json', 'text')
      .addColumn('logo_media_type', 'text')
      .addColumn('logo_base64', 'text')
      .addColumn('logo_alt', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await addDataVersionTriggers(db, TEMPLATE_TABLES);
  },
};
