/**
 * The words and numbers the charts print (axis months, values in the table and the text
 * alternative), all through #core/format.ts and #core/kpis.ts so a chart says what the report says.
 */
import { formatMoney, NBSP } from '#core/format.ts';
import { formatKpiValue } from '#core/kpis.ts';
import type { Ore } from '#core/money.ts';
import { monthName, type Period, periodLabel, periodSpanLabel } from '#core/period.ts';

/** The name a chart draws (short, for axes and legends); tables and text alternatives use the full name. */
export const drawnName = (a: { name: string; shortName: string | null }) => a.shortName || a.name;

/** "jan", "feb", … "maj", … for an axis. */
export function monthShort(period: Period): string {
  return monthName(period).slice(0, 3);
}

/** A month in a sentence after the chart's span: "april" ("april 2025" is said once, in the span). */
export const monthText = monthName;

/** A table row's month: "januari 2025". */
export const monthRow = periodLabel;

/** "januari–april 2025"; the one month's label when there is one. */
export function spanOf(periods: readonly Period[]): string {
  const first = periods[0];
  const last = periods[periods.length - 1];
  return first && last ? periodSpanLabel(first, last) : '';
}

/** "+13,7 mnkr" (signed) or "13,7 mnkr". */
export function mnkrText(amount: Ore, signed = true): string {
  return formatMoney(amount, 'mnkr', { signed });
}

/** A key figure's value with its unit: "6,8 %", "391 hushåll", "12". */
export function kpiText(thousandths: number, decimals: number, unit: string): string {
  const value = formatKpiValue(thousandths, decimals);
  return unit ? `${value}${NBSP}${unit}` : value;
}

/** "a", "a och b", "a, b och c" */
export function listSv(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** A chart id made of what an HTML id and a file name accept ("nyckeltal-sjukfranvaro"). */
export function chartSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'diagram';
}

/** The cell for a month without a value. */
export const NO_VALUE = '–';
