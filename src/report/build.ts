/** Builds the report document from computed figures and texts. Pure: no I/O. */
import { accountGroupName } from '#core/accounts.ts';
import type { CommitteeFigures } from '#core/figures.ts';
import { type AreaForecast, type CommitteeItem, forecastTotal } from '#core/forecast.ts';
import type { Ore } from '#core/money.ts';
import type { AreaMonths } from '#core/monthly.ts';
import { type Committee, isMaterial } from '#core/organisation.ts';
import { fiscalYearLabel, fiscalYearOf, periodLabel } from '#core/period.ts';
import { DEFAULT_SECTION_TITLES, DEFAULT_TEMPLATE, type ReportTemplate } from '#core/template.ts';
import type { TextKind } from '#core/texts.ts';
import { type BudgetReportInput, decisionsJson } from './budget.ts';
import { buildCharts } from './charts/build.ts';
import { type AreaNumbers, FigureBook, type ForecastDetails, type ReportDocument, type ReportKpi, type TextStatus } from './model.ts';
import { forecastSection, investmentSection, ksSection, overviewSection, resultSection } from './sections.ts';
import { applyTemplate } from './template-apply.ts';
import { reportTexts } from './texts.ts';

export type { TextKind };

export interface ReportInput {
  committee: Committee;
  figures: CommitteeFigures;
  forecasts: readonly AreaForecast[];
  items: readonly CommitteeItem[];
  /** areaId ('' for the committee) → kind → body */
  texts: ReadonlyMap<string, ReadonlyMap<TextKind, string>>;
  /** areaId → kind → state and version of the text (texts without one are written when they have a body). */
  textStatus?: ReadonlyMap<string, ReadonlyMap<TextKind, TextStatus>>;
  /** Budget decisions, investments and the "ej periodiserad budget" flags (report/budget.ts). */
  budget: BudgetReportInput;
  /** Per area: earlier forecasts of the year and the baselines. */
  forecastDetails?: ReadonlyMap<string, ForecastDetails>;
  /** Key figures of the fiscal year up to the period (none when absent). */
  kpis?: readonly ReportKpi[];
  /** Month by month actual and budget per area (src/core/monthly.ts); none when absent. */
  monthly?: readonly AreaMonths[];
  /** The committee's template; the seed's layout when absent. */
  template?: ReportTemplate;
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
    const material = isMaterial(committee.materialityThreshold, a.deviation, forecastDeviation);
    return {
      id: a.area.id,
      name: a.area.name,
      shortName: a.area.shortName ?? null,
      actualResult: a.actualResult,
      budgetResult: a.budgetResult,
      deviation: a.deviation,
      previousDeviation: a.previousDeviation,
      forecastDeviation,
      material,
      comment: text(a.area.id, 'comment'),
      action: text(a.area.id, 'action'),
      forecastComment: text(a.area.id, 'forecast_comment'),
      texts: reportTexts(input.textStatus, text, a.area.id, material),
      unperiodizedGroups: [...(input.budget.unperiodized.get(a.area.id) ?? [])],
      byGroup: a.byGroup.map((g) => ({
        group: g.group,
        name: accountGroupName(g.group),
        actualResult: g.actualResult,
        budgetResult: g.budgetResult,
        deviation: g.deviation,
      })),
      forecastHistory: input.forecastDetails?.get(a.area.id)?.history ?? [],
      baselineForecast: input.forecastDetails?.get(a.area.id)?.baseline ?? null,
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
  const inv = input.budget.investments;
  const template = input.template ?? DEFAULT_TEMPLATE;
  const monthly = [...(input.monthly ?? [])];
  const chosen = template.kpis;
  const kpis = (input.kpis ?? []).filter((k) => chosen === 'all' || chosen.includes(k.id));
  const label = periodLabel(figures.period);
  const charts = buildCharts({ period: figures.period, periodLabel: label, areas, monthly, kpis, forecastTotal: totalForecast });
  const built = [
    { ...overviewSection(ctx), key: 'overview' as const },
    { ...resultSection(ctx), key: 'result' as const },
    { ...forecastSection(ctx), key: 'forecast' as const },
    { ...investmentSection(ctx), key: 'investments' as const },
    { ...ksSection(ctx), key: 'ks' as const },
    // Only the key figures' charts (placed by the template); left out when there are none.
    { key: 'kpis' as const, number: '', title: DEFAULT_SECTION_TITLES.kpis, id: 'nyckeltal', blocks: [] },
  ];
  const sections = applyTemplate(built, template, charts);
  const fiscalYear = fiscalYearOf(figures.period, committee.fiscalYearStartMonth);
  return {
    title: `Resultatrapport ${label}: ${committee.name}`,
    cover: {
      municipality: template.cover.municipality,
      logo: template.cover.logo,
      organisation: committee.name,
      title: `Resultatrapport ${label}`,
      subtitle: `Uppföljning av resultat mot budget, ackumulerat för räkenskapsåret ${fiscalYearLabel(fiscalYear)}. Belopp i miljoner kronor (mnkr); positiv avvikelse är bättre än budget.`,
      status: { kind: 'draft' },
    },
    committee: { id: committee.id, name: committee.name },
    period: figures.period,
    previousPeriod: figures.previousPeriod,
    periodLabel: periodLabel(figures.period),
    fiscalYear: fiscalYearLabel(fiscalYear),
    fiscalYearMonths: { start: fiscalYear.start, end: fiscalYear.end },
    materialityThreshold: committee.materialityThreshold,
    total: { ...figures.total, forecastDeviation: totalForecast },
    areas,
    investments: {
      budget: inv.originalBudget,
      adjustedBudget: inv.adjustedBudget,
      actual: inv.actual,
      carryOver: inv.carryOver,
      projects: inv.projects,
      decisions: decisionsJson(input.budget.decisions.filter((d) => d.lines.every((l) => l.target === 'investment'))),
    },
    budgetDecisions: decisionsJson(input.budget.decisions),
    figures: ctx.book.figures,
    committeeTexts: reportTexts(input.textStatus, text, '', false),
    sections,
    committeeItems: input.items,
    kpis,
    monthly,
    template,
  };
}
