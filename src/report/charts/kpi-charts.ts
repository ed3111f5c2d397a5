/**
 * Key figures over the months: one chart per key figure that has values (units differ between
 * key figures, so each has its own axis), a line for the committee and one per area that has
 * values, and the target as a dashed line. At most MAX_LINES lines are drawn; the table has all.
 */
import type { ReportKpi } from '../model.ts';
import type { ChartInput } from './build.ts';
import { chartSlug, drawnName, kpiText, monthRow, monthShort, monthText, NO_VALUE, spanOf } from './labels.ts';
import { chartMonths } from './result-charts.ts';
import type { LineChartSpec, LineSeries } from './spec.ts';

/** Lines a key figure's chart draws besides its target: more would not be told apart. */
export const MAX_LINES = 6;

const COMMITTEE = 'Nämnden';

interface Row {
  /** Full name (table, alternative) and drawn name (legend). */
  name: string;
  drawn: string;
  values: (number | null)[];
}

function rowsOf(kpi: ReportKpi, input: ChartInput, periods: readonly string[]): Row[] {
  const index = new Map(periods.map((p, i) => [p, i]));
  const byArea = new Map<string, (number | null)[]>();
  for (const v of kpi.values) {
    const i = index.get(v.period);
    if (i === undefined) continue;
    const key = v.area ?? '';
    let row = byArea.get(key);
    if (!row) byArea.set(key, (row = periods.map(() => null)));
    row[i] = v.value;
  }
  const rows: Row[] = [];
  const committee = byArea.get('');
  if (committee) rows.push({ name: COMMITTEE, drawn: COMMITTEE, values: committee });
  for (const area of input.areas) {
    const values = byArea.get(area.id);
    if (values) rows.push({ name: area.name, drawn: drawnName(area), values });
  }
  const known = new Set(['', ...input.areas.map((a) => a.id)]);
  for (const [id, values] of [...byArea].filter(([id]) => !known.has(id)).sort(([a], [b]) => a.localeCompare(b)))
    rows.push({ name: id, drawn: id, values });
  return rows;
}

function reading(row: Row, periods: readonly string[], text: (v: number) => string): string {
  const points = row.values.flatMap((v, i) => (v === null ? [] : [{ v, p: periods[i] ?? '' }]));
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  if (points.length === 1) return `${row.name}: ${text(first.v)} i ${monthText(first.p)}`;
  return `${row.name}: från ${text(first.v)} i ${monthText(first.p)} till ${text(last.v)} i ${monthText(last.p)}`;
}

function kpiChart(kpi: ReportKpi, input: ChartInput, id: string): LineChartSpec | null {
  const periods = chartMonths(
    input,
    kpi.values.map((v) => v.period),
  );
  const rows = rowsOf(kpi, input, periods);
  if (rows.length === 0) return null;
  const text = (v: number) => kpiText(v, kpi.decimals, kpi.unit);
  const drawn = rows.slice(0, MAX_LINES);
  const span = spanOf(periods);
  const unit = kpi.unit ? `, ${kpi.unit}` : '';
  const target = kpi.target === null ? '' : `; mål ${text(kpi.target)}`;
  const areaCount = rows.filter((r) => r.name !== COMMITTEE).length;
  const who = [
    rows[0]?.name === COMMITTEE ? 'nämnden' : '',
    areaCount > 0 ? `${areaCount} ${areaCount === 1 ? 'verksamhetsområde' : 'verksamhetsområden'}` : '',
  ]
    .filter(Boolean)
    .join(' och ');
  const alt = [`Linjediagram över nyckeltalet ${kpi.name} per månad, ${span}, för ${who}.`];
  alt.push(`${drawn.map((r) => reading(r, periods, text)).join('; ')}.`);
  if (kpi.target !== null) alt.push(`Målet, ${text(kpi.target)}, är den streckade linjen.`);
  if (rows.length > drawn.length) alt.push(`Diagrammet visar ${drawn.length} av ${rows.length} linjer; tabellen har alla.`);
  const series: LineSeries[] = drawn.map((r) => ({ name: r.drawn, role: 'value', values: r.values }));
  if (kpi.target !== null) series.push({ name: `Mål ${text(kpi.target)}`, role: 'target', values: periods.map(() => kpi.target) });
  return {
    key: 'kpis',
    id,
    kind: 'lines',
    unit: kpi.unit,
    decimals: kpi.decimals,
    signed: false,
    pointLabels: drawn.length === 1,
    title: `${kpi.name} per månad, ${span}${unit}`,
    alt: alt.join(' '),
    xLabels: periods.map(monthShort),
    series,
    table: {
      caption: `${kpi.name} per månad${unit}${target}`,
      head: ['Månad', ...rows.map((r) => r.name)],
      rows: periods.map((p, i) => [
        monthRow(p),
        ...rows.map((r) => {
          const v = r.values[i];
          return v === null || v === undefined ? NO_VALUE : text(v);
        }),
      ]),
    },
  };
}

/** One chart per key figure with values, ids unique ("nyckeltal-sjukfranvaro"). */
export function kpiCharts(input: ChartInput): LineChartSpec[] {
  const used = new Set<string>();
  return input.kpis.flatMap((kpi) => {
    const base = `nyckeltal-${chartSlug(kpi.id)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    const chart = kpiChart(kpi, input, id);
    if (!chart) return [];
    used.add(id);
    return [chart];
  });
}
