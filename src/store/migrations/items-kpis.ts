/**
 * 0011: committee-level items with their inputs, and key figures (nyckeltal).
 * - committee_items gains the item's kind and inputs (src/core/committee-items.ts): `amount` keeps
 *   its meaning (the item's effect in öre, now computed from the inputs when there are any);
 *   rows written before this migration have kind NULL: an amount entered as such.
 *   po: salary_base, rate = preliminary rate, reference_rate = fixed rate; salary-revision:
 *   salary_base, rate = actual rise, reference_rate = compensated rise (rates in millionths).
 * - committee_item_periods: the periods that have their own list of items (see src/app/items.ts:
 *   a period without one reads the latest earlier list of the fiscal year). Every period that
 *   has items today gets its row, so existing reports are unchanged.
 * - kpi_definitions and kpi_values: values in thousandths (src/core/kpis.ts); area_id '' is the
 *   committee itself.
 */
import { type Kysely, type Migration, sql } from 'kysely';
import { addDataVersionTriggers } from '../data-version.ts';

/** The tables of this migration that reports read (their writes bump the data version); dependent tables first. */
export const ITEMS_KPIS_TABLES = ['kpi_values', 'kpi_definitions', 'committee_item_periods'] as const;

export const itemsKpis: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name, type] of [
      ['kind', 'text'],
      ['salary_base', 'bigint'],
      ['rate', 'integer'],
      ['reference_rate', 'integer'],
      ['updated_by', 'text'],
      ['updated_at', 'text'],
    ] as const) {
      await db.schema.alterTable('committee_items').addColumn(name, type).execute();
    }
    await db.schema
      .createTable('committee_item_periods')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('copied_from', 'text')
      .addPrimaryKeyConstraint('committee_item_periods_pk', ['committee_id', 'period'])
      .execute();
    await sql`INSERT INTO committee_item_periods (committee_id, period)
      SELECT DISTINCT committee_id, period FROM committee_items`.execute(db);
    await db.schema
      .createTable('kpi_definitions')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('target', 'bigint')
      .addColumn('decimals', 'integer', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('kpi_definitions_pk', ['committee_id', 'id'])
      .execute();
    await db.schema
      .createTable('kpi_values')
      .addColumn('committee_id', 'text', (c) => c.notNull())
      .addColumn('kpi_id', 'text', (c) => c.notNull())
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('value', 'bigint', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('kpi_values_pk', ['committee_id', 'kpi_id', 'area_id', 'period'])
      .addForeignKeyConstraint('kpi_values_definition', ['committee_id', 'kpi_id'], 'kpi_definitions', ['committee_id', 'id'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();
    await addDataVersionTriggers(db, ITEMS_KPIS_TABLES);
  },
};
