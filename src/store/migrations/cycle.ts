/**
 * 0016: the monthly cycle (src/core/cycle.ts). One row per committee and period that the
 * controller has opened (the whole's state, its deadline, the areas' default deadline, the latest
 * published version's number) and one per area of it (state, deadline, the return note, who
 * changed it last and when). Nothing a report is built from: the answers are never cached.
 */
import type { Kysely, Migration } from 'kysely';

export const cycleMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('cycle_periods')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      /** YYYY-MM-DD: the whole report's deadline. */
      .addColumn('deadline', 'text', (c) => c.notNull())
      /** YYYY-MM-DD: the deadline of an area without one of its own (an area added after opening). */
      .addColumn('area_deadline', 'text', (c) => c.notNull())
      .addColumn('published_version', 'integer')
      .addColumn('opened_by', 'text', (c) => c.notNull())
      .addColumn('opened_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('cycle_periods_pk', ['committee_id', 'period'])
      .execute();
    await db.schema
      .createTable('cycle_areas')
      .addColumn('committee_id', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      /** The controller's note of the latest return; kept after the area is ready again, for the record. */
      .addColumn('note', 'text')
      .addColumn('updated_by', 'text')
      .addColumn('updated_at', 'text')
      .addPrimaryKeyConstraint('cycle_areas_pk', ['committee_id', 'period', 'area_id'])
      .addForeignKeyConstraint('cycle_areas_period_fk', ['committee_id', 'period'], 'cycle_periods', ['committee_id', 'period'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();
  },
};
