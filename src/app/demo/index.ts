/** Loads the demo committee (Socialnämnden 2025, January-April) into a database through the use cases a user calls. */
import { tkr } from '#core/money.ts';
import { listCommitteeRows } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { saveBudgetDecisions, saveCommitteeItems, saveInvestmentProjects, saveTexts, type TextRow } from '#store/followup.ts';
import { loadDemoForecasts } from './load-forecasts.ts';
import { loadDemoLedger } from './load-ledger.ts';
import { BUDGET_DECISIONS, COMMITTEE, COMMITTEE_ITEMS, INVESTMENT_PROJECTS } from './socialnamnden.ts';
import { DEMO_TEXTS, type PeriodTexts } from './socialnamnden-texts.ts';

export const DEMO_COMMITTEE_ID = COMMITTEE.id;

function textRows(t: PeriodTexts): TextRow[] {
  const rows: TextRow[] = [
    { areaId: '', kind: 'summary', body: t.summary },
    { areaId: '', kind: 'forecast_summary', body: t.forecastSummary },
    { areaId: '', kind: 'investment_comment', body: t.investmentComment },
    { areaId: '', kind: 'ks_result', body: t.ksResult },
    { areaId: '', kind: 'ks_forecast', body: t.ksForecast },
    { areaId: '', kind: 'ks_investment', body: t.ksInvestment },
  ];
  for (const [areaId, a] of Object.entries(t.areas)) {
    if (a.comment) rows.push({ areaId, kind: 'comment', body: a.comment });
    if (a.action) rows.push({ areaId, kind: 'action', body: a.action });
    if (a.forecastComment) rows.push({ areaId, kind: 'forecast_comment', body: a.forecastComment });
  }
  return rows;
}

/** Loads the demo committee through the use cases a user calls; `user` is who the changes are logged as. */
export async function loadDemo(db: Db, user = 'demo'): Promise<void> {
  await loadDemoLedger(db, user);
  await db.write(async (q) => {
    for (const period of COMMITTEE.periods) {
      await saveTexts(q, COMMITTEE.id, period, textRows(DEMO_TEXTS[period]), new Date(`${period}-28T12:00:00Z`));
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
}

/** Loads the demo when the database holds no committee yet (first start). Returns whether it did. */
export async function ensureDemo(db: Db): Promise<boolean> {
  if ((await listCommitteeRows(db.kysely)).length > 0) return false;
  await loadDemo(db);
  return true;
}
