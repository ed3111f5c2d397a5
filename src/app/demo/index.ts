/**
 * Loads the demo (Socialnämnden, Barn- och utbildningsnämnden and Tekniska nämnden 2025,
 * January-April) into a database through the use cases a user calls.
 */
import { listCommitteeRows } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { loadDemoBudget } from './load-budget.ts';
import { loadDemoCommittee, OTHER_DEMO_COMMITTEES } from './load-committee.ts';
import { loadDemoForecasts } from './load-forecasts.ts';
import { loadDemoItems } from './load-items.ts';
import { loadDemoKpis } from './load-kpis.ts';
import { loadDemoLedger } from './load-ledger.ts';
import { loadDemoTemplate } from './load-template.ts';
import { loadDemoTexts } from './load-texts.ts';
import { loadDemoUsers } from './load-users.ts';
import { COMMITTEE } from './socialnamnden.ts';

export const DEMO_COMMITTEE_ID = COMMITTEE.id;

/** Every demo committee's id, Socialnämnden first. */
export const DEMO_COMMITTEE_IDS: readonly string[] = [COMMITTEE.id, ...OTHER_DEMO_COMMITTEES.map((c) => c.file.committee.id)];

export interface DemoOptions {
  /** 'all' (the default): the three committees; 'socialnamnden': Socialnämnden alone (most tests). */
  committees?: 'all' | 'socialnamnden';
}

/**
 * Loads the demo committees as a user would enter them: the ledger's SIE export imported, areas
 * named and codes mapped, then budget decisions and investment projects, forecasts, committee
 * items, key figures and texts, each through its own use case; `user` is who they are logged as.
 * The demo's people are added last.
 */
export async function loadDemo(db: Db, user = 'demo', options: DemoOptions = {}): Promise<void> {
  await loadSocialnamnden(db, user);
  if (options.committees !== 'socialnamnden') for (const c of OTHER_DEMO_COMMITTEES) await loadDemoCommittee(db, c, user);
  await loadDemoUsers(db, user);
}

async function loadSocialnamnden(db: Db, user: string): Promise<void> {
  await loadDemoLedger(db, user);
  await loadDemoBudget(db, user);
  await loadDemoForecasts(db, user);
  await loadDemoItems(db, user);
  await loadDemoKpis(db, user);
  await loadDemoTexts(db, user);
  await loadDemoTemplate(db, user);
}

/** Loads the demo when the database holds no committee yet (first start). Returns whether it did. */
export async function ensureDemo(db: Db, options: DemoOptions = {}): Promise<boolean> {
  if ((await listCommitteeRows(db.kysely)).length > 0) return false;
  try {
    await loadDemo(db, 'demo', options);
  } catch (e) {
    // The demo loads in several use cases: one that fails leaves no half demo for the next start to take as loaded.
    await db.kysely
      .deleteFrom('committees')
      .where('id', 'in', [...DEMO_COMMITTEE_IDS])
      .execute()
      .catch(() => {});
    throw e;
  }
  return true;
}
