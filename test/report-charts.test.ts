/**
 * The charts of the demo's April report (Socialnämnden 2025), built from the same document the
 * report prints: the deviation bars are the areas' deviations sorted, the year-to-date lines end at
 * the report's result and budget (the seed's 13,7 and 3,2 mnkr), the forecast line ends at the
 * report's total forecast (the seed's +22,0 mnkr), the key figures carry their targets, and the
 * text alternatives name the right areas with the right figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { buildReport } from '#app/report.ts';
import { formatMoney, mnkrRounded } from '#core/format.ts';
import { ORE_PER_MNKR } from '#core/money.ts';
import { CHART_SECTION } from '#core/template.ts';
import type { ChartSpec, LineChartSpec } from '#report/charts/spec.ts';
import { renderHtml } from '#report/html.ts';
import type { ReportDocument } from '#report/model.ts';
import type { Db } from '#store/db.ts';
import seed from './fixtures/seed-figures.json' with { type: 'json' };
import { freshSqlite } from './helpers/databases.ts';

const chartsOf = (doc: ReportDocument): ChartSpec[] =>
  doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : [])));
const signedMnkr = (mnkr: number) => formatMoney(Math.round(mnkr * ORE_PER_MNKR), 'mnkr', { signed: true });

function lines(doc: ReportDocument, key: ChartSpec['key']): LineChartSpec {
  const chart = chartsOf(doc).find((c) => c.key === key);
  if (chart?.kind !== 'lines') throw new Error(`no line chart ${key}`);
  return chart;
}

const accumulated = (values: number[]) => values.map((_, i) => values.slice(0, i + 1).reduce((s, v) => s + v, 0));

describe('the charts of the demo April report', () => {
  let db: Db;
  let doc: ReportDocument;
  beforeAll(async () => {
    db = await freshSqlite();
    await loadDemo(db);
    doc = await buildReport(db, 'socialnamnden', '2025-04');
  });
  afterAll(() => db?.close());

  it('has every chart of the default template, each in its section', () => {
    const keys = new Set(chartsOf(doc).map((c) => c.key));
    expect([...keys].sort()).toEqual([...doc.template.charts].sort());
    for (const section of doc.sections)
      for (const block of section.blocks) if (block.type === 'chart') expect(CHART_SECTION[block.chart.key]).toBe(section.key);
    const ids = chartsOf(doc).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws the deviation per area as the areas deviations, largest positive first', () => {
    const chart = chartsOf(doc).find((c) => c.key === 'deviation-by-area');
    if (chart?.kind !== 'diverging-bars') throw new Error('no deviation chart');
    const sorted = [...doc.areas].sort((a, b) => b.deviation - a.deviation);
    expect(chart.values).toEqual(sorted.map((a) => a.deviation));
    expect(chart.categories).toEqual(sorted.map((a) => a.shortName || a.name));
    expect(chart.table.rows).toEqual(sorted.map((a) => [a.name, formatMoney(a.deviation, 'mnkr', { signed: true })]));
    expect(chart.values).toHaveLength(doc.areas.length);
  });

  it('names the largest deviations of the seed in its text alternative, with their figures', () => {
    const chart = chartsOf(doc).find((c) => c.key === 'deviation-by-area');
    const rows = [...seed.areaDeviations.rows].sort((a, b) => b.aprilMnkr - a.aprilMnkr);
    const [first, second] = rows;
    const [worst, nextWorst] = [...rows].reverse();
    if (!chart || !first || !second || !worst || !nextWorst) throw new Error('missing');
    expect(chart.alt).toContain(
      `Störst positiv avvikelse har ${first.area} (${signedMnkr(first.aprilMnkr)}) och ${second.area} (${signedMnkr(second.aprilMnkr)})`,
    );
    expect(chart.alt).toContain(`störst negativ har ${worst.area} (${signedMnkr(worst.aprilMnkr)})`);
    expect(chart.alt).toContain(signedMnkr(nextWorst.aprilMnkr));
    const better = doc.areas.filter((a) => a.deviation > 0).length;
    const worse = doc.areas.filter((a) => a.deviation < 0).length;
    expect(chart.alt).toContain(`Av ${doc.areas.length} områden ligger ${better} bättre än budget och ${worse} sämre.`);
    expect(signedMnkr(worst.aprilMnkr).startsWith('\u2212')).toBe(true);
  });

  it('accumulates the month figures into year-to-date lines that end at the report result and budget', () => {
    const chart = lines(doc, 'ytd-actual-budget');
    const total = doc.monthly.find((m) => m.areaId === '')?.months ?? [];
    const [actual, budget] = chart.series;
    expect(actual?.values).toEqual(accumulated(total.map((m) => m.actualResult)));
    expect(budget?.values).toEqual(accumulated(total.map((m) => m.budgetResult)));
    expect(actual?.values.at(-1)).toBe(doc.total.actualResult);
    expect(budget?.values.at(-1)).toBe(doc.total.budgetResult);
    expect(mnkrRounded(doc.total.actualResult)).toBe(seed.result.accumulatedResultMnkr);
    expect(budget?.role).toBe('budget');
    expect(chart.xLabels).toEqual(['jan', 'feb', 'mar', 'apr']);
    expect(chart.alt).toContain(`resultatet ${signedMnkr(seed.result.accumulatedResultMnkr)}`);
    expect(chart.alt).toContain(`budget på ${signedMnkr(seed.result.impliedBudgetedAccumulatedResultMnkr)}`);
    expect(chart.alt).toContain(`avvikelse på ${signedMnkr(seed.result.accumulatedDeviationMnkr)}`);
    expect(chart.table.rows.at(-1)).toEqual([
      'april 2025',
      formatMoney(doc.total.actualResult, 'mnkr', { signed: true }),
      formatMoney(doc.total.budgetResult, 'mnkr', { signed: true }),
      formatMoney(doc.total.deviation, 'mnkr', { signed: true }),
    ]);
  });

  it('draws the forecast month by month, ending at the report total forecast', () => {
    const chart = lines(doc, 'forecast-development');
    const values = chart.series[0]?.values ?? [];
    expect(values.at(-1)).toBe(doc.total.forecastDeviation);
    expect(mnkrRounded(values.at(-1) ?? 0)).toBe(seed.annualForecast.totalMnkr);
    for (const [i, period] of ['2025-01', '2025-02', '2025-03'].entries()) {
      const sum = doc.areas.reduce((s, a) => s + (a.forecastHistory.find((h) => h.period === period)?.deviation ?? 0), 0);
      expect(values[i]).toBe(sum);
    }
    expect(chart.alt).toContain(`till ${signedMnkr(seed.annualForecast.totalMnkr)} i april`);
  });

  it('draws each key figure with values, the target as a dashed line', () => {
    const kpiCharts = chartsOf(doc).filter((c): c is LineChartSpec => c.key === 'kpis' && c.kind === 'lines');
    expect(kpiCharts.map((c) => c.id)).toEqual(doc.kpis.filter((k) => k.values.length > 0).map((k) => `nyckeltal-${k.id}`));
    for (const kpi of doc.kpis) {
      const chart = kpiCharts.find((c) => c.id === `nyckeltal-${kpi.id}`);
      const target = chart?.series.find((s) => s.role === 'target');
      if (kpi.target === null) expect(target).toBeUndefined();
      else expect(target?.values).toEqual(chart?.xLabels.map(() => kpi.target));
    }
    const sick = kpiCharts.find((c) => c.id === 'nyckeltal-sjukfranvaro');
    const committee = doc.kpis.find((k) => k.id === 'sjukfranvaro')?.values.filter((v) => v.area === null) ?? [];
    expect(sick?.series[0]).toEqual({ name: 'Nämnden', role: 'value', values: committee.map((v) => v.value) });
    expect(sick?.alt).toContain('Målet, 6,0\u00a0%, är den streckade linjen.');
    expect(sick?.table.caption).toContain('mål 6,0\u00a0%');
  });

  it('renders every chart into the HTML report as a named figure with its table', () => {
    const html = renderHtml(doc);
    for (const chart of chartsOf(doc)) {
      expect(html).toContain(`<div class="chart-block" id="diagram-${chart.id}"><figure class="chart" aria-label="`);
      expect(html).toContain(`<caption>${chart.table.caption.replace(/&/g, '&amp;')}</caption>`);
    }
    expect(html.match(/<figure /g)).toHaveLength(chartsOf(doc).length);
    expect(html.match(/<svg aria-hidden="true"/g)).toHaveLength(chartsOf(doc).length);
  });
});
