/**
 * 0010: budget decisions with lines (to an area and account group, or to the investment budget),
 * periodization per area and account group, and investment projects with carry-over, forecast and
 * the accounts their actual is read from; the committee's choice of actual source.
 *
 * Existing decisions keep their rows and meaning: each gets one line of its whole amount. An
 * 'investment' decision's line goes to the investment budget. An 'allocation' decision's line goes
 * to no area (area_id NULL): it was never part of the budget the figures used (the ledger's budget
 * already held it), so migrating it changes no figure; a person may place it on an area later.
 */
import { type Kysely, type Migration, sql } from 'kysely';
import { addDataVersionTriggers } from '../data-version.ts';

/** The tables 0010 creates; reports are built from them, so their writes bump the data version. */
export const BUDGET_TABLES = ['budget_decision_lines', 'budget_periodizations', 'investment_settings'] as const;

const money = 'bigint' as const;

export const budgetMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('budget_decisions').addColumn('ref', 'text').execute();
    await db.schema.alterTable('budget_decisions').addColumn('created_by', 'text').execute();
    await db.schema.alterTable('budget_decisions').addColumn('created_at', 'text').execute();
    await db.schema
      .createTable('budget_decision_lines')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('decision_id', 'text', (c) => c.notNull())
      .addColumn('line_no', 'integer', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull()) // 'area' | 'investment'
      .addColumn('area_id', 'text')
      .addColumn('account_group', 'text')
      .addColumn('project_id', 'text')
      .addColumn('amount', money, (c) => c.notNull())
      .addPrimaryKeyConstraint('budget_decision_lines_pk', ['committee_id', 'decision_id', 'line_no'])
      .execute();
    await sql`
      INSERT INTO budget_decision_lines (committee_id, decision_id, line_no, target, area_id, account_group, project_id, amount)
      SELECT committee_id, id, 1,
        CASE WHEN kind = 'investment' THEN 'investment' ELSE 'area' END,
        NULL,
        CASE WHEN kind = 'investment' THEN NULL ELSE 'kommunbidrag' END,
        NULL, amount
      FROM budget_decisions`.execute(db);
    await db.schema
      .createTable('budget_periodizations')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('fiscal_year', 'text', (c) => c.notNull())
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addColumn('account_group', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('weights', 'text') // JSON array of twelve numbers, for 'profile'
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('budget_periodizations_pk', ['committee_id', 'fiscal_year', 'area_id', 'account_group'])
      .execute();
    await db.schema
      .alterTable('investment_projects')
      .addColumn('carry_over', money, (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('investment_projects').addColumn('forecast', money).execute();
    // JSON array of account numbers or prefixes ("1220", "12"); NULL: none of its own.
    await db.schema.alterTable('investment_projects').addColumn('accounts', 'text').execute();
    // The project's object in the committee's project dimension (for the 'dimension' source).
    await db.schema.alterTable('investment_projects').addColumn('dimension_object', 'text').execute();
    await db.schema.alterTable('investment_projects').addColumn('updated_by', 'text').execute();
    await db.schema.alterTable('investment_projects').addColumn('updated_at', 'text').execute();
    await db.schema
      .createTable('investment_settings')
      .addColumn('committee_id', 'text', (c) => c.primaryKey().references('committees.id').onDelete('cascade'))
      .addColumn('actual_source', 'text', (c) => c.notNull()) // 'accounts' | 'dimension'
      .addColumn('dimension', 'text')
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await addDataVersionTriggers(db, BUDGET_TABLES);
  },
};
