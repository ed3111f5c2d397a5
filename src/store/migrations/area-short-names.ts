/** 0012: an optional short name per area, for headings where the full name is long ("Utredning vuxen"). */
import type { Kysely, Migration } from 'kysely';

export const areaShortNames: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('areas').addColumn('short_name', 'text').execute();
  },
};
