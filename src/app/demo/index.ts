/** Loads the demo committee (Socialnämnden 2025, January-April) into a database through the use cases a user calls. */
import { tkr } from '#core/money.ts';
import { listCommitteeRows } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { saveBudgetDecisions, saveCommitteeItems, saveInvestmentProjects } from '#store/followup.ts';
import { loadDemoForecasts } from './load-forecasts.ts';
import { loadDemoLedger } from './load-ledger.ts';
import { loadDemoTexts } from './load-texts.ts';
import { BUDGET_DECISIONS, COMMITTEE, COMMITTEE_ITEMS, INVESTMENT_PROJECTS } from './socialnamnden.ts';

export const DEMO_COMMITTEE_ID = COMMITTEE.id;

/** Loads the demo committee through the use cases a user calls; `user` is who the changes are logged as. */
export async function loadDemo(db: Db, user = 'demo'): Promise<void> {
  await loadDemoLedger(db, user);
  await db.write(async (q) => {
    for (const period of COMMITTEE.periods) {
      const items = COMMITTEE_ITEMS[period] ?? [];
      await saveCommitteeItems(
        q,
        COMMITTEE.id,
        period,
        items.map((i) => ({ key: i.key, label: i.label, amount: tkr(i.tkr), includedInAreaId: 'overgripande', group: i.group })),
      );
    }
    await saveInvestmentProjects(
      q,
      COMMITTEE.id,
      COMMITTEE.fiscalYear,
      INVESTMENT_PROJECTS.map((p) => ({ id: p.id, name: p.name, budget: tkr(p.budgetTkr) })),
    );
    await saveBudgetDecisions(
      q,
      COMMITTEE.id,
      COMMITTEE.fiscalYear,
      BUDGET_DECISIONS.map((d) => ({ ...d, amount: d.amountKr * 100 })),
    );
  });
  await loadDemoForecasts(db, user);
  await loadDemoTexts(db, user);
}

/** Loads the demo when the database holds no committee yet (first start). Returns whether it did. */
export async function ensureDemo(db: Db): Promise<boolean> {
  if ((await listCommitteeRows(db.kysely)).length > 0) return false;
  await loadDemo(db);
  return true;
}
