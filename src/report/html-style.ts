import { CHART_CSS } from './charts/style.ts';

const SANS = '"Segoe UI", system-ui, -apple-system, Arial, "Liberation Sans", "DejaVu Sans", sans-serif';
/** In print, faces whose widths are known (Arial and its metric twin), before the system's. */
const PRINT_SANS = 'Arial, "Liberation Sans", Helvetica, "Segoe UI", system-ui, "DejaVu Sans", sans-serif';
const SERIF = 'Georgia, Cambria, "Liberation Serif", "Times New Roman", "DejaVu Serif", serif';

/**
 * The report's print layout (the PDF, and printing the HTML file or the web app's report): A4,
 * a serif text face at 10.5 pt with sans headings and tables, the title block, contents and the
 * first section sharing page 1, sections following on without forced page breaks (a forced break
 * leaves the end of the section before near empty), headings kept with what follows, and every
 * table inside the page (fixed layout, area names wrapping, numbers not). The page header and footer of the PDF are Chromium's templates
 * (src/report/pdf/page-templates.ts), drawn in the top and bottom margins.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 22mm 18mm 20mm 20mm; }
  html, body { margin: 0; padding: 0; background: #fff; }
  .report { max-width: none; padding: 0; font-family: ${SERIF}; font-size: 10.5pt; line-height: 1.4; orphans: 3; widows: 3; }
  .report h1, .report h2, .report h3, .report h4, .report h5, .report .kicker, .report .meta, .report .version, .report .municipality,
  .report .draft-banner, .report table, .report .toc, .report figcaption, .report .report-foot { font-family: ${PRINT_SANS}; }
  .report h1 { font-size: 20pt; line-height: 1.2; margin: 2pt 0 6pt; }
  .report h2 { font-size: 14pt; line-height: 1.25; margin: 16pt 0 6pt; border-bottom-width: 1.5pt; padding-bottom: 2pt; }
  .report h3 { font-size: 12pt; margin: 12pt 0 4pt; }
  .report h4 { font-size: 11pt; margin: 11pt 0 3pt; }
  .report h5 { font-size: 10.5pt; margin: 7pt 0 2pt; }
  .report p, .report ul, .report ol { margin: 0 0 5pt; }
  .report .meta, .report .note, .report .version { font-size: 9.5pt; }
  .report h2, .report h3, .report h4, .report h5, .report caption, .report figcaption { break-after: avoid; break-inside: avoid; }
  .report section > h2 { margin-top: 20pt; }
  .report .report-title { margin-bottom: 10pt; }
  .report .issuer img.logo { max-height: 16mm; }
  .report .draft-banner { border: 1.5pt solid #8a1c1c; padding: 4pt 8pt; }
  .report .toc h2 { margin: 10pt 0 4pt; font-size: 12pt; }
  .report .toc ol { margin: 0 0 8pt; }
  .report .toc li { margin: 2pt 0; }
  .report .toc .num { text-align: left; min-width: 1.6em; }
  .report .toc li.paged { display: flex; align-items: baseline; }
  .report .toc li.paged a { flex: 0 1 auto; }
  .report .toc li.paged::after { content: ""; order: 1; flex: 1 1 auto; border-bottom: 0.75pt dotted #4a4a4a; margin: 0 4pt 0 6pt; min-width: 12pt; }
  .report .toc-page { order: 2; flex: 0 0 2.4em; text-align: right; font-variant-numeric: tabular-nums; }
  .report .table-wrap { overflow: visible; }
  .report table { table-layout: fixed; width: 100%; font-size: 9pt; line-height: 1.3; margin: 6pt 0 8pt; }
  .report table:has(thead th:nth-child(8)) { font-size: 8pt; }
  .report thead { display: table-header-group; }
  .report tfoot { display: table-row-group; }
  .report thead th:first-child { width: 30%; }
  .report table:has(thead th:nth-child(8)) thead th:first-child { width: 22%; }
  .report th, .report td { padding: 2.5pt 3pt; overflow-wrap: anywhere; }
  .report thead th { overflow-wrap: break-word; }
  .report thead th { vertical-align: bottom; }
  .report td.num, .report td .figure { white-space: nowrap; overflow-wrap: normal; }
  .report tr { break-inside: avoid; }
  .report a { color: inherit; text-decoration: none; }
  /* A chart's picture stays whole; its data table may go on over the page (a 40-area table is longer than one). */
  .report figure.chart { margin: 8pt 0; break-inside: auto; }
  .report figure.chart svg, .report figure.chart img { break-inside: avoid; }
  .report .report-foot { margin-top: 18pt; font-size: 8.5pt; }
}`;

/** The report's CSS: screen and print. Contrast meets WCAG AA. */
export const REPORT_CSS = `
.report { font-family: ${SANS}; color: #1a1a1a; line-height: 1.5; max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
/* A word longer than the line breaks anywhere; in a table (automatic layout on screen) only where it must, or the columns would shrink to a letter. */
.report p, .report li, .report caption, .report h1, .report h2, .report h3, .report h4, .report h5 { overflow-wrap: anywhere; }
.report th, .report td { overflow-wrap: break-word; }
.report h1 { font-size: 2rem; margin: 0.2rem 0 0.5rem; }
.report h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; border-bottom: 2px solid #1f4e79; padding-bottom: 0.25rem; }
.report h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
.report h4 { font-size: 1.05rem; margin: 1.5rem 0 0.4rem; }
.report h5 { font-size: 0.95rem; margin: 0.9rem 0 0.2rem; color: #333; }
.report h2 .num { color: #1f4e79; margin-right: 0.4rem; }
.report .kicker { margin: 0; font-weight: 600; color: #1f4e79; }
.report .issuer { display: flex; align-items: center; gap: 0.75rem; margin-bottom: 0.5rem; }
.report .issuer img.logo { max-height: 4rem; max-width: 12rem; width: auto; height: auto; }
.report .municipality { margin: 0; font-weight: 600; }
.report .meta, .report .note, .report .version { color: #4a4a4a; font-size: 0.95rem; }
.report .version { margin: 0.25rem 0 0; }
.report .draft-banner { margin: 0 0 1rem; padding: 0.5rem 0.75rem; border: 2px solid #8a1c1c; border-radius: 4px; color: #8a1c1c; background: #fff; }
.report .draft-label { font-weight: 700; }
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
${CHART_CSS}
${PRINT_CSS}`;
