/** The forecast grid's data: cells keyed by area and month, what was typed, pasted blocks, the month totals. */
import { forecastTotal } from '#core/forecast.ts';
import type { ForecastCell, ForecastList } from '../shared/contract.ts';
import { formatMoney } from '../shared/format.ts';
import { readTkrInput, type Typed } from './typed-amount.ts';

export const cellKey = (area: string, period: string) => `${area}|${period}`;

/** The saved forecasts as the grid shows them: tkr without unit ("−300"). */
export function savedTexts(list: ForecastList): Map<string, string> {
  const texts = new Map<string, string>();
  for (const a of list.areas)
    for (const f of a.year)
      texts.set(cellKey(a.id, f.period), formatMoney(f.deviation, 'tkr', { bare: true, decimals: f.deviation % 100_000 === 0 ? 0 : 1 }));
  return texts;
}

/** A block copied from a spreadsheet: rows by line break, cells by tab (a trailing line break is no row). */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

export interface GridState {
  saved: Map<string, string>;
  edits: Map<string, string>;
}

export const textOf = (s: GridState, key: string) => s.edits.get(key) ?? s.saved.get(key) ?? '';

/** A cell's typed value; null for an empty cell that never had a forecast. */
export function cellValue(s: GridState, key: string): Typed | null {
  const text = textOf(s, key);
  if (text.trim() === '' && !s.saved.has(key)) return null;
  return readTkrInput(text);
}

export function changedKeys(s: GridState): string[] {
  return [...s.edits].filter(([k, t]) => t !== (s.saved.get(k) ?? '')).map(([k]) => k);
}

/** The committee's total of a month as typed: the areas' cells + the committee items outside the areas (core forecastTotal). */
export function monthTotal(list: ForecastList, s: GridState, period: string): number | null {
  const areas = list.areas.flatMap((a) => {
    const v = cellValue(s, cellKey(a.id, period));
    return v?.ok ? [{ areaId: a.id, deviation: v.ore }] : [];
  });
  const outside = list.itemsOutsideAreas.find((i) => i.period === period)?.amount ?? 0;
  const items = outside === 0 ? [] : [{ key: 'utanfor-omraden', label: '', amount: outside, includedInAreaId: null, group: null }];
  return forecastTotal(areas, items);
}

/** The changed cells to send, or the messages of those that cannot be read. */
export function toBatch(list: ForecastList, s: GridState): { cells: ForecastCell[]; errors: string[] } {
  const cells: ForecastCell[] = [];
  const errors: string[] = [];
  const names = new Map(list.areas.map((a) => [a.id, a.name]));
  for (const key of changedKeys(s)) {
    const [area = '', period = ''] = key.split('|');
    const v = cellValue(s, key);
    if (v === null) continue;
    if (v.ok) cells.push({ period, area, deviation: v.ore });
    else errors.push(`${names.get(area) ?? area}, ${period}: ${v.message}`);
  }
  return { cells, errors };
}
