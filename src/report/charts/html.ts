/**
 * A chart in the HTML report (and so in the web app and the PDF): a <figure> named by the chart's
 * text alternative (aria-label), its title as <figcaption>, and the SVG inside as presentation
 * (aria-hidden). Chromium's tagged PDF makes that one Figure with Alt and a Caption; an inline
 * <svg role="img"> would add a second, nested Figure. The chart's data follows as a real table,
 * outside the figure, so that it stays readable in the PDF (a Figure's content is skipped for its Alt).
 */
import { escapeHtml } from '../escape.ts';
import { chartSvg } from './render.ts';
import type { ChartSpec, ChartTable } from './spec.ts';

function tableHtml(table: ChartTable): string {
  const head = table.head.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  const rows = table.rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td class="num">${escapeHtml(c)}</td>`)).join('')}</tr>`,
    )
    .join('');
  const note = table.note ? `<p class="chart-note">${escapeHtml(table.note)}</p>` : '';
  return `<div class="table-wrap"><table class="chart-data"><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>${note}`;
}

/** The SVG as the figure's picture: hidden from assistive technology, which reads the figure's name. */
function pictureSvg(spec: ChartSpec): string {
  return chartSvg(spec).replace('<svg ', '<svg aria-hidden="true" focusable="false" class="chart-svg" ');
}

export function chartFigureHtml(chart: ChartSpec): string {
  const id = `diagram-${escapeHtml(chart.id)}`;
  return `<div class="chart-block" id="${id}"><figure class="chart" aria-label="${escapeHtml(chart.alt)}"><figcaption>${escapeHtml(
    chart.title,
  )}</figcaption>${pictureSvg(chart)}</figure>${tableHtml(chart.table)}</div>`;
}
