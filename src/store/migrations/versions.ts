/**
 * 0017: published versions of a committee's report for a period. Each row is frozen when it is
 * written: the report JSON exactly as the report route answered it then, and the standalone HTML
 * report. A trigger refuses every UPDATE, so nothing (a later import, an edit, a hand-written
 * statement) changes a published version; a new publication is a new row with the next number.
 * Rows go only with their committee (ON DELETE CASCADE).
 */
import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';

export const IMMUTABLE_VERSION_MESSAGE = 'En publicerad version kan inte ändras: publicera en ny version i stället.';

export const publishedVersions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('published_versions')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addColumn('published_by', 'text', (c) => c.notNull())
      .addColumn('report_json', 'text', (c) => c.notNull())
      .addColumn('report_html', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('published_versions_pk', ['committee_id', 'period', 'number'])
      .execute();
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`
        CREATE OR REPLACE FUNCTION refuse_version_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '${sql.raw(IMMUTABLE_VERSION_MESSAGE)}';
        END $$`.execute(db);
      await sql`CREATE TRIGGER published_versions_immutable BEFORE UPDATE ON published_versions
        FOR EACH ROW EXECUTE FUNCTION refuse_version_update()`.execute(db);
    } else {
      await sql`CREATE TRIGGER published_versions_immutable BEFORE UPDATE ON published_versions
        BEGIN SELECT RAISE(ABORT, '${sql.raw(IMMUTABLE_VERSION_MESSAGE)}'); END`.execute(db);
    }
  },
};
