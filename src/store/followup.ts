/** What the monthly follow-up adds to the ledger: forecasts, committee items, investments, decisions (texts: texts.ts; saving forecasts: forecasts.ts). */
import type { AreaForecast, CommitteeItem } from '#core/forecast.ts';
import type { Ore } from '#core/money.ts';
import type { Q } from './committees.ts';

export async function loadForecasts(q: Q, committeeId: string, period: string): Promise<AreaForecast[]> {
  const rows = await q
    .selectFrom('forecasts')
    .select(['area_id', 'deviation'])
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .execute();
  return rows.map((r) => ({ areaId: r.area_id, deviation: r.deviation }));
}

export async function saveCommitteeItems(q: Q, committeeId: string, period: string, items: readonly CommitteeItem[]): Promise<void> {
  for (const i of items) {
    const values = { label: i.label, amount: i.amount, included_in_area_id: i.includedInAreaId, group_key: i.group };
    await q
      .insertInto('committee_items')
      .values({ committee_id: committeeId, period, key: i.key, ...values })
      .onConflict((oc) => oc.columns(['committee_id', 'period', 'key']).doUpdateSet(values))
      .execute();
  }
}

export async function loadCommitteeItems(q: Q, committeeId: string, period: string): Promise<CommitteeItem[]> {
  const rows = await q
    .selectFrom('committee_items')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .orderBy('key')
    .execute();
  return rows.map((r) => ({ key: r.key, label: r.label, amount: r.amount, includedInAreaId: r.included_in_area_id, group: r.group_key }));
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
