/** Builds the report document from computed figures and texts. Pure: no I/O. */
import { accountGroupName } from '#core/accounts.ts';
import type { CommitteeFigures } from '#core/figures.ts';
import { type AreaForecast, type CommitteeItem, forecastTotal } from '#core/forecast.ts';
import type { Ore } from '#core/money.ts';
import { type Committee, isMaterial } from '#core/organisation.ts';
import { fiscalYearLabel, fiscalYearOf, periodLabel } from '#core/period.ts';
import type { TextKind } from '#core/texts.ts';
import { type AreaNumbers, FigureBook, type ReportDocument, type ReportKpi } from './model.ts';
import { forecastSection, investmentSection, ksSection, overviewSection, resultSection } from './sections.ts';

export type { TextKind };

export interface Decision {
  id: string;
  decidedOn: string;
  decidedBy: string;
  amount: Ore;
  description: string;
}

export interface ReportInput {
  committee: Committee;
  figures: CommitteeFigures;
  forecasts: readonly AreaForecast[];
  items: readonly CommitteeItem[];
  /** areaId ('' for the committee) → kind → body */
  texts: ReadonlyMap<string, ReadonlyMap<TextKind, string>>;
  investments: { originalBudget: Ore; decisions: readonly Decision[]; actual: Ore };
  allocationDecisions: readonly Decision[];
  /** Key figures of the fiscal year up to the period (none when absent). */
  kpis?: readonly ReportKpi[];
}

export interface BuildContext {
  input: ReportInput;
  book: FigureBook;
  areas: AreaNumbers[];
  text(areaId: string, kind: TextKind): string | null;
  /** "april" / "mars" */
  monthLabel: string;
  previousMonthLabel: string | null;
  forecastTotal: Ore | null;
}

export function buildReportDocument(input: ReportInput): ReportDocument {
  const { committee, figures } = input;
  const text = (areaId: string, kind: TextKind) => input.texts.get(areaId)?.get(kind) ?? null;
  const forecastByArea = new Map(input.forecasts.map((f) => [f.areaId, f.deviation]));
  const areas: AreaNumbers[] = figures.areas.map((a) => {
    const forecastDeviation = forecastByArea.get(a.area.id) ?? null;
    return {
      id: a.area.id,
      name: a.area.name,
      actualResult: a.actualResult,
      budgetResult: a.budgetResult,
      deviation: a.deviation,
      previousDeviation: a.previousDeviation,
      forecastDeviation,
      material: isMaterial(committee.materialityThreshold, a.deviation, forecastDeviation),
      comment: text(a.area.id, 'comment'),
      action: text(a.area.id, 'action'),
      forecastComment: text(a.area.id, 'forecast_comment'),
      byGroup: a.byGroup.map((g) => ({
        group: g.group,
        name: accountGroupName(g.group),
        actualResult: g.actualResult,
        budgetResult: g.budgetResult,
        deviation: g.deviation,
      })),
    };
  });
  const totalForecast = forecastTotal(input.forecasts, input.items);
  const ctx: BuildContext = {
    input,
    book: new FigureBook(),
    areas,
    text,
    monthLabel: periodLabel(figures.period).split(' ')[0] ?? '',
    previousMonthLabel: figures.previousPeriod ? (periodLabel(figures.previousPeriod).split(' ')[0] ?? null) : null,
    forecastTotal: totalForecast,
  };
  const adjustedBudget = input.investments.originalBudget + input.investments.decisions.reduce((s, d) => s + d.amount, 0);
  const sections = [
    overviewSection(ctx),
    resultSection(ctx),
    forecastSection(ctx),
    investmentSection(ctx, adjustedBudget),
    ksSection(ctx, adjustedBudget),
  ];
  const fiscalYear = fiscalYearOf(figures.period, committee.fiscalYearStartMonth);
  return {
    committee: { id: committee.id, name: committee.name },
    period: figures.period,
    previousPeriod: figures.previousPeriod,
    periodLabel: periodLabel(figures.period),
    fiscalYear: fiscalYearLabel(fiscalYear),
    fiscalYearMonths: { start: fiscalYear.start, end: fiscalYear.end },
    materialityThreshold: committee.materialityThreshold,
    total: { ...figures.total, forecastDeviation: totalForecast },
    areas,
    investments: { budget: input.investments.originalBudget, adjustedBudget, actual: input.investments.actual },
    figures: ctx.book.figures,
    sections,
    committeeItems: input.items,
    kpis: input.kpis ?? [],
  };
}
