/**
 * One chart specification, rendered to SVG for the web app, the HTML report and the PDF, and to
 * PNG for Word (src/report/charts/render.ts). A chart carries its own text alternative and its
 * data as a table, so no reader depends on seeing it, and colour is never the only carrier of
 * meaning (signs on the values, labels on the bars, dashed lines).
 */
import type { ChartKey } from '#core/template.ts';

export interface ChartTable {
  caption: string;
  head: string[];
  /** Formatted cells; the first of a row is its header. */
  rows: string[][];
}

interface ChartBase {
  key: ChartKey;
  /** Unique in the document, used for ids and file names ("avvikelse-per-omrade"). */
  id: string;
  title: string;
  /** The text alternative: what the chart shows and its main reading, in a sentence or two. */
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

/** Lines over x labels (months). Values in öre for 'mnkr', else in the key figure's unit; null is a gap. */
export interface LineChartSpec extends ChartBase {
  kind: 'lines';
  unit: string;
  xLabels: string[];
  series: { name: string; values: (number | null)[]; dashed?: boolean }[];
}

export type ChartSpec = BarChartSpec | LineChartSpec;
