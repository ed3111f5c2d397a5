/** The demo committees' forecasts (January–April 2025), entered through the forecast use case as a controller would. */
import { tkr } from '#core/money.ts';
import type { Db } from '#store/db.ts';
import { saveForecasts } from '../forecast-save.ts';
import type { DemoLedgerSpec } from './demo-committee.ts';
import { COMMITTEE, SOCIALNAMNDEN_LEDGER } from './socialnamnden.ts';

export function loadDemoForecasts(db: Db, user: string): Promise<void> {
  return saveDemoForecasts(db, COMMITTEE.id, SOCIALNAMNDEN_LEDGER, user);
}

/** Every area's forecast of every actual month of a demo committee, saved at the end of the last month. */
export async function saveDemoForecasts(db: Db, committeeId: string, spec: DemoLedgerSpec, user: string): Promise<void> {
  const entries = spec.periods.flatMap((period, m) => spec.areas.map((a) => ({ period, area: a.id, deviation: tkr(a.forecast[m] ?? 0) })));
  await saveForecasts(db, committeeId, entries, user, new Date(`${spec.periods.at(-1)}-28T12:00:00Z`));
}
