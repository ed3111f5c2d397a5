import { CHART_CSS } from './charts/style.ts';

/** The report's CSS: screen and print (A4, page breaks between sections). Contrast meets WCAG AA. */
export const REPORT_CSS = `
.report { font-family: "Segoe UI", system-ui, -apple-system, Arial, sans-serif; color: #1a1a1a; line-height: 1.5; max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
.report h1 { font-size: 2rem; margin: 0.2rem 0 0.5rem; }
.report h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; border-bottom: 2px solid #1f4e79; padding-bottom: 0.25rem; }
.report h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
.report h4 { font-size: 1.05rem; margin: 1.5rem 0 0.4rem; }
.report h5 { font-size: 0.95rem; margin: 0.9rem 0 0.2rem; color: #333; }
.report h2 .num { color: #1f4e79; margin-right: 0.4rem; }
.report .kicker { margin: 0; font-weight: 600; color: #1f4e79; }
.report .meta, .report .note { color: #4a4a4a; font-size: 0.95rem; }
.report .note { font-style: italic; }
.report .figure { white-space: nowrap; font-variant-numeric: tabular-nums; font-weight: 600; }
.report .toc ol { list-style: none; padding-left: 0; }
.report .toc li { margin: 0.3rem 0; }
.report .toc a { color: #1f4e79; }
.report .toc .num { display: inline-block; min-width: 1.5rem; }
.report .toc h2 { border: none; font-size: 1.2rem; margin-top: 1.5rem; }
.report .table-wrap { overflow-x: auto; }
.report table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 1rem 0; }
.report caption { text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
.report th, .report td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #c8c8c8; text-align: left; vertical-align: top; }
.report thead th { border-bottom: 2px solid #1a1a1a; }
.report .num { text-align: right; }
.report td .figure { font-weight: 400; }
.report tr.total th, .report tr.total td { font-weight: 700; border-top: 2px solid #1a1a1a; }
.report .report-foot { margin-top: 3rem; color: #4a4a4a; font-size: 0.85rem; border-top: 1px solid #c8c8c8; }
@media print {
  @page { size: A4; margin: 20mm 18mm; }
  .report { max-width: none; padding: 0; font-size: 10.5pt; }
  .report section { break-before: page; }
  .report h2, .report h3, .report h4, .report h5 { break-after: avoid; }
  .report table, .report tr { break-inside: avoid; }
  .report a { color: inherit; text-decoration: none; }
}
${CHART_CSS}`;
