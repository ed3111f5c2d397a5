/**
 * Renders a chart specification with echarts on the server: SVG for the HTML report, the web app
 * and the PDF, PNG (resvg) for Word. No animation, no interactivity: a document's picture.
 */
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { ChartSpec } from './spec.ts';

export interface ChartSize {
  width: number;
  height: number;
}

export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, height: 320 };

const mnkr = (ore: number) => Math.round(ore / 100_000) / 10;

function option(spec: ChartSpec): echarts.EChartsCoreOption {
  const base = { animation: false, textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif', color: '#1a1a1a' } };
  if (spec.kind === 'diverging-bars') {
    return {
      ...base,
      grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => String(v).replace('.', ',') } },
      yAxis: { type: 'category', data: spec.categories, inverse: true },
      series: [
        {
          type: 'bar',
          data: spec.values.map((v) => ({ value: mnkr(v), itemStyle: { color: v < 0 ? '#a4262c' : '#1f4e79' } })),
          label: {
            show: true,
            position: 'right',
            formatter: (p: { value: number }) => `${p.value > 0 ? '+' : ''}${String(p.value).replace('.', ',')}`,
          },
        },
      ],
    };
  }
  const scale = spec.unit === 'mnkr' ? mnkr : (v: number) => v;
  return {
    ...base,
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: spec.xLabels },
    yAxis: { type: 'value' },
    series: spec.series.map((s) => ({
      type: 'line',
      name: s.name,
      data: s.values.map((v) => (v === null ? null : scale(v))),
      lineStyle: s.dashed ? { type: 'dashed' } : undefined,
      symbol: s.dashed ? 'triangle' : 'circle',
    })),
  };
}

/** The chart as an SVG document (no XML declaration), for embedding in HTML. */
export function chartSvg(spec: ChartSpec, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(option(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as PNG at twice its size (sharp in print), for Word. */
export function chartPng(spec: ChartSpec, size: ChartSize = DEFAULT_CHART_SIZE): Uint8Array {
  const png = new Resvg(chartSvg(spec, size), { fitTo: { mode: 'width', value: size.width * 2 }, font: { loadSystemFonts: true } });
  return png.render().asPng();
}
