/** What the monthly follow-up adds to the ledger: forecasts, committee items, investments, decisions (texts: texts.ts; saving forecasts: forecasts.ts). */
import type { AreaForecast, CommitteeItem } from '#core/forecast.ts';
import type { Ore } from '#core/money.ts';
import type { Q } from './committees.ts';

export async function loadForecasts(q: Q, committeeId: string, period: string): Promise<AreaForecast[]> {
  const rows = await q
    .selectFrom('forecasts')
    .select(['area_id', 'deviation'])
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .execute();
  return rows.map((r) => ({ areaId: r.area_id, deviation: r.deviation }));
}

export async function saveCommitteeItems(q: Q, committeeId: string, period: string, items: readonly CommitteeItem[]): Promise<void> {
  for (const i of items) {
    const values = { label: i.label, amount: i.amount, included_in_area_id: i.includedInAreaId, group_key: i.group };
    await q
      .insertInto('committee_items')
      .values({ committee_id: committeeId, period, key: i.key, ...values })
      .onConflict((oc) => oc.columns(['committee_id', 'period', 'key']).doUpdateSet(values))
      .execute();
  }
}

export async function loadCommitteeItems(q: Q, committeeId: string, period: string): Promise<CommitteeItem[]> {
  const rows = await q
    .selectFrom('committee_items')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .orderBy('key')
    .execute();
  return rows.map((r) => ({ key: r.key, label: r.label, amount: r.amount, includedInAreaId: r.included_in_area_id, group: r.group_key }));
}
