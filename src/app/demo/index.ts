/** Loads the demo committee (Socialnämnden 2025, January-April) into a database through the use cases a user calls. */
import { listCommitteeRows } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { loadDemoBudget } from './load-budget.ts';
import { loadDemoForecasts } from './load-forecasts.ts';
import { loadDemoItems } from './load-items.ts';
import { loadDemoKpis } from './load-kpis.ts';
import { loadDemoLedger } from './load-ledger.ts';
import { loadDemoTemplate } from './load-template.ts';
import { loadDemoTexts } from './load-texts.ts';
import { loadDemoUsers } from './load-users.ts';
import { COMMITTEE } from './socialnamnden.ts';

export const DEMO_COMMITTEE_ID = COMMITTEE.id;

/**
 * Loads the demo committee as a user would enter it: the ledger's SIE export imported, areas
 * named and codes mapped, then budget decisions and investment projects, forecasts, committee
 * items, key figures and texts, each through its own use case; `user` is who they are logged as.
 */
export async function loadDemo(db: Db, user = 'demo'): Promise<void> {
  await loadDemoLedger(db, user);
  await loadDemoBudget(db, user);
  await loadDemoForecasts(db, user);
  await loadDemoItems(db, user);
  await loadDemoKpis(db, user);
  await loadDemoTexts(db, user);
  await loadDemoTemplate(db, user);
  await loadDemoUsers(db, user);
}

/** Loads the demo when the database holds no committee yet (first start). Returns whether it did. */
export async function ensureDemo(db: Db): Promise<boolean> {
  if ((await listCommitteeRows(db.kysely)).length > 0) return false;
  try {
    await loadDemo(db);
  } catch (e) {
    // The demo loads in several use cases: one that fails leaves no half demo for the next start to take as loaded.
    await db.kysely
      .deleteFrom('committees')
      .where('id', '=', DEMO_COMMITTEE_ID)
      .execute()
      .catch(() => {});
    throw e;
  }
  return true;
}
