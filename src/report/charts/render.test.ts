/** The charts as pictures: the same SVG for the same chart, Swedish numbers, hostile names drawn as text, 40 areas legible, a PNG for Word. */
import { describe, expect, it } from 'vitest';
import { buildCharts } from './build.ts';
import { area, HOSTILE, input, kpi, MNKR, totalMonths } from './fixtures/chart-input.ts';
import { chartPng, chartSize, chartSvg, drawChartSvg } from './render.ts';
import type { ChartSpec } from './spec.ts';

const bars = (n: number, name = (i: number) => `Område ${i + 1}`): ChartSpec => {
  const areas = Array.from({ length: n }, (_, i) => area(`o${i}`, name(i), (i - Math.floor(n / 2)) * 37 * 1_000_000));
  const chart = buildCharts(input({ areas }))[0];
  if (!chart) throw new Error('no chart');
  return chart;
};
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');

const lines = buildCharts(
  input({
    monthly: [
      totalMonths(2025, [
        [2 * MNKR, MNKR],
        [-3 * MNKR, MNKR],
        [MNKR / 2, MNKR],
      ]),
    ],
    period: '2025-03',
    kpis: [kpi('sjuk', { unit: '%', decimals: 1, target: 6000, values: [{ area: null, period: '2025-03', value: 6800 }] })],
  }),
);

describe('chartSvg', () => {
  it('draws the same SVG for the same chart, whatever was drawn before', () => {
    const spec = bars(5);
    const first = drawChartSvg(spec);
    for (const other of lines) drawChartSvg(other);
    expect(drawChartSvg(spec)).toBe(first);
    expect(chartSvg(spec)).toBe(first);
    expect(first).not.toMatch(/zr\d|<style|class=|ecmeta|<script/);
    const ytd = drawChartSvg(lines[0] as ChartSpec);
    const ids = ytd.match(/ id="[^"]+"/g) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith(' id="diagram-resultat-mot-budget-'))).toBe(true);
  });

  it('prints Swedish numbers: signed labels with U+2212 and decimal commas', () => {
    const t = texts(chartSvg(bars(5)));
    expect(t).toEqual(expect.arrayContaining(['+0,7', '\u22120,7', '0,0']));
    expect(t.join(' ')).not.toMatch(/-\d|\d\.\d/);
    const ytd = lines.find((c) => c.key === 'ytd-actual-budget');
    if (!ytd) throw new Error('no ytd');
    const y = texts(chartSvg(ytd));
    expect(y).toEqual(expect.arrayContaining(['jan', 'feb', 'mar', 'mnkr', 'Resultat', 'Budget', '+2,0', '\u22121,0', '\u22120,5']));
    const sick = texts(chartSvg(lines.find((c) => c.key === 'kpis') as ChartSpec));
    expect(sick).toEqual(expect.arrayContaining(['6,8', 'Mål 6,0\u00a0%', '%']));
  });

  it('draws hostile names as text, cut to the label width with "…"', () => {
    const svg = chartSvg(bars(3, (i) => (i === 1 ? HOSTILE : `Område ${i}`)));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const label = texts(svg).filter((t) => t.includes('xxxx'));
    expect(label).toHaveLength(1);
    expect(label[0]?.endsWith('…')).toBe(true);
    expect(label[0]?.length).toBeLessThan(60);
  });

  it('gives 40 areas a taller chart with every area named on its own line', () => {
    const few = bars(15);
    const many = bars(40, (i) => `Verksamhetsområde ${i + 1} med ett namn som inte får plats på en rad`);
    expect(chartSize(many).height).toBeGreaterThanOrEqual(40 * 22);
    expect(chartSize(many).height).toBeGreaterThan(chartSize(few).height);
    const names = texts(chartSvg(many)).filter((t) => t.startsWith('Verksamhetsområde'));
    expect(names).toHaveLength(40);
    expect(names.every((n) => n.endsWith('…'))).toBe(true);
  });
});

describe('chartPng', () => {
  it('is a PNG at twice the chart size', () => {
    const spec = bars(15);
    const png = Buffer.from(chartPng(spec));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const size = chartSize(spec);
    expect(png.readUInt32BE(16)).toBe(size.width * 2);
    expect(png.readUInt32BE(20)).toBe(size.height * 2);
    expect(png.length).toBeGreaterThan(10_000);
  });
});
