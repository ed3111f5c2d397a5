/**
 * The budget API as the web app calls it, and its queries: decisions, the revised budget overview,
 * periodization, investment projects. A change makes the committee's budget pages, reports and
 * drill-downs stale (they are fetched again when shown).
 */
import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import type {
  BudgetOverviewJson,
  Decision,
  DecisionBody,
  InvestmentOverviewJson,
  PeriodizationBody,
  ProjectBody,
} from '#contract/budget.ts';
import { requestJson } from '../shared/api.ts';

export type { BudgetOverviewJson, Decision, DecisionBody, InvestmentOverviewJson, PeriodizationBody, ProjectBody };

const enc = encodeURIComponent;
const base = (committee: string) => `/api/committees/${enc(committee)}`;

const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });

export const addDecision = (committee: string, body: DecisionBody) =>
  requestJson<Decision>(`${base(committee)}/budget/decisions`, json('POST', body));
export const removeDecision = (committee: string, id: string) =>
  requestJson<{ removed: string }>(`${base(committee)}/budget/decisions/${enc(id)}`, { method: 'DELETE' });
export const setPeriodization = (committee: string, body: PeriodizationBody) =>
  requestJson<unknown>(`${base(committee)}/budget/periodizations`, json('PUT', body));
export const addProject = (committee: string, body: ProjectBody) =>
  requestJson<unknown>(`${base(committee)}/investments`, json('POST', body));
export const changeProject = (committee: string, id: string, body: ProjectBody) =>
  requestJson<unknown>(`${base(committee)}/investments/${enc(id)}`, json('PATCH', body));

export const budgetQuery = (committee: string, period: string) =>
  queryOptions({
    queryKey: ['budget', committee, period] as const,
    queryFn: ({ signal }) => requestJson<BudgetOverviewJson>(`${base(committee)}/budget/${enc(period)}`, {}, signal),
    placeholderData: keepPreviousData,
  });

export const investmentsQuery = (committee: string, period: string) =>
  queryOptions({
    queryKey: ['investments', committee, period] as const,
    queryFn: ({ signal }) => requestJson<InvestmentOverviewJson>(`${base(committee)}/investments/${enc(period)}`, {}, signal),
    placeholderData: keepPreviousData,
  });

/** What a budget change makes stale: the budget pages and every figure of the committee. */
export function invalidateAfterBudgetChange(client: QueryClient, committee: string): Promise<void> {
  const resources = ['budget', 'investments', 'report', 'report-html', 'drill', 'postings'];
  return Promise.all(resources.map((r) => client.invalidateQueries({ queryKey: [r, committee] }))).then(() => undefined);
}
