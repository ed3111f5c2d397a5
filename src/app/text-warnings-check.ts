/**
 * Warnings on the report's texts (src/core/text-warnings.ts decides them): this part gathers what
 * each text is checked against from the report model — the figures it may speak of and the
 * deviations that moved since the previous period — and the previous period's texts.
 *
 * An area's text is checked against the area's figures (result, budget, deviation, last month's
 * deviation, forecast), its account groups, the budget decisions on it and the committee's items;
 * the committee's texts against every figure the report prints (totals, areas, items,
 * investments, decisions) and every area's figures.
 */
import { type CandidateFigure, type Movement, textWarnings } from '#core/text-warnings.ts';
import type { TextKind } from '#core/texts.ts';
import type { AreaNumbers, ReportDocument, ReportText } from '#report/model.ts';
import type { Q } from '#store/committees.ts';
import { loadPeriodTexts } from './text-status.ts';

function areaFigures(a: AreaNumbers): CandidateFigure[] {
  const out: CandidateFigure[] = [
    { label: 'avvikelse', amount: a.deviation },
    { label: 'resultat', amount: a.actualResult },
    { label: 'budget', amount: a.budgetResult },
  ];
  if (a.previousDeviation !== null) out.push({ label: 'avvikelse föregående månad', amount: a.previousDeviation });
  if (a.forecastDeviation !== null) out.push({ label: 'prognos', amount: a.forecastDeviation });
  for (const g of a.byGroup) {
    const name = g.name.toLowerCase();
    out.push(
      { label: `${name}, avvikelse`, amount: g.deviation },
      { label: `${name}, utfall`, amount: g.actualResult },
      { label: `${name}, budget`, amount: g.budgetResult },
    );
  }
  return out;
}

/** The committee's items (and their group totals) as the report prints them. */
function itemFigures(doc: ReportDocument): CandidateFigure[] {
  return Object.entries(doc.figures)
    .filter(([id]) => id.startsWith('item.') || id.startsWith('items.'))
    .map(([, f]) => ({ label: f.label, amount: f.amount }));
}

function decisionFigures(doc: ReportDocument, areaId: string): CandidateFigure[] {
  return doc.budgetDecisions.flatMap((d) =>
    d.lines.filter((l) => l.areaId === areaId).map((l) => ({ label: `beslut ${d.body} ${d.decidedOn}`, amount: l.amount })),
  );
}

function previousForecast(a: AreaNumbers, previousPeriod: string): number | null {
  return a.forecastHistory.find((f) => f.period === previousPeriod)?.deviation ?? null;
}

function areaMovements(a: AreaNumbers, kind: TextKind, previousPeriod: string | null): Movement[] {
  if (previousPeriod === null) return [];
  if (kind === 'forecast_comment') {
    const before = previousForecast(a, previousPeriod);
    return a.forecastDeviation !== null && before !== null ? [{ label: 'prognosen', now: a.forecastDeviation, before }] : [];
  }
  return a.previousDeviation !== null ? [{ label: 'avvikelsen hittills', now: a.deviation, before: a.previousDeviation }] : [];
}

function committeeMovements(doc: ReportDocument, kind: TextKind): Movement[] {
  if (kind !== 'summary' && kind !== 'ks_result') return [];
  const before = doc.total.previousDeviation;
  return before === null ? [] : [{ label: 'nämndens avvikelse hittills', now: doc.total.deviation, before }];
}

/**
 * The report with every text's warnings filled in. Reads the previous period's texts (what it
 * showed, own or copied) in the same snapshot as the report.
 */
export async function withTextWarnings(q: Q, doc: ReportDocument): Promise<ReportDocument> {
  const previous = doc.previousPeriod ? (await loadPeriodTexts(q, doc.committee.id, doc.previousPeriod)).bodies : new Map();
  const ctx = { period: doc.period, fiscalYearStart: doc.fiscalYearMonths.start, materialityThreshold: doc.materialityThreshold };
  const check = (t: ReportText, areaId: string, figures: CandidateFigure[], movements: Movement[]): ReportText => ({
    ...t,
    warnings: textWarnings(
      {
        kind: t.kind,
        area: areaId === '' ? null : areaId,
        body: t.body,
        state: t.state,
        figures,
        previousBody: previous.get(areaId)?.get(t.kind) ?? null,
        movements,
      },
      ctx,
    ),
  });
  const items = itemFigures(doc);
  const committeeFigures = [
    ...Object.values(doc.figures).map((f) => ({ label: f.label, amount: f.amount })),
    ...doc.areas.flatMap((a) => areaFigures(a).map((f) => ({ ...f, label: `${a.name}, ${f.label}` }))),
  ];
  return {
    ...doc,
    committeeTexts: doc.committeeTexts.map((t) => check(t, '', committeeFigures, committeeMovements(doc, t.kind))),
    areas: doc.areas.map((a) => {
      const figures = [...areaFigures(a), ...items, ...decisionFigures(doc, a.id)];
      return { ...a, texts: a.texts.map((t) => check(t, a.id, figures, areaMovements(a, t.kind, doc.previousPeriod))) };
    }),
  };
}
