/**
 * 0013: the project a posting is tagged with, in the SIE dimension the committee tells its
 * investment projects by (investment_settings, 0010), so that a project's actual comes from the
 * ledger; the undo journal keeps it too.
 */
import type { Kysely, Migration } from 'kysely';

export const postingProjects: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('ledger_postings').addColumn('project', 'text').execute();
    await db.schema.alterTable('import_undo_postings').addColumn('project', 'text').execute();
  },
};
