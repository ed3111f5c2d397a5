/** The charts' CSS, part of the report's CSS (src/report/html-style.ts). */
export const CHART_CSS = `
.report figure.chart { margin: 1.25rem 0; break-inside: avoid; }
.report figure.chart figcaption { font-weight: 600; margin-bottom: 0.4rem; }
.report figure.chart svg { max-width: 100%; height: auto; }
`;
