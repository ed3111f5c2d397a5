/**
 * A chart in the HTML report (and so in the web app and the PDF): a <figure> with the chart's
 * SVG (role="img", its text alternative as the accessible name), its title as caption, and its
 * data as a table beside it.
 */
import { escapeHtml } from '../escape.ts';
import type { ChartSpec } from './spec.ts';

export function chartFigureHtml(chart: ChartSpec): string {
  const id = `diagram-${escapeHtml(chart.id)}`;
  const head = chart.table.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const rows = chart.table.rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td class="num">${escapeHtml(c)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<figure class="chart" id="${id}"><figcaption>${escapeHtml(chart.title)}</figcaption><p class="chart-alt">${escapeHtml(chart.alt)}</p><div class="table-wrap"><table class="chart-data"><caption>${escapeHtml(chart.table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></figure>`;
}
