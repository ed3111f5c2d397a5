/** The database schema as Kysely types. Amounts are BIGINT öre; periods are "YYYY-MM" text. */
import type { ColumnType, Generated } from 'kysely';
import type {
  AuditLogTable,
  CycleAreaTable,
  CyclePeriodTable,
  PublishedVersionTable,
  SessionTable,
  UserAreaTable,
  UserRoleTable,
  UserTable,
} from './schema-review.ts';

export interface CommitteeTable {
  id: string;
  name: string;
  materiality_threshold: number;
  fiscal_year_start_month: number;
}
export interface AreaTable {
  committee_id: string;
  id: string;
  name: string;
  sort_order: number;
  /** For headings where the name is long ("Utredning vuxen"); null: the name. */
  short_name: string | null;
}
export interface ResponsibilityCodeTable {
  committee_id: string;
  code: string;
  name: string;
  /** Null: the code maps to no area and its amounts land in "Ej fördelat". */
  area_id: string | null;
}
export interface AccountTable {
  committee_id: string;
  id: string;
  name: string;
  type: string | null;
}
/** Ledger movement (actual) or budget of one month, account and responsibility code. */
export interface AmountTable {
  committee_id: string;
  period: string;
  account: string;
  code: string;
  amount: number;
}
export interface ForecastTable {
  committee_id: string;
  period: string;
  area_id: string;
  deviation: number;
  /** Who saved it and when (ISO time); null for rows saved before migration 0009. */
  updated_by: string | null;
  updated_at: string | null;
}
export interface TextTable {
  committee_id: string;
  period: string;
  /** '' for the committee's own texts (summary and so on). */
  area_id: string;
  kind: string;
  body: string;
  updated_at: string;
  /** 1 when first saved, one more with every save (migration 0008). */
  version: number;
  /** Who saved it last ('' for texts saved before 0008). */
  updated_by: string;
}
/** Every change of a text (migration 0008). */
export interface TextHistoryTable {
  committee_id: string;
  period: string;
  area_id: string;
  kind: string;
  /** The version the change made. */
  version: number;
  body_before: string | null;
  body_after: string;
  changed_by: string;
  changed_at: string;
}
export interface InvestmentProjectTable {
  committee_id: string;
  fiscal_year: string;
  id: string;
  name: string;
  budget: number;
  carry_over: Generated<number>;
  forecast: number | null;
  /** JSON array of account numbers or prefixes. */
  accounts: string | null;
  dimension_object: string | null;
  updated_by: string | null;
  updated_at: string | null;
}
export interface BudgetDecisionTable {
  committee_id: string;
  id: string;
  fiscal_year: string;
  decided_on: string;
  decided_by: string;
  kind: string;
  amount: number;
  description: string;
  ref: string | null;
  created_by: string | null;
  created_at: string | null;
}
export interface BudgetDecisionLineTable {
  committee_id: string;
  decision_id: string;
  line_no: number;
  target: string;
  area_id: string | null;
  account_group: string | null;
  project_id: string | null;
  amount: number;
}
export interface BudgetPeriodizationTable {
  committee_id: string;
  fiscal_year: string;
  area_id: string;
  account_group: string;
  method: string;
  weights: string | null;
  updated_by: string;
  updated_at: string;
}
export interface InvestmentSettingsTable {
  committee_id: string;
  actual_source: string;
  dimension: string | null;
  updated_by: string;
  updated_at: string;
}
export interface CommitteeItemTable {
  committee_id: string;
  period: string;
  key: string;
  label: string;
  amount: number;
  included_in_area_id: string | null;
  group_key: string | null;
  /** 0011: po | salary-revision | grant | pot; null for an amount entered before inputs existed. */
  kind: string | null;
  salary_base: number | null;
  /** po: preliminary rate; salary-revision: actual rise (millionths). */
  rate: number | null;
  /** po: fixed rate; salary-revision: compensated rise (millionths). */
  reference_rate: number | null;
  updated_by: string | null;
  updated_at: string | null;
}
/** 0011: a period with its own list of committee items (copied_from: the period it started from). */
export interface CommitteeItemPeriodTable {
  committee_id: string;
  period: string;
  copied_from: string | null;
}
/** 0011: a key figure (nyckeltal) of a committee; target in thousandths. */
export interface KpiDefinitionTable {
  committee_id: string;
  id: string;
  name: string;
  unit: string;
  target: number | null;
  decimals: number;
  sort_order: number;
  updated_by: string;
  updated_at: string;
}
/** 0011: a key figure's value for an area ('' = the committee) and month, in thousandths. */
export interface KpiValueTable {
  committee_id: string;
  kpi_id: string;
  area_id: string;
  period: string;
  value: number;
  updated_by: string;
  updated_at: string;
}
export interface FiscalYearTable {
  committee_id: string;
  start_date: string;
  end_date: string;
}
/** One voucher of an import (migrations/ledger-rows.ts). */
export interface VoucherTable {
  committee_id: string;
  /** The import that brought it (import_log.import_no); a newer import of the fiscal year replaces it. */
  import_no: number;
  /** Its place in the import, 1, 2, … in file order. */
  seq: number;
  /** The month of its date, YYYY-MM. */
  period: string;
  /** YYYY-MM-DD */
  voucher_date: string;
  series: string;
  number: string;
  text: string;
}
/** One posting (transaction) of a voucher: its period and date repeated for the drill-down index. */
export interface LedgerPostingTable {
  committee_id: string;
  import_no: number;
  /** The voucher (vouchers.seq). */
  seq: number;
  /** Its place in the voucher, 1, 2, … */
  line: number;
  period: string;
  voucher_date: string;
  account: string;
  /** Responsibility code (object of the chosen dimension), '' when untagged. */
  code: string;
  amount: number;
  /** '' when the posting has no text of its own. */
  text: string;
  /** The object of the committee's project dimension (migration 0013); null when none. */
  project: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface ImportLogTable {
  id: string;
  /** Small number of the import, 1, 2, …, that its vouchers and transactions carry. */
  import_no: number;
  committee_id: string;
  kind: string;
  file_name: string;
  sha256: string;
  imported_at: string;
  user_name: string;
  fiscal_year: string | null;
  /** The import summary as JSON. */
  summary: string;
  /** When the import was undone (ISO time), and by whom; null while it stands. */
  undone_at: string | null;
  undone_by: string | null;
}

/** The undo journal of a committee's latest import (migrations/import-undo.ts). */
export interface ImportUndoJournalTable {
  import_no: number;
  committee_id: string;
  /** The committee's row before the import, as JSON; null when the import created the committee. */
  committee_row: string | null;
  /** The committee's organisation row before the import, as JSON; null when it had none. */
  organisation_row: string | null;
}
export interface ImportUndoScopeTable {
  import_no: number;
  scope_no: number;
  kind: string;
  period_from: string;
  period_to: string;
  /** Null: every code of the periods. */
  code: string | null;
}
export interface ImportUndoAmountTable extends AmountTable {
  import_no: number;
  kind: string;
}
export interface ImportUndoVoucherTable extends VoucherTable {
  removed_by: number;
}
export interface ImportUndoPostingTable extends LedgerPostingTable {
  removed_by: number;
}
export interface ImportUndoAccountTable {
  import_no: number;
  id: string;
  name: string;
  type: string | null;
}
export interface ImportUndoFiscalYearTable {
  import_no: number;
  start_date: string;
  end_date: string;
}
export interface ImportUndoAreaTable {
  import_no: number;
  id: string;
}
export interface ImportUndoCodeTable {
  import_no: number;
  code: string;
}

/** One row (id 1): bumped by triggers on every write to what reports are built from (data-version.ts). */
export interface DataVersionTable {
  id: number;
  version: number;
}

export interface CommitteeOrganisationTable {
  committee_id: string;
  org_number: string | null;
  org_name: string | null;
  recorded_at: string;
}

/** A committee's report template (migrations/report-templates.ts); template_json null: the default. */
export interface ReportTemplateTable {
  committee_id: string;
  template_json: string | null;
  logo_media_type: string | null;
  logo_base64: string | null;
  logo_alt: string | null;
  version: number;
  updated_by: string;
  updated_at: string;
}

export interface Schema {
  committees: CommitteeTable;
  areas: AreaTable;
  responsibility_codes: ResponsibilityCodeTable;
  accounts: AccountTable;
  ledger_balances: AmountTable;
  budget_balances: AmountTable;
  forecasts: ForecastTable;
  texts: TextTable;
  text_history: TextHistoryTable;
  investment_projects: InvestmentProjectTable;
  budget_decisions: BudgetDecisionTable;
  budget_decision_lines: BudgetDecisionLineTable;
  budget_periodizations: BudgetPeriodizationTable;
  investment_settings: InvestmentSettingsTable;
  committee_items: CommitteeItemTable;
  fiscal_years: FiscalYearTable;
  vouchers: VoucherTable;
  ledger_postings: LedgerPostingTable;
  import_log: ImportLogTable;
  import_undo_journals: ImportUndoJournalTable;
  import_undo_scopes: ImportUndoScopeTable;
  import_undo_amounts: ImportUndoAmountTable;
  import_undo_vouchers: ImportUndoVoucherTable;
  import_undo_postings: ImportUndoPostingTable;
  import_undo_accounts: ImportUndoAccountTable;
  import_undo_fiscal_years: ImportUndoFiscalYearTable;
  import_undo_areas: ImportUndoAreaTable;
  import_undo_codes: ImportUndoCodeTable;
  data_version: DataVersionTable;
  committee_organisations: CommitteeOrganisationTable;
  committee_item_periods: CommitteeItemPeriodTable;
  kpi_definitions: KpiDefinitionTable;
  kpi_values: KpiValueTable;
  users: UserTable;
  user_roles: UserRoleTable;
  user_areas: UserAreaTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  cycle_periods: CyclePeriodTable;
  cycle_areas: CycleAreaTable;
  published_versions: PublishedVersionTable;
  report_templates: ReportTemplateTable;
}
