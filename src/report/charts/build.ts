/**
 * The report's charts as specifications, from the built document's figures (pure, no rendering):
 * deviation per area, year to date actual against budget per month, the forecast's development
 * through the year, key figures over the months. Rendering is src/report/charts/render.ts.
 */

import type { AreaMonths } from '#core/monthly.ts';
import type { AreaNumbers, ReportKpi } from '../model.ts';
import type { ChartSpec } from './spec.ts';

export interface ChartInput {
  periodLabel: string;
  areas: readonly AreaNumbers[];
  monthly: readonly AreaMonths[];
  kpis: readonly ReportKpi[];
}

/** Every chart the data allows (the template chooses which appear). */
export function buildCharts(_input: ChartInput): ChartSpec[] {
  // Filled in by the charts work of issue 10.
  return [];
}
