import { describe, expect, it } from 'vitest';
import { CHART_KEYS, type ChartKey, DEFAULT_TEMPLATE, SECTION_KEYS } from '#core/template.ts';
import type { ChartSpec } from './charts/spec.ts';
import type { Section } from './model.ts';
import { applyTemplate } from './template-apply.ts';

const sections: Section[] = SECTION_KEYS.map((key, i) => ({
  key,
  number: String(i + 1),
  title: `Built ${key}`,
  id: `s-${key}`,
  blocks: [
    { type: 'table', caption: `Tabell ${key}`, head: ['A'], numeric: [false], rows: [] },
    { type: 'paragraph', content: [`Text ${key}`] },
  ],
}));

const chart = (key: ChartKey): ChartSpec => ({
  key,
  id: key,
  title: key,
  alt: `Diagram ${key}`,
  table: { caption: key, head: [], rows: [] },
  kind: 'lines',
  unit: 'mnkr',
  decimals: 1,
  pointLabels: false,
  signed: true,
  xLabels: [],
  series: [],
});
const charts = CHART_KEYS.map(chart);

const chartKeys = (s: Section | undefined) => (s?.blocks ?? []).flatMap((b) => (b.type === 'chart' ? [b.chart.key] : []));

describe('applyTemplate', () => {
  it('keeps the default layout: the seed’s five sections and the key figures’, numbered 1–6, each chart after its section’s leading table', () => {
    const out = applyTemplate(sections, DEFAULT_TEMPLATE, charts);
    expect(out.map((s) => [s.number, s.key, s.title])).toEqual([
      ['1', 'overview', 'Resultatrapport'],
      ['2', 'result', 'Resultat'],
      ['3', 'forecast', 'Årsprognos'],
      ['4', 'investments', 'Investeringsverksamhet'],
      ['5', 'ks', 'Sammanfattande kommentarer till kommunstyrelsen (FU)'],
      ['6', 'kpis', 'Nyckeltal'],
    ]);
    expect(chartKeys(out[0])).toEqual(['deviation-by-area']);
    expect(out[0]?.blocks.map((b) => b.type)).toEqual(['table', 'chart', 'paragraph']);
    expect(chartKeys(out[5])).toEqual(['kpis']);
    expect(chartKeys(out[1])).toEqual(['ytd-actual-budget']);
    expect(chartKeys(out[2])).toEqual(['forecast-development']);
  });

  it('follows a template: its order, headings, numbering 1..n, and only the charts it names', () => {
    const out = applyTemplate(
      sections,
      {
        ...DEFAULT_TEMPLATE,
        sections: [
          { key: 'ks', title: 'Först' },
          { key: 'overview', title: 'Sedan' },
          { key: 'kpis', title: 'Sist' },
        ],
        charts: ['kpis'],
      },
      charts,
    );
    expect(out.map((s) => [s.number, s.key, s.title])).toEqual([
      ['1', 'ks', 'Först'],
      ['2', 'overview', 'Sedan'],
      ['3', 'kpis', 'Sist'],
    ]);
    expect(chartKeys(out[1])).toEqual([]);
    expect(chartKeys(out[2])).toEqual(['kpis']);
    // A section without a chosen chart keeps its blocks as they were.
    expect(out[0]?.blocks).toEqual(sections[4]?.blocks);
    expect(applyTemplate(sections, { ...DEFAULT_TEMPLATE, charts: [] }, charts).flatMap(chartKeys)).toEqual([]);
    // A section left with nothing in it (no key figures, or their chart not chosen) is left out.
    const empty = sections.map((s) => (s.key === 'kpis' ? { ...s, blocks: [] } : s));
    expect(applyTemplate(empty, { ...DEFAULT_TEMPLATE, charts: [] }, charts).map((s) => s.key)).not.toContain('kpis');
  });
});
