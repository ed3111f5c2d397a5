/**
 * What the monthly follow-up adds to the ledger, read for the report: the forecasts of a period.
 * The rest has its own module: texts (texts.ts), forecasts' writes (forecasts.ts), committee items
 * (items.ts), decisions, periodization and investments (budget.ts), key figures (kpis.ts).
 */
import type { AreaForecast } from '#core/forecast.ts';
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
