/**
 * 0009: who saved a forecast and when (issue 8: forecasts are entered in the product). Rows saved
 * before keep null in both. The forecasts table's data-version triggers (0005) stay as they are.
 */
import type { Kysely, Migration } from 'kysely';

export const forecastAuthors: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('forecasts').addColumn('updated_by', 'text').execute();
    await db.schema.alterTable('forecasts').addColumn('updated_at', 'text').execute();
  },
};
