/** Migrations, in order. The same schema builder calls serve SQLite and PostgreSQL. */

import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely';
import { dataVersionMigration } from './data-version.ts';
import { areaShortNames } from './migrations/area-short-names.ts';
import { auditLog } from './migrations/audit.ts';
import { auditIndex } from './migrations/audit-index.ts';
import { biViews } from './migrations/bi-views.ts';
import { budgetMigration } from './migrations/budget.ts';
import { cycleMigration } from './migrations/cycle.ts';
import { forecastAuthors } from './migrations/forecasts.ts';
import { importUndo } from './migrations/import-undo.ts';
import { itemsKpis } from './migrations/items-kpis.ts';
import { ledgerRows } from './migrations/ledger-rows.ts';
import { committeeOrganisation } from './migrations/organisation.ts';
import { postingProjects } from './migrations/posting-projects.ts';
import { reportTemplates } from './migrations/report-templates.ts';
import { textVersions } from './migrations/texts.ts';
import { usersSessions } from './migrations/users-sessions.ts';
import { versionDocument } from './migrations/version-document.ts';
import { publishedVersions } from './migrations/versions.ts';
import { versionsDataVersion } from './migrations/versions-data-version.ts';

const money = 'bigint' as const;

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('committees')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('materiality_threshold', money, (c) => c.notNull())
      .addColumn('fiscal_year_start_month', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createTable('areas')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('areas_pk', ['committee_id', 'id'])
      .execute();
    await db.schema
      .createTable('responsibility_codes')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('area_id', 'text')
      .addPrimaryKeyConstraint('responsibility_codes_pk', ['committee_id', 'code'])
      .execute();
    await db.schema
      .createTable('accounts')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text')
      .addPrimaryKeyConstraint('accounts_pk', ['committee_id', 'id'])
      .execute();
    for (const table of ['ledger_balances', 'budget_balances']) {
      await db.schema
        .createTable(table)
        .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('account', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('amount', money, (c) => c.notNull())
        .addPrimaryKeyConstraint(`${table}_pk`, ['committee_id', 'period', 'account', 'code'])
        .execute();
    }
    await db.schema
      .createTable('forecasts')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addColumn('deviation', money, (c) => c.notNull())
      .addPrimaryKeyConstraint('forecasts_pk', ['committee_id', 'period', 'area_id'])
      .execute();
    await db.schema
      .createTable('texts')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('texts_pk', ['committee_id', 'period', 'area_id', 'kind'])
      .execute();
    await db.schema
      .createTable('investment_projects')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('fiscal_year', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('budget', money, (c) => c.notNull())
      .addPrimaryKeyConstraint('investment_projects_pk', ['committee_id', 'fiscal_year', 'id'])
      .execute();
    await db.schema
      .createTable('budget_decisions')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('fiscal_year', 'text', (c) => c.notNull())
      .addColumn('decided_on', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('amount', money, (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('budget_decisions_pk', ['committee_id', 'id'])
      .execute();
    await db.schema
      .createTable('committee_items')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('amount', money, (c) => c.notNull())
      .addColumn('included_in_area_id', 'text')
      .addColumn('group_key', 'text')
      .addPrimaryKeyConstraint('committee_items_pk', ['committee_id', 'period', 'key'])
      .execute();
  },
};

/**
 * Ledger import: fiscal years, the import log, and vouchers with their postings, packed into
 * blocks and posting lists (legacy/packed.ts). Migration 0003 replaces the packed tables by rows.
 */
const ledgerImport: Migration = {
  async up(db: Kysely<unknown>) {
    const binary = db.getExecutor().adapter instanceof PostgresAdapter ? sql`bytea` : sql`blob`;
    await db.schema
      .createTable('fiscal_years')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('fiscal_years_pk', ['committee_id', 'start_date'])
      .execute();
    await db.schema
      .createTable('voucher_blocks')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('import_no', 'integer', (c) => c.notNull())
      .addColumn('block', 'integer', (c) => c.notNull())
      .addColumn('first_date', 'text', (c) => c.notNull())
      .addColumn('last_date', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('data', binary, (c) => c.notNull())
      .addPrimaryKeyConstraint('voucher_blocks_pk', ['import_no', 'block'])
      .execute();
    await db.schema.createIndex('voucher_blocks_committee').on('voucher_blocks').columns(['committee_id', 'import_no']).execute();
    await db.schema
      .createTable('postings')
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('import_no', 'integer', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('account', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('part', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('data', binary, (c) => c.notNull())
      .addPrimaryKeyConstraint('postings_pk', ['import_no', 'period', 'account', 'code', 'part'])
      .execute();
    await db.schema.createIndex('postings_lookup').on('postings').columns(['committee_id', 'account', 'period', 'code']).execute();
    await db.schema
      .createTable('import_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('import_no', 'integer', (c) => c.notNull().unique())
      .addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('user_name', 'text', (c) => c.notNull())
      .addColumn('fiscal_year', 'text')
      .addColumn('summary', 'text', (c) => c.notNull())
      .execute();
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_ledger_import': ledgerImport,
  '0003_ledger_rows': ledgerRows,
  '0004_bi_views': biViews,
  '0005_data_version': dataVersionMigration,
  '0006_import_undo': importUndo,
  '0007_committee_organisation': committeeOrganisation,
  '0008_texts': textVersions,
  '0009_forecasts': forecastAuthors,
  '0010_budget': budgetMigration,
  '0011_items_kpis': itemsKpis,
  '0012_area_short_names': areaShortNames,
  '0013_posting_projects': postingProjects,
  '0014_users_sessions': usersSessions,
  '0015_audit_log': auditLog,
  '0016_cycle': cycleMigration,
  '0017_versions': publishedVersions,
  '0019_audit_index': auditIndex,
  '0020_version_document': versionDocument,
  '0021_report_templates': reportTemplates,
  '0022_versions_data_version': versionsDataVersion,
};

class StaticProvider implements MigrationProvider {
  async getMigrations() {
    return MIGRATIONS;
  }
}

/** The database could not be brought to this version's schema; the message says which step and why. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(
      `Databasen kunde inte uppgraderas till den här versionen (steget ${migration || 'okänt'}): ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }
}

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new MigrationError(failed?.migrationName ?? '', error);
}
