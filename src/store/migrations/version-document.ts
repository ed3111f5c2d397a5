/**
 * 0020: a published version also freezes the report document itself (src/report/model.ts, as
 * JSON), so its PDF, Word and Excel files are rendered from what was published, never from the
 * working draft. Versions published before have none (null): they keep their JSON and HTML.
 * Adding a column is no UPDATE: the 0017 trigger still refuses every change to a row.
 */
import { type Kysely, type Migration, sql } from 'kysely';

export const versionDocument: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`ALTER TABLE published_versions ADD COLUMN report_document text`.execute(db);
  },
};
