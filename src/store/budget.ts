/**
 * Budget decisions and their lines, periodization settings per area and account group, and
 * investment projects with the committee's choice of where their actual comes from.
 */
import type { AccountGroupId } from '#core/accounts.ts';
import type { Ore } from '#core/money.ts';
import type { PeriodizationMethod } from '#core/periodization.ts';
import type { Q } from './committees.ts';

export type DecisionBody = 'KF' | 'KS' | 'nämnd';

/** A line of a decision: to an area and account group, or to the investment budget (optionally a project). */
export type DecisionLineRow =
  | { target: 'area'; areaId: string | null; group: AccountGroupId; amount: Ore }
  | { target: 'investment'; projectId: string | null; amount: Ore };

export interface DecisionRow {
  id: string;
  fiscalYear: string;
  decidedOn: string; // YYYY-MM-DD
  body: string;
  ref: string | null;
  text: string;
  lines: DecisionLineRow[];
  createdBy: string | null;
  createdAt: string | null;
}

export async function insertDecision(q: Q, committeeId: string, d: DecisionRow): Promise<void> {
  const amount = d.lines.reduce((s, l) => s + l.amount, 0);
  const kind = d.lines.every((l) => l.target === 'investment') ? 'investment' : 'allocation';
  await q
    .insertInto('budget_decisions')
    .values({
      committee_id: committeeId,
      id: d.id,
      fiscal_year: d.fiscalYear,
      decided_on: d.decidedOn,
      decided_by: d.body,
      kind,
      amount,
      description: d.text,
      ref: d.ref,
      created_by: d.createdBy,
      created_at: d.createdAt,
    })
    .execute();
  await q
    .insertInto('budget_decision_lines')
    .values(
      d.lines.map((l, i) => ({
        committee_id: committeeId,
        decision_id: d.id,
        line_no: i + 1,
        target: l.target,
        area_id: l.target === 'area' ? l.areaId : null,
        account_group: l.target === 'area' ? l.group : null,
        project_id: l.target === 'investment' ? l.projectId : null,
        amount: l.amount,
      })),
    )
    .execute();
}

/** Removes a decision and its lines; false when there was none. */
export async function deleteDecision(q: Q, committeeId: string, id: string): Promise<boolean> {
  await q.deleteFrom('budget_decision_lines').where('committee_id', '=', committeeId).where('decision_id', '=', id).execute();
  const r = await q.deleteFrom('budget_decisions').where('committee_id', '=', committeeId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function decisionExists(q: Q, committeeId: string, id: string): Promise<boolean> {
  const r = await q
    .selectFrom('budget_decisions')
    .select('id')
    .where('committee_id', '=', committeeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r !== undefined;
}

/** Decisions of a fiscal year (taken on or before `until`, YYYY-MM-DD, when given), by date. */
export async function listDecisions(q: Q, committeeId: string, fiscalYear: string, until?: string): Promise<DecisionRow[]> {
  let query = q.selectFrom('budget_decisions').selectAll().where('committee_id', '=', committeeId).where('fiscal_year', '=', fiscalYear);
  if (until) query = query.where('decided_on', '<=', until);
  const rows = await query.orderBy('decided_on').orderBy('id').execute();
  if (rows.length === 0) return [];
  const lines = await q
    .selectFrom('budget_decision_lines')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where(
      'decision_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('decision_id')
    .orderBy('line_no')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fiscalYear: r.fiscal_year,
    decidedOn: r.decided_on,
    body: r.decided_by,
    ref: r.ref,
    text: r.description,
    createdBy: r.created_by,
    createdAt: r.created_at,
    lines: lines
      .filter((l) => l.decision_id === r.id)
      .map(
        (l): DecisionLineRow =>
          l.target === 'investment'
            ? { target: 'investment', projectId: l.project_id, amount: Number(l.amount) }
            : { target: 'area', areaId: l.area_id, group: (l.account_group ?? 'kommunbidrag') as AccountGroupId, amount: Number(l.amount) },
      ),
  }));
}

export interface PeriodizationRow {
  areaId: string;
  group: AccountGroupId;
  method: PeriodizationMethod;
  weights: number[] | null;
  updatedBy: string;
  updatedAt: string;
}

/** Sets how an area's group is periodized; 'ledger' (the default) removes the setting. */
export async function savePeriodization(q: Q, committeeId: string, fiscalYear: string, p: PeriodizationRow): Promise<void> {
  const where = { committee_id: committeeId, fiscal_year: fiscalYear, area_id: p.areaId, account_group: p.group };
  await q
    .deleteFrom('budget_periodizations')
    .where('committee_id', '=', committeeId)
    .where('fiscal_year', '=', fiscalYear)
    .where('area_id', '=', p.areaId)
    .where('account_group', '=', p.group)
    .execute();
  if (p.method === 'ledger') return;
  await q
    .insertInto('budget_periodizations')
    .values({
      ...where,
      method: p.method,
      weights: p.weights ? JSON.stringify(p.weights) : null,
      updated_by: p.updatedBy,
      updated_at: p.updatedAt,
    })
    .execute();
}

export async function listPeriodizations(q: Q, committeeId: string, fiscalYear: string): Promise<PeriodizationRow[]> {
  const rows = await q
    .selectFrom('budget_periodizations')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('fiscal_year', '=', fiscalYear)
    .orderBy('area_id')
    .orderBy('account_group')
    .execute();
  return rows.map((r) => ({
    areaId: r.area_id,
    group: r.account_group as AccountGroupId,
    method: r.method as PeriodizationMethod,
    weights: r.weights ? (JSON.parse(r.weights) as number[]) : null,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  }));
}

export interface ProjectRow {
  id: string;
  name: string;
  budget: Ore;
  carryOver: Ore;
  /** Expected actual for the whole year; null when none is given. */
  forecast: Ore | null;
  /** Account numbers or prefixes its actual is read from; empty: none of its own. */
  accounts: string[];
  dimensionObject: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export async function saveProject(q: Q, committeeId: string, fiscalYear: string, p: ProjectRow): Promise<void> {
  const values = {
    name: p.name,
    budget: p.budget,
    carry_over: p.carryOver,
    forecast: p.forecast,
    accounts: p.accounts.length > 0 ? JSON.stringify(p.accounts) : null,
    dimension_object: p.dimensionObject,
    updated_by: p.updatedBy,
    updated_at: p.updatedAt,
  };
  await q
    .insertInto('investment_projects')
    .values({ committee_id: committeeId, fiscal_year: fiscalYear, id: p.id, ...values })
    .onConflict((oc) => oc.columns(['committee_id', 'fiscal_year', 'id']).doUpdateSet(values))
    .execute();
}

export async function listProjects(q: Q, committeeId: string, fiscalYear: string): Promise<ProjectRow[]> {
  const rows = await q
    .selectFrom('investment_projects')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('fiscal_year', '=', fiscalYear)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    budget: Number(r.budget),
    carryOver: Number(r.carry_over),
    forecast: r.forecast === null ? null : Number(r.forecast),
    accounts: r.accounts ? (JSON.parse(r.accounts) as string[]) : [],
    dimensionObject: r.dimension_object,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  }));
}

/**
 * Where investment actuals come from: the projects' investment accounts, or the objects of an SIE
 * dimension (`dimension`, its number as text) that imports keep on each posting (ledger_postings.project).
 */
export interface InvestmentSettings {
  actualSource: 'accounts' | 'dimension';
  dimension: string | null;
}

export async function loadInvestmentSettings(q: Q, committeeId: string): Promise<InvestmentSettings> {
  const r = await q.selectFrom('investment_settings').selectAll().where('committee_id', '=', committeeId).executeTakeFirst();
  return r
    ? { actualSource: r.actual_source === 'dimension' ? 'dimension' : 'accounts', dimension: r.dimension }
    : { actualSource: 'accounts', dimension: null };
}

export async function saveInvestmentSettings(q: Q, committeeId: string, s: InvestmentSettings, user: string, now: string): Promise<void> {
  const values = { actual_source: s.actualSource, dimension: s.dimension, updated_by: user, updated_at: now };
  await q
    .insertInto('investment_settings')
    .values({ committee_id: committeeId, ...values })
    .onConflict((oc) => oc.column('committee_id').doUpdateSet(values))
    .execute();
}

/** The SIE dimension the committee tells its investment projects by; null when it reads them by account. */
export async function projectDimensionOf(q: Q, committeeId: string): Promise<number | null> {
  const s = await loadInvestmentSettings(q, committeeId);
  const n = s.actualSource === 'dimension' && s.dimension !== null ? Number(s.dimension) : Number.NaN;
  return Number.isSafeInteger(n) ? n : null;
}
