/** Use case: build the monthly report of a committee for a period, from the database. */

import { isInvestmentAccount, isProfitAndLoss } from '#core/accounts.ts';
import { computeFigures } from '#core/figures.ts';
import { fiscalYearOf } from '#core/period.ts';
import { buildReportDocument, type ReportInput, type TextKind } from '#report/build.ts';
import type { ReportDocument } from '#report/model.ts';
import { loadAmounts } from '#store/amounts.ts';
import { listAreas, loadCodeMap, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { loadBudgetDecisions, loadForecasts, loadInvestmentProjects, loadTexts } from '#store/followup.ts';
import { loadBudgetRows } from './budget-rows.ts';
import { committeeForPeriod } from './committees.ts';
import { loadItemsForReport } from './items.ts';
import { loadReportKpis } from './kpis.ts';

/** The report, read from one snapshot of the database (an import committing meanwhile is not half seen). */
export async function buildReport(db: Db, committeeId: string, period: string): Promise<ReportDocument> {
  return db.snapshot((q) => readReport(q, committeeId, period));
}

async function readReport(q: Q, committeeId: string, period: string): Promise<ReportDocument> {
  const committee = await committeeForPeriod(q, committeeId, period);
  const fy = fiscalYearOf(period, committee.fiscalYearStartMonth);
  const fiscalYear = fy.start.slice(0, 4);
  const [areas, codeMap, actual, budget, forecasts, items, textRows, projects, decisions, kpis] = await Promise.all([
    listAreas(q, committeeId),
    loadCodeMap(q, committeeId),
    loadAmounts(q, committeeId, 'actual', fy.start, period),
    loadBudgetRows(q, committeeId, fy.start, period),
    loadForecasts(q, committeeId, period),
    loadItemsForReport(q, committee, period),
    loadTexts(q, committeeId, period),
    loadInvestmentProjects(q, committeeId, fiscalYear),
    loadBudgetDecisions(q, committeeId, fiscalYear, `${period}-31`),
    loadReportKpis(q, committee, period),
  ]);
  const figures = computeFigures({
    period,
    fiscalYearStartMonth: committee.fiscalYearStartMonth,
    areas,
    codeMap,
    actual: actual.filter((r) => isProfitAndLoss(r.account)),
    budget,
  });
  const texts = new Map<string, Map<TextKind, string>>();
  for (const t of textRows) {
    let byKind = texts.get(t.areaId);
    if (!byKind) texts.set(t.areaId, (byKind = new Map()));
    byKind.set(t.kind, t.body);
  }
  const input: ReportInput = {
    committee,
    figures,
    forecasts,
    items,
    texts,
    investments: {
      originalBudget: projects.reduce((s, p) => s + p.budget, 0),
      decisions: decisions.filter((d) => d.kind === 'investment'),
      actual: actual.filter((r) => isInvestmentAccount(r.account)).reduce((s, r) => s + r.amount, 0),
    },
    allocationDecisions: decisions.filter((d) => d.kind === 'allocation'),
    kpis,
  };
  return buildReportDocument(input);
}
