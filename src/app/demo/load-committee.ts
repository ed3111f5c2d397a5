/**
 * Loads one of the demo's other committees (Barn- och utbildningsnämnden, Tekniska nämnden) as a
 * user would enter it: its SIE export imported, areas named and codes mapped, then its materiality
 * threshold, investment projects, forecasts, texts and report template (Exempelkommun on the
 * cover), each through its own use case.
 */
import { tkr } from '#core/money.ts';
import type { Db } from '#store/db.ts';
import { setMateriality } from '../texts.ts';
import { BARN_OCH_UTBILDNING } from './barn-och-utbildning.ts';
import type { DemoCommittee, DemoLedgerSpec } from './demo-committee.ts';
import { saveDemoProjects } from './load-budget.ts';
import { saveDemoForecasts } from './load-forecasts.ts';
import { loadDemoLedgerOf } from './load-ledger.ts';
import { loadDemoTemplate } from './load-template.ts';
import { saveDemoTexts } from './load-texts.ts';
import { COMMITTEE, PERSONNEL_PROFILE } from './socialnamnden.ts';
import { TEKNISKA } from './tekniska.ts';

/** The demo's committees besides Socialnämnden, in the order they are loaded. */
export const OTHER_DEMO_COMMITTEES: readonly DemoCommittee[] = [BARN_OCH_UTBILDNING, TEKNISKA];

/** What the ledger is built from: the committee's areas in Socialnämnden's year, months and personnel profile. */
export function demoLedgerSpec(demo: DemoCommittee): DemoLedgerSpec {
  return {
    fiscalYear: COMMITTEE.fiscalYear,
    periods: COMMITTEE.periods,
    areas: demo.areas,
    unusedAccounts: new Set(),
    personnelProfile: PERSONNEL_PROFILE,
    budgetDecisions: [],
    investmentOutcome: demo.investmentOutcome,
    seed: demo.seed,
  };
}

export async function loadDemoCommittee(db: Db, demo: DemoCommittee, user: string): Promise<void> {
  const id = demo.file.committee.id;
  const ledger = demoLedgerSpec(demo);
  await loadDemoLedgerOf(db, ledger, demo.file, user);
  await setMateriality(db, id, tkr(demo.materialityThresholdTkr), user);
  await saveDemoProjects(db, id, ledger.fiscalYear, demo.investmentProjects, user);
  await saveDemoForecasts(db, id, ledger, user);
  await saveDemoTexts(db, id, demo.texts, user);
  await loadDemoTemplate(db, user, id);
}
