/**
 * Migration 0004: views for other tools (Power BI, Metabase, psql …), the same names and columns
 * on SQLite and PostgreSQL. Others script against them: extend, never rename.
 *
 * bi_postings: every posting of every stored voucher, with its committee, fiscal year, voucher,
 *   account and area. bi_amounts: the monthly amounts the report's figures are computed from,
 *   actual (ledger_balances) beside budget (budget_balances) per (committee, period, account,
 *   code); a key on only one side has 0 on the other.
 *
 * Periods are 'YYYY-MM', dates 'YYYY-MM-DD', amounts integers of öre (amount_ore, actual_ore,
 * budget_ore) and amount_kr kronor: numeric(20,2) on PostgreSQL, REAL on SQLite (which has no
 * decimal type: exact to the öre up to some 90 000 billion kronor, but sum amount_ore when it
 * must be exact). fiscal_year is the committee's fiscal year that holds the period, by its first
 * month (committees.fiscal_year_start_month), as the report counts it: '2025' for a calendar
 * year, '2009/2010' for July 2009 – June 2010. A code that maps to no area is in the area the
 * report calls "Ej fördelat" (core's UNALLOCATED_AREA), so the views add up to the report.
 * bi_amounts joins the two tables as UNION ALL and GROUP BY, which gives a full outer join's rows
 * on every SQLite (FULL OUTER JOIN came in 3.39; better-sqlite3 12 bundles 3.53) and PostgreSQL.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { UNALLOCATED_AREA } from '#core/organisation.ts';

/** The label of the fiscal year of `period` for a committee whose year starts in month `startMonth`. */
const fiscalYear = (period: string, startMonth: string) => {
  const p = sql.raw(period);
  const m = sql.raw(startMonth);
  const start = sql`(CAST(substr(${p}, 1, 4) AS INTEGER) - CASE WHEN CAST(substr(${p}, 6, 2) AS INTEGER) >= ${m} THEN 0 ELSE 1 END)`;
  return sql`CASE WHEN ${m} = 1 THEN CAST(${start} AS TEXT) ELSE CAST(${start} AS TEXT) || '/' || CAST(${start} + 1 AS TEXT) END`;
};

/** The area of a row's code (joined as rc and ar), "Ej fördelat" when it maps to none. */
const areaColumns = sql`COALESCE(rc.area_id, ${sql.lit(UNALLOCATED_AREA.id)}) AS area_id,
    CASE WHEN rc.area_id IS NULL THEN ${sql.lit(UNALLOCATED_AREA.name)} ELSE COALESCE(ar.name, rc.area_id) END AS area_name`;
const joinNames = (row: string) => {
  const r = sql.raw(row);
  return sql`LEFT JOIN accounts a ON a.committee_id = ${r}.committee_id AND a.id = ${r}.account
  LEFT JOIN responsibility_codes rc ON rc.committee_id = ${r}.committee_id AND rc.code = ${r}.code
  LEFT JOIN areas ar ON ar.committee_id = rc.committee_id AND ar.id = rc.area_id`;
};

export const biViews = {
  async up(db: Kysely<unknown>): Promise<void> {
    const pg = db.getExecutor().adapter instanceof PostgresAdapter;
    const kronor = pg ? sql`CAST(p.amount / 100.0 AS numeric(20, 2))` : sql`p.amount / 100.0`;
    await sql`CREATE VIEW bi_postings AS
SELECT p.committee_id, c.name AS committee_name, ${fiscalYear('p.period', 'c.fiscal_year_start_month')} AS fiscal_year,
    p.period, v.voucher_date, v.series, v.number AS voucher_number, v.text AS voucher_text,
    p.account, COALESCE(a.name, p.account) AS account_name, p.code, ${areaColumns},
    p.amount AS amount_ore, ${kronor} AS amount_kr
  FROM ledger_postings p
  JOIN vouchers v ON v.import_no = p.import_no AND v.seq = p.seq
  JOIN committees c ON c.id = p.committee_id
  ${joinNames('p')}`.execute(db);
    await sql`CREATE VIEW bi_amounts AS
SELECT m.committee_id, m.period, m.account, COALESCE(a.name, m.account) AS account_name, m.code, ${areaColumns},
    m.actual_ore, m.budget_ore
  FROM (SELECT committee_id, period, account, code, CAST(SUM(actual) AS BIGINT) AS actual_ore, CAST(SUM(budget) AS BIGINT) AS budget_ore
      FROM (SELECT committee_id, period, account, code, amount AS actual, 0 AS budget FROM ledger_balances
        UNION ALL SELECT committee_id, period, account, code, 0 AS actual, amount AS budget FROM budget_balances) u
      GROUP BY committee_id, period, account, code) m
  ${joinNames('m')}`.execute(db);
  },
};
