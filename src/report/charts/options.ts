/**
 * A chart specification as an echarts option: a printed document's picture (no animation, no
 * tooltips), Swedish numbers on the axes and labels (decimal comma, U+2212 minus), colours with
 * at least 3:1 contrast against white, and meaning that never rests on colour alone: bars left or
 * right of zero with signed labels, the budget and targets dashed, each line its own symbol.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatMoney } from '#core/format.ts';
import { formatKpiValue, THOUSANDTHS } from '#core/kpis.ts';
import { ORE_PER_MNKR } from '#core/money.ts';
import type { BarChartSpec, ChartSpec, LineChartSpec, LineRole } from './spec.ts';
import { fitLines, textWidth } from './text-fit.ts';

export interface ChartSize {
  width: number;
  height: number;
}

export const CHART_WIDTH = 640;
export const FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const TEXT = '#1a1a1a';
const MUTED = '#4d4d4d';
const GRID_LINE = '#d9d9d9';
/** Better than budget (dark blue, 8.9:1 on white) and worse (dark red, 6.5:1). */
export const POSITIVE = '#1f4e79';
export const NEGATIVE = '#a4262c';
/** Lines of key figures: all ≥ 5:1 on white, told apart by symbol as well. */
const LINE_COLOURS = ['#1f4e79', '#a4262c', '#2b6e3f', '#6a3d9a', '#8a4b08', '#00617a'];
const LINE_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle', 'emptyRect'];
/** Every colour that carries data or text (the grid lines are decoration). */
export const CHART_COLOURS = [TEXT, MUTED, POSITIVE, NEGATIVE, ...LINE_COLOURS];

/** Bars a chart lays out before each bar gets a single line of label. */
const ROOMY_BARS = 20;
const LEGEND_ROW = 30;
const LEGEND_TEXT_WIDTH = 150;
const LEGEND_ICON = 30;
const LEGEND_GAP = 18;
const DASHED_ICON = 'path://M0,6h7v2.4h-7zM11,6h7v2.4h-7zM22,6h7v2.4h-7z';

function barRow(count: number): number {
  return count > ROOMY_BARS ? 22 : 27;
}

/** Lines with a legend entry: all but a single series. */
function legendRows(spec: LineChartSpec): number {
  if (spec.series.length < 2) return 0;
  const room = CHART_WIDTH - 16;
  let rows = 1;
  let used = 0;
  for (const s of spec.series) {
    // Icon, its gap to the text, the text as fitted, the gap to the next entry.
    const width = LEGEND_ICON + 5 + textWidth(fitLines(s.name, LEGEND_TEXT_WIDTH, 1)) + LEGEND_GAP;
    if (used > 0 && used + width - LEGEND_GAP > room) {
      rows++;
      used = 0;
    }
    used += width;
  }
  return rows;
}

/** The size a chart is drawn at: bars grow with the number of areas so 40 stay legible. */
export function chartSize(spec: ChartSpec): ChartSize {
  if (spec.kind === 'diverging-bars') return { width: CHART_WIDTH, height: 48 + barRow(spec.categories.length) * spec.categories.length };
  // Key figures come several in a row: lower, so that two with their tables share a printed page.
  const plot = spec.key === 'kpis' ? 200 : 280;
  return { width: CHART_WIDTH, height: plot + legendRows(spec) * LEGEND_ROW };
}

/** How many decimals an axis tick needs (0,5 → 1), at most `max`. */
function tickDecimals(value: number, max: number): number {
  for (let d = 0; d < max; d++) if (Math.abs(value * 10 ** d - Math.round(value * 10 ** d)) < 1e-6) return d;
  return max;
}

const mnkrTick = (v: number) => formatMoney(Math.round(v * ORE_PER_MNKR), 'mnkr', { bare: true, decimals: tickDecimals(v, 2) });
const kpiTick = (v: number) => formatKpiValue(Math.round(v * THOUSANDTHS), tickDecimals(v, 3));

/** Öre or thousandths to the number drawn (mnkr with one decimal, or the key figure's value). */
function drawn(spec: ChartSpec, value: number): number {
  return spec.unit === 'mnkr' ? Math.round(value / (ORE_PER_MNKR / 10)) / 10 : value / THOUSANDTHS;
}

function valueText(spec: LineChartSpec, value: number): string {
  if (spec.unit === 'mnkr') return formatMoney(value, 'mnkr', { signed: spec.signed, bare: true });
  return formatKpiValue(value, spec.decimals);
}

const base = {
  animation: false,
  backgroundColor: '#ffffff',
  textStyle: { fontFamily: FONT_FAMILY, color: TEXT, fontSize: 12 },
};

const axisLabel = { color: TEXT, fontSize: 12 };
/** A picture in a document: no hover, emphasis or selection states to build. */
const still = { silent: true, emphasis: { disabled: true }, select: { disabled: true } };
const splitLine = { lineStyle: { color: GRID_LINE } };
/** No grid line at a padded axis end (a value no label names). */
const edgeless = { ...splitLine, showMinLine: false, showMaxLine: false };

interface Extent {
  min: number;
  max: number;
}

/** The data's extent padded by 12% each way, room for the labels above and below the points; money keeps zero in view. */
function padded(withZero: boolean) {
  const span = (r: Extent) => (r.max - r.min || Math.abs(r.max) || 1) * 0.12;
  return {
    min: (r: Extent) => (withZero ? Math.min(0, r.min) : r.min) - span(r),
    max: (r: Extent) => (withZero ? Math.max(0, r.max) : r.max) + span(r),
  };
}

/** The bars' extent: zero always in view, and 14% more on the sides that have bars, for their labels. */
function barExtent(side: 'min' | 'max') {
  return (r: Extent) => {
    const low = Math.min(r.min, 0);
    const high = Math.max(r.max, 0);
    const pad = (high - low || 1) * 0.14;
    if (side === 'min') return low < 0 ? low - pad : 0;
    return high > 0 ? high + pad : 0;
  };
}

const CATEGORY_WIDTH = 190;

function barOption(spec: BarChartSpec): EChartsCoreOption {
  const roomy = spec.categories.length <= ROOMY_BARS;
  const labels = spec.values.map((v) => formatMoney(v, 'mnkr', { signed: true, bare: true }));
  return {
    ...base,
    // The unit is in the title (", mnkr"): an axis name at the end of the axis would crowd the labels.
    grid: { left: 8, right: 16, top: 24, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      position: 'top',
      min: barExtent('min'),
      max: barExtent('max'),
      // A padded end is no round number: no label there, but zero is named where it is an end.
      axisLabel: {
        ...axisLabel,
        formatter: mnkrTick,
        showMinLabel: !spec.values.some((v) => v < 0),
        showMaxLabel: !spec.values.some((v) => v > 0),
      },
      splitLine: edgeless,
    },
    yAxis: {
      type: 'category',
      // Two lines a bar while there is room, one (cut with "…") for many areas.
      data: spec.categories.map((c) => fitLines(c, CATEGORY_WIDTH, roomy ? 2 : 1)),
      inverse: true,
      // The axis line is the zero line (its labels stay at the left).
      axisLine: { show: true, onZero: true, lineStyle: { color: TEXT, width: 1 } },
      axisTick: { show: false },
      axisLabel: { ...axisLabel, lineHeight: 13 },
    },
    // Better and worse than budget as two series stacked in one slot: each its colour and its side
    // for the label, without an option object per bar (which is what makes echarts slow).
    series: [
      { side: 'right', color: POSITIVE, keep: (v: number) => v >= 0 },
      { side: 'left', color: NEGATIVE, keep: (v: number) => v < 0 },
    ].map(({ side, color, keep }) => ({
      ...still,
      type: 'bar',
      stack: 'avvikelse',
      barCategoryGap: '28%',
      color,
      data: spec.values.map((v) => (keep(v) ? drawn(spec, v) : '-')),
      label: { show: true, position: side, color: TEXT, fontSize: 12, formatter: (p: { dataIndex: number }) => labels[p.dataIndex] ?? '' },
    })),
  };
}

function lineStyleOf(role: LineRole, index: number) {
  switch (role) {
    case 'budget':
      return { color: MUTED, type: 'dashed' as const, symbol: 'triangle', labelAt: 'bottom' };
    case 'target':
      return { color: MUTED, type: 'dashed' as const, symbol: 'none', labelAt: 'top' };
    case 'actual':
    case 'forecast':
      return { color: POSITIVE, type: 'solid' as const, symbol: 'circle', labelAt: 'top' };
    case 'value':
      return {
        color: LINE_COLOURS[index % LINE_COLOURS.length] ?? POSITIVE,
        type: 'solid' as const,
        symbol: LINE_SYMBOLS[index % LINE_SYMBOLS.length] ?? 'circle',
        labelAt: 'top',
      };
  }
}

function lineOption(spec: LineChartSpec): EChartsCoreOption {
  const rows = legendRows(spec);
  let valueIndex = 0;
  return {
    ...base,
    legend:
      rows > 0
        ? {
            selectedMode: false,
            bottom: 4,
            left: 8,
            right: 8,
            itemWidth: LEGEND_ICON,
            // A target has no symbol: its legend entry is a bare dashed line (echarts would add a circle).
            data: spec.series.map((s) => (s.role === 'target' ? { name: s.name, icon: DASHED_ICON } : { name: s.name })),
            itemGap: LEGEND_GAP,
            textStyle: { color: TEXT, fontSize: 12 },
            formatter: (name: string) => fitLines(name, LEGEND_TEXT_WIDTH, 1),
          }
        : { show: false },
    grid: { left: 12, right: 24, top: 36, bottom: 12 + rows * LEGEND_ROW, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: spec.xLabels,
      axisLabel,
      axisLine: { lineStyle: { color: MUTED } },
      axisTick: { alignWithLabel: true, lineStyle: { color: MUTED } },
    },
    yAxis: {
      type: 'value',
      name: spec.unit,
      nameTextStyle: { color: TEXT, align: 'left' },
      ...padded(spec.unit === 'mnkr'),
      axisLabel: { ...axisLabel, formatter: spec.unit === 'mnkr' ? mnkrTick : kpiTick, showMinLabel: false, showMaxLabel: false },
      splitLine: edgeless,
    },
    series: spec.series.map((s) => {
      const style = lineStyleOf(s.role, s.role === 'value' ? valueIndex++ : 0);
      const texts = s.values.map((v) => (v === null ? '' : valueText(spec, v)));
      return {
        ...still,
        type: 'line',
        name: s.name,
        data: s.values.map((v) => (v === null ? null : drawn(spec, v))),
        color: style.color,
        lineStyle: { color: style.color, type: style.type, width: s.role === 'target' ? 1.5 : 2 },
        symbol: style.symbol,
        symbolSize: 7,
        showAllSymbol: true,
        connectNulls: false,
        label: {
          show: spec.pointLabels && s.role !== 'target',
          position: style.labelAt,
          distance: 7,
          color: TEXT,
          fontSize: 12,
          // Legible where the line runs through the label.
          backgroundColor: 'rgba(255,255,255,0.8)',
          padding: [1, 2],
          formatter: (p: { dataIndex: number }) => texts[p.dataIndex] ?? '',
        },
      };
    }),
  };
}

export function chartOption(spec: ChartSpec): EChartsCoreOption {
  return spec.kind === 'diverging-bars' ? barOption(spec) : lineOption(spec);
}
