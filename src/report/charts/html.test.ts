/** A chart in the HTML report: one figure named by its text alternative, the SVG hidden from assistive technology, the data as a real table, hostile names escaped. */
import { describe, expect, it } from 'vitest';
import { buildCharts } from './build.ts';
import { area, HOSTILE, input, MNKR } from './fixtures/chart-input.ts';
import { chartFigureHtml } from './html.ts';

const escaped = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('chartFigureHtml', () => {
  const areas = [area('a', HOSTILE, 2 * MNKR), area('b', 'Åsa & Örjans område', -MNKR)];
  const [chart] = buildCharts(input({ areas }));
  if (!chart) throw new Error('no chart');
  const html = chartFigureHtml(chart);

  it('is a figure named by the alternative, with the title as caption and the SVG as presentation', () => {
    expect(html).toMatch(
      /^<div class="chart-block" id="diagram-avvikelse-per-omrade"><figure class="chart" aria-label="[^"]+"><figcaption>/,
    );
    expect(html).toContain(`aria-label="${escaped(chart.alt)}"`);
    expect(html).toContain(`<figcaption>${escaped(chart.title)}</figcaption><svg aria-hidden="true" focusable="false" class="chart-svg" `);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html.indexOf('</figure>')).toBeLessThan(html.indexOf('<table'));
  });

  it('has the data as a table with column and row headers', () => {
    expect(html).toContain(
      `<caption>${escaped(chart.table.caption)}</caption><thead><tr><th scope="col">Verksamhetsområde</th><th scope="col" class="num">Avvikelse</th></tr></thead>`,
    );
    expect(html).toContain(`<tr><th scope="row">${escaped(HOSTILE)}</th><td class="num">+2,0\u00a0mnkr</td></tr>`);
    expect(html).toContain('<tr><th scope="row">Åsa &amp; Örjans område</th><td class="num">\u22121,0\u00a0mnkr</td></tr>');
  });

  it('lets no markup of a name through', () => {
    expect(html).not.toMatch(/<script|<\/script|"x"\)/);
    expect(html.match(/&lt;script&gt;/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('prints the table note when there is one', () => {
    const note = { ...chart, table: { ...chart.table, note: 'Värdet <b>omfattar</b> mer.' } };
    expect(chartFigureHtml(note)).toContain('</table></div><p class="chart-note">Värdet &lt;b&gt;omfattar&lt;/b&gt; mer.</p></div>');
  });
});
