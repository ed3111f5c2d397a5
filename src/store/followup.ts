/** What the monthly follow-up adds to the ledger: forecasts, texts, investments, decisions (committee items: items.ts). */
import type { AreaForecast } from '#core/forecast.ts';
import type { Ore } from '#core/money.ts';
import type { TextKind } from '#core/texts.ts';
import type { Q } from './committees.ts';

export type { TextKind };

/** '' is the committee itself (summary texts); otherwise an area id. */
export interface TextRow {
  areaId: string;
  kind: TextKind;
  body: string;
}

export async function saveForecasts(q: Q, committeeId: string, period: string, rows: readonly AreaForecast[]): Promise<void> {
  for (const r of rows) {
    await q
      .insertInto('forecasts')
      .values({ committee_id: committeeId, period, area_id: r.areaId, deviation: r.deviation })
      .onConflict((oc) => oc.columns(['committee_id', 'period', 'area_id']).doUpdateSet({ deviation: r.deviation }))
      .execute();
  }
}

export async function loadForecasts(q: Q, committeeId: string, period: string): Promise<AreaForecast[]> {
  const rows = await q
    .selectFrom('forecasts')
    .select(['area_id', 'deviation'])
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .execute();
  return rows.map((r) => ({ areaId: r.area_id, deviation: r.deviation }));
}

export async function saveTexts(q: Q, committeeId: string, period: string, rows: readonly TextRow[], now = new Date()): Promise<void> {
  const updated_at = now.toISOString();
  for (const r of rows) {
    await q
      .insertInto('texts')
      .values({ committee_id: committeeId, period, area_id: r.areaId, kind: r.kind, body: r.body, updated_at })
      .onConflict((oc) => oc.columns(['committee_id', 'period', 'area_id', 'kind']).doUpdateSet({ body: r.body, updated_at }))
      .execute();
  }
}

export async function loadTexts(q: Q, committeeId: string, period: string): Promise<TextRow[]> {
  const rows = await q
    .selectFrom('texts')
    .select(['area_id', 'kind', 'body'])
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .execute();
  return rows.map((r) => ({ areaId: r.area_id, kind: r.kind as TextKind, body: r.body }));
}

export interface InvestmentProject {
  id: string;
  name: string;
  budget: Ore;
}

export async function saveInvestmentProjects(
  q: Q,
  committeeId: string,
  fiscalYear: string,
  rows: readonly InvestmentProject[],
): Promise<void> {
  for (const r of rows) {
    await q
      .insertInto('investment_projects')
      .values({ committee_id: committeeId, fiscal_year: fiscalYear, id: r.id, name: r.name, budget: r.budget })
      .onConflict((oc) => oc.columns(['committee_id', 'fiscal_year', 'id']).doUpdateSet({ name: r.name, budget: r.budget }))
      .execute();
  }
}

export async function loadInvestmentProjects(q: Q, committeeId: string, fiscalYear: string): Promise<InvestmentProject[]> {
  return q
    .selectFrom('investment_projects')
    .select(['id', 'name', 'budget'])
    .where('committee_id', '=', committeeId)
    .where('fiscal_year', '=', fiscalYear)
    .orderBy('id')
    .execute();
}

export type DecisionKind = 'investment' | 'allocation';
export interface BudgetDecision {
  id: string;
  decidedOn: string; // YYYY-MM-DD
  decidedBy: string; // "KF", "KS"
  kind: DecisionKind;
  amount: Ore;
  description: string;
}

export async function saveBudgetDecisions(q: Q, committeeId: string, fiscalYear: string, rows: readonly BudgetDecision[]): Promise<void> {
  for (const r of rows) {
    const values = {
      fiscal_year: fiscalYear,
      decided_on: r.decidedOn,
      decided_by: r.decidedBy,
      kind: r.kind,
      amount: r.amount,
      description: r.description,
    };
    await q
      .insertInto('budget_decisions')
      .values({ committee_id: committeeId, id: r.id, ...values })
      .onConflict((oc) => oc.columns(['committee_id', 'id']).doUpdateSet(values))
      .execute();
  }
}

/** Decisions of a fiscal year taken on or before a date. */
export async function loadBudgetDecisions(q: Q, committeeId: string, fiscalYear: string, until: string): Promise<BudgetDecision[]> {
  const rows = await q
    .selectFrom('budget_decisions')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('fiscal_year', '=', fiscalYear)
    .where('decided_on', '<=', until)
    .orderBy('decided_on')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    decidedOn: r.decided_on,
    decidedBy: r.decided_by,
    kind: r.kind as DecisionKind,
    amount: r.amount,
    description: r.description,
  }));
}
