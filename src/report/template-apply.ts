/**
 * Applies a committee's template to the built sections: keeps the sections it lists, in its
 * order and under its headings, numbers them 1, 2, … and places each chart it shows first in
 * its section (after the section's leading table, when it has one). A section left empty is left
 * out.
 */
import { CHART_SECTION, type ReportTemplate } from '#core/template.ts';
import type { ChartSpec } from './charts/spec.ts';
import type { Block, Section } from './model.ts';

export function applyTemplate(sections: readonly Section[], template: ReportTemplate, charts: readonly ChartSpec[]): Section[] {
  const byKey = new Map(sections.map((s) => [s.key, s]));
  const out: Section[] = [];
  for (const wanted of template.sections) {
    const section = byKey.get(wanted.key);
    if (!section) continue;
    const own = charts.filter((c) => template.charts.includes(c.key) && CHART_SECTION[c.key] === wanted.key);
    // A section with nothing in it (the key figures' when there are none) is left out.
    if (section.blocks.length === 0 && own.length === 0) continue;
    out.push({ ...section, number: String(out.length + 1), title: wanted.title || section.title, blocks: withCharts(section.blocks, own) });
  }
  return out;
}

function withCharts(blocks: readonly Block[], charts: readonly ChartSpec[]): Block[] {
  if (charts.length === 0) return [...blocks];
  const chartBlocks: Block[] = charts.map((chart) => ({ type: 'chart', chart }));
  const at = blocks[0]?.type === 'table' ? 1 : 0;
  return [...blocks.slice(0, at), ...chartBlocks, ...blocks.slice(at)];
}
