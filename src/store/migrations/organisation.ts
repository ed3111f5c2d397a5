/**
 * 0007: the organisation a committee's ledger comes from (#ORGNR and #FNAMN of the SIE file it was
 * created from, or that last replaced it), so that a file of another organisation is refused; and
 * the undo journal's copy of it.
 */
import type { Kysely, Migration } from 'kysely';

export const committeeOrganisation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('committee_organisations')
      .addColumn('committee_id', 'text', (c) => c.primaryKey().references('committees.id').onDelete('cascade'))
      .addColumn('org_number', 'text')
      .addColumn('org_name', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    // The undo journal (0006) keeps the organisation as it was before an import.
    await db.schema.alterTable('import_undo_journals').addColumn('organisation_row', 'text').execute();
  },
};
