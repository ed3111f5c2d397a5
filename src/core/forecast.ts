/**
 * Annual forecast: per area the expected full-year deviation against the annual budget. The
 * committee's total is the sum of the areas' forecasts plus committee-level items that are not
 * already inside an area's forecast (an item "included in" an area is a "varav" of it).
 */
import type { ItemInputs } from './committee-items.ts';
import type { Ore } from './money.ts';

export interface AreaForecast {
  areaId: string;
  deviation: Ore;
}

export interface CommitteeItem {
  key: string;
  label: string;
  amount: Ore;
  /** Area whose forecast already holds the item, or null when it adds to the committee's total. */
  includedInAreaId: string | null;
  /** Items of one group are reported together, e.g. "po" for PO-påslag and löneöversyn. */
  group: string | null;
  /** What the amount is computed from (committee-items.ts); absent for an amount entered as such before inputs existed. */
  inputs?: ItemInputs;
}

/**
 * Null when nothing is forecast: no area has a forecast and no item adds to the total (items inside
 * areas, carried into a month no one has forecast yet, are no forecast of their own).
 */
export function forecastTotal(areas: readonly AreaForecast[], items: readonly CommitteeItem[]): Ore | null {
  if (areas.length === 0 && !items.some((i) => i.includedInAreaId === null)) return null;
  let total = 0;
  for (const a of areas) total += a.deviation;
  for (const i of items) if (i.includedInAreaId === null) total += i.amount;
  return total;
}

/** Sum of the items of one group ("2,2 − 0,6 = 1,6 mnkr"). */
export function itemGroupTotal(items: readonly CommitteeItem[], group: string): Ore {
  return items.filter((i) => i.group === group).reduce((s, i) => s + i.amount, 0);
}
