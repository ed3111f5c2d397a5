/** What the monthly follow-up adds to the ledger: forecasts, texts, committee items, investments, decisions. */
import type { AreaForecast, CommitteeItem } from '#core/forecast.ts';
import type { TextKind } from '#core/texts.ts';
import type { Q } from './committees.ts';

export type { TextKind };

/** '' is the committee itself (summary texts); otherwise an area id. */
export interface TextRow {
  areaId: string;
  kind: TextKind;
  body: string;
}

export async function saveForecasts(q: Q, committeeId: string, period: string, rows: readonly AreaForecast[]): Promise<void> {
  for (const r of rows) {
    await q
      .insertInto('forecasts')
      .values({ committee_id: committeeId, period, area_id: r.areaId, deviation: r.deviation })
      .onConflict((oc) => oc.columns(['committee_id', 'period', 'area_id']).doUpdateSet({ deviation: r.deviation }))
      .execute();
  }
}

export async function loadForecasts(q: Q, committeeId: string, period: string): Promise<AreaForecast[]> {
  const rows = await q
    .selectFrom('forecasts')
    .select(['area_id', 'deviation'])
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .execute();
  return rows.map((r) => ({ areaId: r.area_id, deviation: r.deviation }));
}

export async function saveTexts(q: Q, committeeId: string, period: string, rows: readonly TextRow[], now = new Date()): Promise<void> {
  const updated_at = now.toISOString();
  for (const r of rows) {
    await q
      .insertInto('texts')
      .values({ committee_id: committeeId, period, area_id: r.areaId, kind: r.kind, body: r.body, updated_at })
      .onConflict((oc) => oc.columns(['committee_id', 'period', 'area_id', 'kind']).doUpdateSet({ body: r.body, updated_at }))
      .execute();
  }
}

export async function loadTexts(q: Q, committeeId: string, period: string): Promise<TextRow[]> {
  const rows = await q
    .selectFrom('texts')
    .select(['area_id', 'kind', 'body'])
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .execute();
  return rows.map((r) => ({ areaId: r.area_id, kind: r.kind as TextKind, body: r.body }));
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
