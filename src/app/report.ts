/** Use case: build the monthly report of a committee for a period, from the database. */

import { isProfitAndLoss } from '#core/accounts.ts';
import { computeFigures } from '#core/figures.ts';
import { monthlyFigures } from '#core/monthly.ts';
import { fiscalYearOf } from '#core/period.ts';
import { buildReportDocument, type ReportInput } from '#report/build.ts';
import type { ReportDocument } from '#report/model.ts';
import { loadAmounts } from '#store/amounts.ts';
import { listAreas, loadCodeMap, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { loadForecasts } from '#store/followup.ts';
import { budgetReportInput } from './budget-report.ts';
import { importedAndRevisedYear, periodEnd } from './budget-rows.ts';
import { committeeForPeriod } from './committees.ts';
import { loadForecastDetails } from './forecast-report.ts';
import { loadItemsForReport } from './items.ts';
import { loadReportKpis } from './kpis.ts';
import { loadReportTemplate } from './templates.ts';
import { loadPeriodTexts } from './text-status.ts';
import { withTextWarnings } from './text-warnings-check.ts';

/** The report, read from one snapshot of the database (an import committing meanwhile is not half seen). */
export async function buildReport(db: Db, committeeId: string, period: string): Promise<ReportDocument> {
  return db.snapshot((q) => readReport(q, committeeId, period));
}

/** The report read through `q` (a snapshot, or a write transaction that freezes it: src/app/versions.ts). */
export async function readReport(q: Q, committeeId: string, period: string): Promise<ReportDocument> {
  const committee = await committeeForPeriod(q, committeeId, period);
  const fy = fiscalYearOf(period, committee.fiscalYearStartMonth);
  // The fiscal year's budget, imported and revised as it stands at the period, read once for the
  // figures, the budget part and the forecasts (each would otherwise read and revise it again).
  const [areas, codeMap, actual, budgetYear, forecasts, items, texts, kpis, template] = await Promise.all([
    listAreas(q, committeeId),
    loadCodeMap(q, committeeId),
    loadAmounts(q, committeeId, 'actual', fy.start, period),
    importedAndRevisedYear(q, committeeId, fy.start, periodEnd(period)),
    loadForecasts(q, committeeId, period),
    loadItemsForReport(q, committee, period),
    loadPeriodTexts(q, committeeId, period),
    loadReportKpis(q, committee, period),
    loadReportTemplate(q, committeeId),
  ]);
  const figureInput = {
    period,
    fiscalYearStartMonth: committee.fiscalYearStartMonth,
    areas,
    codeMap,
    actual: actual.filter((r) => isProfitAndLoss(r.account)),
    budget: budgetYear.revised.filter((r) => r.period <= period),
  };
  const figures = computeFigures(figureInput);
  const input: ReportInput = {
    committee,
    figures,
    forecasts,
    items,
    texts: texts.bodies,
    textStatus: texts.status,
    budget: await budgetReportInput(q, committee, period, actual, budgetYear),
    forecastDetails: await loadForecastDetails(q, committee, period, { actual, budget: budgetYear.revised }),
    kpis,
    monthly: monthlyFigures(figureInput),
    template,
  };
  return withTextWarnings(q, buildReportDocument(input));
}
