/**
 * Reads what the budget pages, the CLI and the report show of a fiscal year up to a period: the
 * decisions (those dated on or before the period's end count), the revised budget per area with its
 * history, the periodization of every area and account group, the "ej periodiserad budget" flags
 * and the investment projects. The arithmetic is core's.
 */
import { type AccountGroupId, accountGroupOf, isProfitAndLoss } from '#core/accounts.ts';
import { unperiodizedBudgets } from '#core/budget-flags.ts';
import { type AreaBudgetHistory, areaBudgetHistories } from '#core/budget-history.ts';
import { byAreaAndGroup, lineAmount, monthlyTotals } from '#core/budget-revision.ts';
import type { AmountRow } from '#core/figures.ts';
import { type InvestmentFigures, investmentFigures } from '#core/investments.ts';
import type { Ore } from '#core/money.ts';
import type { Area, Committee } from '#core/organisation.ts';
import { addMonths, fiscalYearOf, periodsOfYear } from '#core/period.ts';
import type { PeriodizationMethod } from '#core/periodization.ts';
import { loadAmounts } from '#store/amounts.ts';
import { type DecisionRow, listDecisions, listPeriodizations, listProjects, projectDimensionOf } from '#store/budget.ts';
import { listAreas, loadCodeMap, type Q } from '#store/committees.ts';
import { loadProjectActuals } from '#store/projects.ts';
import { importedAndRevisedYear, periodEnd } from './budget-rows.ts';

export interface PeriodizationView {
  areaId: string;
  group: AccountGroupId;
  method: PeriodizationMethod;
  weights: number[] | null;
  /** The revised budget line's months and year, as people read it (income and cost positive). */
  months: Ore[];
  annual: Ore;
}

export interface BudgetYear {
  committee: Committee;
  period: string;
  fiscalYear: string;
  months: string[];
  areas: Area[];
  /** Every decision of the fiscal year, and whether it counts for the period. */
  decisions: (DecisionRow & { counts: boolean })[];
  histories: AreaBudgetHistory[];
  periodizations: PeriodizationView[];
  /** areaId → account groups whose budget is straight while the actual is seasonal. */
  unperiodized: Map<string, AccountGroupId[]>;
  investments: InvestmentFigures;
}

/** `actualToDate` and `budgetYear` (importedAndRevisedYear at the period): when the caller has read them already. */
export async function readBudgetYear(
  q: Q,
  committee: Committee,
  period: string,
  actualToDate?: readonly AmountRow[],
  budgetYear?: { imported: AmountRow[]; revised: AmountRow[] },
): Promise<BudgetYear> {
  const fy = fiscalYearOf(period, committee.fiscalYearStartMonth);
  const fiscalYear = fy.start.slice(0, 4);
  const months = periodsOfYear(fy);
  const lastStart = addMonths(fy.start, -12);
  const lastYearMonths = periodsOfYear({ start: lastStart, end: addMonths(lastStart, 11) });
  const until = periodEnd(period);
  const [areas, codeMap, { imported, revised }, decisions, settings, projects, actual, lastYear] = await Promise.all([
    listAreas(q, committee.id),
    loadCodeMap(q, committee.id),
    budgetYear ?? importedAndRevisedYear(q, committee.id, fy.start, until),
    listDecisions(q, committee.id, fiscalYear),
    listPeriodizations(q, committee.id, fiscalYear),
    listProjects(q, committee.id, fiscalYear),
    actualToDate ? Promise.resolve(actualToDate) : loadAmounts(q, committee.id, 'actual', fy.start, period),
    loadAmounts(q, committee.id, 'actual', lastYearMonths[0] ?? lastStart, lastYearMonths[11] ?? lastStart),
  ]);
  const counting = decisions.filter((d) => d.decidedOn <= until);
  const areaLines = (d: DecisionRow) =>
    d.lines.flatMap((l) => (l.target === 'area' && l.areaId ? [{ areaId: l.areaId, group: l.group, amount: l.amount }] : []));
  const histories = areaBudgetHistories(
    areas.map((a) => a.id),
    imported,
    codeMap,
    counting.map((d) => ({ id: d.id, decidedOn: d.decidedOn, lines: areaLines(d) })),
  );
  const pl = (rows: readonly AmountRow[]) => rows.filter((r) => isProfitAndLoss(r.account));
  const unperiodized = unperiodizedBudgets({
    codeMap,
    months,
    monthsToDate: months.filter((m) => m <= period),
    lastYearMonths,
    budget: revised,
    actual: pl(actual),
    lastYearActual: pl(lastYear),
  });
  const setting = new Map(settings.map((s) => [`${s.areaId}\u0000${s.group}`, s]));
  const periodizations: PeriodizationView[] = [];
  for (const [k, rows] of byAreaAndGroup(revised, codeMap)) {
    const [areaId = '', group] = k.split('\u0000') as [string, AccountGroupId];
    const monthsOf = monthlyTotals(rows, months).map((m) => lineAmount(group, m));
    const s = setting.get(k);
    periodizations.push({
      areaId,
      group,
      method: s?.method ?? 'ledger',
      weights: s?.weights ?? null,
      months: monthsOf,
      annual: monthsOf.reduce((a, b) => a + b, 0),
    });
  }
  const investments = investmentFigures(
    projects,
    counting.flatMap((d) => d.lines.flatMap((l) => (l.target === 'investment' ? [{ projectId: l.projectId, amount: l.amount }] : []))),
    actual.filter((r) => accountGroupOf(r.account) === null),
    await projectActualsOf(q, committee.id, fy.start, period),
  );
  return {
    committee,
    period,
    fiscalYear,
    months,
    areas,
    decisions: decisions.map((d) => ({ ...d, counts: d.decidedOn <= until })),
    histories,
    periodizations,
    unperiodized,
    investments,
  };
}

/** When the committee tells its projects by an SIE dimension: the actual per project object, from the postings. */
async function projectActualsOf(q: Q, committeeId: string, from: string, to: string): Promise<Map<string, Ore> | null> {
  if ((await projectDimensionOf(q, committeeId)) === null) return null;
  const out = new Map<string, Ore>();
  for (const r of await loadProjectActuals(q, committeeId, from, to)) out.set(r.project, (out.get(r.project) ?? 0) + r.amount);
  return out;
}
