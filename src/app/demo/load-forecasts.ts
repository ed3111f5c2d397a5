/** The demo committee's forecasts (January–April 2025), entered through the forecast use case as a controller would. */
import { tkr } from '#core/money.ts';
import type { Db } from '#store/db.ts';
import { saveForecasts } from '../forecast-save.ts';
import { AREAS, COMMITTEE } from './socialnamnden.ts';

export async function loadDemoForecasts(db: Db, user: string): Promise<void> {
  const entries = COMMITTEE.periods.flatMap((period, m) => AREAS.map((a) => ({ period, area: a.id, deviation: tkr(a.forecast[m] ?? 0) })));
  await saveForecasts(db, COMMITTEE.id, entries, user, new Date(`${COMMITTEE.periods.at(-1)}-28T12:00:00Z`));
}
