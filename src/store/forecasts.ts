/** The forecasts table: per committee, period and area the expected full-year deviation in öre, with who saved it and when. */
import type { Ore } from '#core/money.ts';
import type { Q } from './committees.ts';

export interface StoredForecast {
  period: string;
  areaId: string;
  deviation: Ore;
  updatedBy: string | null;
  updatedAt: string | null;
}

export async function upsertForecast(q: Q, committeeId: string, f: StoredForecast): Promise<void> {
  const values = { deviation: f.deviation, updated_by: f.updatedBy, updated_at: f.updatedAt };
  await q
    .insertInto('forecasts')
    .values({ committee_id: committeeId, period: f.period, area_id: f.areaId, ...values })
    .onConflict((oc) => oc.columns(['committee_id', 'period', 'area_id']).doUpdateSet(values))
    .execute();
}

/** Removes one forecast; whether there was one. */
export async function deleteForecast(q: Q, committeeId: string, period: string, areaId: string): Promise<boolean> {
  const r = await q
    .deleteFrom('forecasts')
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .where('area_id', '=', areaId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Every forecast of the committee for periods from..to (a fiscal year), by period then area. */
export async function loadForecastsBetween(q: Q, committeeId: string, from: string, to: string): Promise<StoredForecast[]> {
  const rows = await q
    .selectFrom('forecasts')
    .select(['period', 'area_id', 'deviation', 'updated_by', 'updated_at'])
    .where('committee_id', '=', committeeId)
    .where('period', '>=', from)
    .where('period', '<=', to)
    .orderBy('period')
    .orderBy('area_id')
    .execute();
  return rows.map((r) => ({
    period: r.period,
    areaId: r.area_id,
    deviation: Number(r.deviation),
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  }));
}
