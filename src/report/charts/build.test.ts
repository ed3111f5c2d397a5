/** The charts a report's data allows, and what they say when the data is thin: no areas, one month, no forecast yet, many areas. */
import { describe, expect, it } from 'vitest';
import { buildCharts } from './build.ts';
import { area, input, kpi, MNKR, totalMonths } from './fixtures/chart-input.ts';
import { MAX_LINES } from './kpi-charts.ts';
import type { ChartSpec, LineChartSpec } from './spec.ts';

const byKey = (charts: ChartSpec[], key: ChartSpec['key']) => charts.filter((c) => c.key === key);
const lineChart = (charts: ChartSpec[], key: ChartSpec['key']): LineChartSpec => {
  const c = byKey(charts, key)[0];
  if (c?.kind !== 'lines') throw new Error(`no ${key}`);
  return c;
};

describe('buildCharts', () => {
  it('leaves out every chart without data', () => {
    expect(buildCharts(input())).toEqual([]);
    expect(buildCharts(input({ kpis: [kpi('tom')] }))).toEqual([]);
  });

  it('makes January a chart of one point, and the first forecast a line of one point', () => {
    const charts = buildCharts(
      input({
        period: '2025-01',
        periodLabel: 'januari 2025',
        areas: [area('a', 'Område A', 2 * MNKR, { forecastDeviation: 5 * MNKR })],
        monthly: [totalMonths(2025, [[3 * MNKR, 1 * MNKR]])],
        forecastTotal: 5 * MNKR,
      }),
    );
    const ytd = lineChart(charts, 'ytd-actual-budget');
    expect(ytd.xLabels).toEqual(['jan']);
    expect(ytd.series.map((s) => s.values)).toEqual([[3 * MNKR], [1 * MNKR]]);
    expect(ytd.alt).toContain(
      'Till och med januari 2025 är resultatet +3,0\u00a0mnkr mot en budget på +1,0\u00a0mnkr, en avvikelse på +2,0\u00a0mnkr.',
    );
    expect(ytd.alt).not.toContain('varje månad');
    const forecast = lineChart(charts, 'forecast-development');
    expect(forecast.series[0]?.values).toEqual([5 * MNKR]);
    expect(forecast.alt).toContain('Årsprognosen i januari är +5,0\u00a0mnkr; tidigare månader har ingen prognos.');
    const deviation = byKey(charts, 'deviation-by-area')[0];
    expect(deviation?.alt).toContain('Störst positiv avvikelse har Område A (+2,0\u00a0mnkr).');
  });

  it('has no forecast chart before any forecast is given, and gaps for months without one', () => {
    const months = totalMonths(2025, [
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 0],
    ]);
    expect(byKey(buildCharts(input({ areas: [area('a', 'A', 0)], monthly: [months] })), 'forecast-development')).toEqual([]);
    const history = [{ period: '2025-02', deviation: -MNKR }];
    const charts = buildCharts(
      input({
        areas: [area('a', 'A', 0, { forecastDeviation: -2 * MNKR, forecastHistory: history })],
        monthly: [months],
        forecastTotal: -2 * MNKR,
      }),
    );
    const forecast = lineChart(charts, 'forecast-development');
    expect(forecast.series[0]?.values).toEqual([null, -MNKR, null, -2 * MNKR]);
    expect(forecast.table.rows.map((r) => r[1])).toEqual(['–', '\u22121,0\u00a0mnkr', '–', '\u22122,0\u00a0mnkr']);
    expect(forecast.alt).toContain('Prognosen har gått från \u22121,0\u00a0mnkr i februari till \u22122,0\u00a0mnkr i april.');
    expect(forecast.table.note).toBeUndefined();
  });

  it('says when the total forecast holds committee items the earlier months do not', () => {
    const areas = [area('a', 'A', 0, { forecastDeviation: 2 * MNKR, forecastHistory: [{ period: '2025-03', deviation: MNKR }] })];
    const forecast = lineChart(buildCharts(input({ areas, forecastTotal: 3 * MNKR })), 'forecast-development');
    expect(forecast.xLabels).toEqual(['mar', 'apr']);
    expect(forecast.series[0]?.values).toEqual([MNKR, 3 * MNKR]);
    expect(forecast.table.note).toContain('poster på nämndnivå, +1,0\u00a0mnkr');
    expect(forecast.alt).toContain(forecast.table.note);
  });

  it('sorts the deviations from the largest positive to the largest negative, equal ones by name', () => {
    const areas = [
      area('b', 'Beta', -MNKR),
      area('c', 'Ceta', 3 * MNKR, { shortName: 'C' }),
      area('a', 'Alfa', -MNKR),
      area('d', 'Delta', 0),
    ];
    const chart = byKey(buildCharts(input({ areas })), 'deviation-by-area')[0];
    if (chart?.kind !== 'diverging-bars') throw new Error('no bars');
    expect(chart.categories).toEqual(['C', 'Delta', 'Alfa', 'Beta']);
    expect(chart.values).toEqual([3 * MNKR, 0, -MNKR, -MNKR]);
    expect(chart.table.rows[0]).toEqual(['Ceta', '+3,0\u00a0mnkr']);
    expect(chart.alt).toContain('störst negativ har Alfa (\u22121,0\u00a0mnkr) och Beta (\u22121,0\u00a0mnkr)');
    expect(chart.alt).toContain('Av 4 områden ligger 1 bättre än budget, 2 sämre och 1 i nivå med budget.');
    const even = byKey(buildCharts(input({ areas: [area('a', 'A', 0), area('b', 'B', 0)] })), 'deviation-by-area')[0];
    expect(even?.alt).toContain('Alla 2 områden ligger i nivå med budget.');
    expect(even?.alt).not.toContain('Störst');
    const better = byKey(buildCharts(input({ areas: [area('a', 'A', 1), area('b', 'B', 2)] })), 'deviation-by-area')[0];
    expect(better?.alt).toContain('Alla 2 områden ligger bättre än budget.');
    expect(better?.alt).not.toContain('störst negativ har');
  });

  it('draws at most MAX_LINES lines of a key figure, says so, and keeps every area in the table', () => {
    const areas = Array.from({ length: 8 }, (_, i) => area(`o${i}`, `Område ${i}`, 0));
    const values = [
      ...areas.map((a) => ({ area: a.id, period: '2025-04', value: 1000 })),
      { area: 'okänt', period: '2025-04', value: 2500 },
    ];
    const many = buildCharts(input({ kpis: [kpi('plats', { name: 'Platser', values, target: 3000 })], areas })).find(
      (c) => c.key === 'kpis',
    ) as LineChartSpec;
    expect(many.series.filter((s) => s.role === 'value')).toHaveLength(MAX_LINES);
    expect(many.series.at(-1)).toEqual({ name: 'Mål 3\u00a0st', role: 'target', values: [3000] });
    expect(many.table.head).toEqual(['Månad', ...areas.map((a) => a.name), 'okänt']);
    expect(many.table.rows).toEqual([['april 2025', ...areas.map(() => '1\u00a0st'), '2\u00a0st']]);
    expect(many.alt).toContain(`Diagrammet visar ${MAX_LINES} av 9 linjer; tabellen har alla.`);
  });

  it('gives key figures ids an HTML id and a file name accept, unique in the report', () => {
    const values = [{ area: null, period: '2025-04', value: 1000 }];
    const charts = buildCharts(
      input({ kpis: [kpi('Sjuk frånvaro', { values }), kpi('sjuk-franvaro', { values }), kpi('<b>', { values })] }),
    );
    expect(charts.map((c) => c.id)).toEqual(['nyckeltal-sjuk-franvaro', 'nyckeltal-sjuk-franvaro-2', 'nyckeltal-b']);
  });
});
