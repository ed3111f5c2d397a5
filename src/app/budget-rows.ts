/**
 * The budget every figure compares with, for months from..to: the one place that reads it, so the
 * report, the drill-down and the forecast's annual budget cannot differ. It is the revised budget:
 * the imported budget of each fiscal year, re-periodized per area and account group where a
 * setting says so, plus the year's budget decisions dated on or before `decisionsUntil` (default:
 * the last day of `to`). The arithmetic is core's (reviseBudget).
 */
import { type AccountGroupId, accountGroupOf } from '#core/accounts.ts';
import { type DecisionLine, reviseBudget } from '#core/budget-revision.ts';
import type { AmountRow } from '#core/figures.ts';
import { addMonths, fiscalYearOf, periodsOfYear } from '#core/period.ts';
import { loadAmounts } from '#store/amounts.ts';
import { listDecisions, listPeriodizations } from '#store/budget.ts';
import { findCommittee, listCodes, loadCodeMap, type Q } from '#store/committees.ts';

export interface BudgetRowOptions {
  /** YYYY-MM-DD: decisions dated after it do not count. Default: the last day of `to`. */
  decisionsUntil?: string;
}

export const periodEnd = (period: string) => `${period}-31`;

export async function loadBudgetRows(
  q: Q,
  committeeId: string,
  from: string,
  to: string,
  options: BudgetRowOptions = {},
): Promise<AmountRow[]> {
  const committee = await findCommittee(q, committeeId);
  const startMonth = committee?.fiscalYearStartMonth ?? 1;
  const until = options.decisionsUntil ?? periodEnd(to);
  const out: AmountRow[] = [];
  for (let fy = fiscalYearOf(from, startMonth); fy.start <= to; fy = fiscalYearOf(addMonths(fy.end, 1), startMonth)) {
    const rows = await revisedYear(q, committeeId, fy.start, until);
    for (const r of rows) if (r.period >= from && r.period <= to) out.push(r);
  }
  return out;
}

/** The revised budget rows of the fiscal year starting `start`. */
export async function revisedYear(q: Q, committeeId: string, start: string, decisionsUntil: string): Promise<AmountRow[]> {
  return (await importedAndRevisedYear(q, committeeId, start, decisionsUntil)).revised;
}

/** The fiscal year's budget as imported and as revised. */
export async function importedAndRevisedYear(
  q: Q,
  committeeId: string,
  start: string,
  decisionsUntil: string,
): Promise<{ imported: AmountRow[]; revised: AmountRow[] }> {
  const fy = { start, end: addMonths(start, 11) };
  const fiscalYear = start.slice(0, 4);
  const [budget, settings, decisions] = await Promise.all([
    loadAmounts(q, committeeId, 'budget', fy.start, fy.end),
    listPeriodizations(q, committeeId, fiscalYear),
    listDecisions(q, committeeId, fiscalYear, decisionsUntil),
  ]);
  const lines: DecisionLine[] = decisions.flatMap((d) =>
    d.lines.flatMap((l) => (l.target === 'area' && l.areaId ? [{ areaId: l.areaId, group: l.group, amount: l.amount }] : [])),
  );
  if (settings.length === 0 && lines.length === 0) return { imported: budget, revised: budget };
  const codeMap = await loadCodeMap(q, committeeId);
  const lastStart = addMonths(start, -12);
  const lastYearActual = settings.some((s) => s.method === 'last-year')
    ? (await loadAmounts(q, committeeId, 'actual', lastStart, addMonths(lastStart, 11))).filter((r) => accountGroupOf(r.account) !== null)
    : [];
  const codes = await listCodes(q, committeeId);
  const revised = reviseBudget({
    months: periodsOfYear(fy),
    codeMap,
    budget,
    lastYearActual,
    lastYearMonths: periodsOfYear({ start: lastStart, end: addMonths(lastStart, 11) }),
    settings: settings.map((s) => ({ areaId: s.areaId, group: s.group as AccountGroupId, method: s.method, weights: s.weights })),
    decisions: lines,
    codesOfArea: (areaId) =>
      codes
        .filter((c) => c.areaId === areaId)
        .map((c) => c.code)
        .sort(),
  });
  return { imported: budget, revised };
}
