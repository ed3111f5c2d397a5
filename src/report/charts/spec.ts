/**
 * One chart specification, rendered to SVG for the web app, the HTML report and the PDF, and to
 * PNG for Word (src/report/charts/render.ts). A chart carries its own text alternative and its
 * data as a table, so no reader depends on seeing it, and colour is never the only carrier of
 * meaning (signs on the values, bars left or right of zero, dashed lines, symbol shapes, legends).
 */
import type { ChartKey } from '#core/template.ts';

export interface ChartTable {
  caption: string;
  head: string[];
  /** Formatted cells; the first of a row is its header. */
  rows: string[][];
  /** A remark printed under the table (what a value includes), or none. */
  note?: string;
}

interface ChartBase {
  key: ChartKey;
  /** Unique in the document, used for ids and file names ("avvikelse-per-omrade"). */
  id: string;
  title: string;
  /** The text alternative: what the chart shows and its main reading, in a sentence or a few. */
  alt: string;
  /** The same data as a table. */
  table: ChartTable;
}

/** Diverging horizontal bars, one per category, sorted (deviation per area). Values in öre. */
export interface BarChartSpec extends ChartBase {
  kind: 'diverging-bars';
  unit: 'mnkr';
  categories: string[];
  values: number[];
}

/** What a line is, which decides how it is drawn (budget and target dashed). */
export type LineRole = 'actual' | 'budget' | 'forecast' | 'value' | 'target';

export interface LineSeries {
  name: string;
  role: LineRole;
  /** One per x label; null is a gap (no value that month). */
  values: (number | null)[];
}

/**
 * Lines over x labels (months). Values in öre when unit is 'mnkr', else a key figure's
 * thousandths (src/core/kpis.ts) shown with `decimals` decimals and the unit after them.
 */
export interface LineChartSpec extends ChartBase {
  kind: 'lines';
  unit: string;
  decimals: number;
  xLabels: string[];
  series: LineSeries[];
  /** Print each point's value beside it (few points, one or two lines). */
  pointLabels: boolean;
  /** Values carry a sign (deviations): "+" before positive labels. */
  signed: boolean;
}

export type ChartSpec = BarChartSpec | LineChartSpec;
