/**
 * 0013: the project a posting is tagged with, in the SIE dimension the committee names for its
 * investment projects (committees.project_dimension), so that a project's actual comes from the
 * ledger; the undo journal keeps it too.
 */
import type { Kysely, Migration } from 'kysely';

export const postingProjects: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('committees').addColumn('project_dimension', 'integer').execute();
    await db.schema.alterTable('ledger_postings').addColumn('project', 'text').execute();
    await db.schema.alterTable('import_undo_postings').addColumn('project', 'text').execute();
  },
};
