/**
 * The charts' CSS, part of the report's CSS (src/report/html-style.ts): the picture scales down
 * to the column (never wider than the page), the caption reads as the chart's title, the data
 * table is compact beneath it, and a chart with its table stays on one page when it fits.
 */
export const CHART_CSS = `
.report .chart-block { margin: 1.5rem 0; }
.report figure.chart { margin: 0; break-inside: avoid; }
.report figure.chart figcaption { font-weight: 600; margin-bottom: 0.5rem; overflow-wrap: anywhere; }
.report figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
.report table.chart-data { width: auto; min-width: 16rem; max-width: 100%; font-size: 0.8rem; margin: 0.5rem 0 0; }
.report table.chart-data caption { font-weight: 400; font-style: italic; color: #4a4a4a; overflow-wrap: anywhere; }
.report table.chart-data th, .report table.chart-data td { padding: 0.1rem 0.6rem 0.1rem 0; }
.report table.chart-data th[scope="row"] { font-weight: 400; overflow-wrap: anywhere; max-width: 20rem; }
.report table.chart-data td { white-space: nowrap; font-variant-numeric: tabular-nums; }
.report .chart-note { font-size: 0.8rem; color: #4a4a4a; margin: 0.3rem 0 0; }
@media print {
  .report .chart-block { break-inside: avoid-page; }
}
`;
