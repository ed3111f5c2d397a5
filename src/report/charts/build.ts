/**
 * The report's charts as specifications, from the built document's figures (pure, no rendering):
 * deviation per area, year to date actual against budget per month, the forecast's development
 * through the year, key figures over the months. A chart without data is left out (no areas, no
 * months, no forecast yet, a key figure without values); one month is a chart of one point.
 * Rendering is src/report/charts/render.ts.
 */

import type { Ore } from '#core/money.ts';
import type { AreaMonths } from '#core/monthly.ts';
import type { AreaNumbers, ReportKpi } from '../model.ts';
import { kpiCharts } from './kpi-charts.ts';
import { drawnName, listSv, mnkrText } from './labels.ts';
import { forecastChart, ytdChart } from './result-charts.ts';
import type { BarChartSpec, ChartSpec } from './spec.ts';

export interface ChartInput {
  /** The report's period, "2025-04". */
  period: string;
  /** "april 2025" */
  periodLabel: string;
  areas: readonly AreaNumbers[];
  /** Month by month per area and in total (areaId ''), fiscal year to the period. */
  monthly: readonly AreaMonths[];
  kpis: readonly ReportKpi[];
  /** The committee's year forecast for the period (committee items included), as the report prints it; null: none. */
  forecastTotal: Ore | null;
}

/** Every chart the data allows, in CHART_KEYS order (the template chooses which appear). */
export function buildCharts(input: ChartInput): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const deviation = deviationChart(input);
  if (deviation) charts.push(deviation);
  const ytd = ytdChart(input);
  if (ytd) charts.push(ytd);
  const forecast = forecastChart(input);
  if (forecast) charts.push(forecast);
  charts.push(...kpiCharts(input));
  return charts;
}

/** Areas from the largest positive deviation to the largest negative; equal ones by name. */
function sortedByDeviation(areas: readonly AreaNumbers[]): AreaNumbers[] {
  return [...areas].sort((a, b) => b.deviation - a.deviation || a.name.localeCompare(b.name, 'sv'));
}

const named = (a: AreaNumbers) => `${a.name} (${mnkrText(a.deviation)})`;

function countSentence(all: number, better: number, worse: number, even: number): string {
  if (better === all) return `Alla ${all} områden ligger bättre än budget.`;
  if (worse === all) return `Alla ${all} områden ligger sämre än budget.`;
  if (even === all) return `Alla ${all} områden ligger i nivå med budget.`;
  const counts = [
    better > 0 ? `${better} bättre än budget` : '',
    worse > 0 ? `${worse} sämre` : '',
    even > 0 ? `${even} i nivå med budget` : '',
  ];
  return `Av ${all} områden ligger ${listSv(counts.filter(Boolean))}.`;
}

function deviationAlt(sorted: readonly AreaNumbers[], periodLabel: string): string {
  const better = sorted.filter((a) => a.deviation > 0);
  const worse = sorted.filter((a) => a.deviation < 0).sort((a, b) => a.deviation - b.deviation || a.name.localeCompare(b.name, 'sv'));
  const even = sorted.length - better.length - worse.length;
  const parts = [
    `Liggande stapeldiagram över avvikelse mot budget per verksamhetsområde, ackumulerat till och med ${periodLabel}, sorterat från störst positiv till störst negativ avvikelse.`,
  ];
  const largest: string[] = [];
  if (better.length > 0) largest.push(`störst positiv avvikelse har ${listSv(better.slice(0, 2).map(named))}`);
  if (worse.length > 0) largest.push(`störst negativ har ${listSv(worse.slice(0, 2).map(named))}`);
  if (largest.length > 0) {
    const sentence = largest.join('; ');
    parts.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  if (sorted.length > 1) parts.push(countSentence(sorted.length, better.length, worse.length, even));
  return parts.join(' ');
}

function deviationChart(input: ChartInput): BarChartSpec | null {
  if (input.areas.length === 0) return null;
  const sorted = sortedByDeviation(input.areas);
  return {
    key: 'deviation-by-area',
    id: 'avvikelse-per-omrade',
    kind: 'diverging-bars',
    unit: 'mnkr',
    title: `Avvikelse mot budget per verksamhetsområde, ackumulerat till och med ${input.periodLabel}, mnkr`,
    alt: deviationAlt(sorted, input.periodLabel),
    categories: sorted.map(drawnName),
    values: sorted.map((a) => a.deviation),
    table: {
      caption: `Avvikelse mot budget per verksamhetsområde, till och med ${input.periodLabel}, störst positiv först`,
      head: ['Verksamhetsområde', 'Avvikelse'],
      rows: sorted.map((a) => [a.name, mnkrText(a.deviation)]),
    },
  };
}
