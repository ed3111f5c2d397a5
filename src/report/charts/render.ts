/**
 * Renders a chart specification with echarts on the server: SVG for the HTML report, the web app
 * and the PDF, PNG (resvg, twice the size, the system's fonts) for Word. No animation, no
 * interactivity, and the same SVG for the same specification: echarts' instance-numbered class
 * names, hover styles and metadata are taken out, and its ids are named after the chart.
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, setPlatformAPI, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type ChartSize, chartOption, chartSize } from './options.ts';
import type { ChartSpec } from './spec.ts';
import { textWidth } from './text-fit.ts';

export { type ChartSize, chartSize };

use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

// Without a canvas echarts counts every letter outside ASCII (å, ä, ö, −) as a full em; this is
// what lays out the axes and legends, so it should measure as the labels were fitted (text-fit.ts).
setPlatformAPI({
  measureText(text: string, font?: string) {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
    return { width: textWidth(text ?? '', size) } as TextMetrics;
  },
});

function clean(svg: string, id: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>\s*/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ pointer-events="visible"/g, '')
    .replace(/zr\d+-/g, `${id}-`);
}

/** Draws the chart (no cache; chartSvg keeps what it drew). */
export function drawChartSvg(spec: ChartSpec, size: ChartSize = chartSize(spec)): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(chartOption(spec));
    return clean(chart.renderToSVGString(), `diagram-${spec.id}`);
  } finally {
    chart.dispose();
  }
}

/** A small least-recently-used store: the newest `limit` results by key. */
function kept<T>(limit: number): (key: string, make: () => T) => T {
  const store = new Map<string, T>();
  return (key, make) => {
    const found = store.get(key);
    if (found !== undefined) {
      store.delete(key);
      store.set(key, found);
      return found;
    }
    const made = make();
    store.set(key, made);
    if (store.size > limit) store.delete(store.keys().next().value ?? '');
    return made;
  };
}

/**
 * The last charts drawn, by their specification: the same chart is asked for again and again (the
 * preview, the HTML file, the PDF and the Word file of one report), and since the picture depends
 * on nothing else, it is drawn once.
 */
const keptSvg = kept<string>(64);
const keptPng = kept<Uint8Array>(32);
const keyOf = (spec: ChartSpec, size: ChartSize) => `${size.width}x${size.height} ${JSON.stringify(spec)}`;

/** The chart as an SVG document (no XML declaration), for embedding in HTML and for resvg. */
export function chartSvg(spec: ChartSpec, size: ChartSize = chartSize(spec)): string {
  return keptSvg(keyOf(spec, size), () => drawChartSvg(spec, size));
}

/** The fonts the charts name, when the system has them (Debian's fonts-dejavu): reading only these is what makes resvg fast. */
const FONT_FILES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'].filter((f) =>
  existsSync(f),
);
const FONTS =
  FONT_FILES.length > 0
    ? { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
    : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };

/** The chart as PNG at twice its size (sharp in print), for Word. */
export function chartPng(spec: ChartSpec, size: ChartSize = chartSize(spec)): Uint8Array {
  return keptPng(keyOf(spec, size), () =>
    new Resvg(chartSvg(spec, size), { fitTo: { mode: 'width', value: size.width * 2 }, background: '#ffffff', font: FONTS })
      .render()
      .asPng(),
  );
}
