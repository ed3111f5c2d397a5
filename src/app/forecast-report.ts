/** What the report takes of the forecasts beyond each area's deviation: the year's earlier forecasts and both baselines. */
import type { Committee } from '#core/organisation.ts';
import type { ForecastDetails } from '#report/model.ts';
import type { Q } from '#store/committees.ts';
import { type LoadedYear, readForecastYear } from './forecast-year.ts';
import { forecastListOf } from './forecasts.ts';

export async function loadForecastDetails(
  q: Q,
  committee: Committee,
  period: string,
  loaded?: LoadedYear,
): Promise<Map<string, ForecastDetails>> {
  const list = forecastListOf(await readForecastYear(q, committee, period, loaded));
  return new Map(list.areas.map((a) => [a.id, { history: a.year.filter((f) => f.period < period), baseline: a.baseline }]));
}
