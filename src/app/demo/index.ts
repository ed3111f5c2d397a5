/** Loads the demo committee (Socialnämnden 2025, January-April) into a database, in one transaction. */
import { tkr } from '#core/money.ts';
import { upsertAmounts } from '#store/amounts.ts';
import { listCommitteeRows, type Q, saveAccounts, saveAreas, saveCodes, saveCommittee } from '#store/committees.ts';
import type { Db, RawConnection } from '#store/db.ts';
import { saveBudgetDecisions, saveForecasts, saveInvestmentProjects, saveTexts, type TextRow } from '#store/followup.ts';
import { claimImportNo, logImport } from '#store/imports.ts';
import { dropJournal } from '#store/undo-journal.ts';
import { createVoucherStore, deleteAllVouchers } from '#store/vouchers.ts';
import { buildDemoLedger } from './ledger.ts';
import { loadDemoItems } from './load-items.ts';
import { loadDemoKpis } from './load-kpis.ts';
import { ACCOUNTS, AREAS, BUDGET_DECISIONS, COMMITTEE, INVESTMENT_PROJECTS } from './socialnamnden.ts';
import { DEMO_TEXTS, type PeriodTexts } from './socialnamnden-texts.ts';
import { buildDemoVouchers } from './vouchers.ts';

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

export async function loadDemo(db: Db): Promise<void> {
  const ledger = buildDemoLedger();
  await db.write(async (q, raw) => {
    const importNo = await claimImportNo(q, db.dialect);
    await saveCommittee(q, {
      id: COMMITTEE.id,
      name: COMMITTEE.name,
      materialityThreshold: tkr(COMMITTEE.materialityThresholdTkr),
      fiscalYearStartMonth: 1,
    });
    await saveAreas(
      q,
      COMMITTEE.id,
      AREAS.map((a, i) => ({ id: a.id, name: a.name, sortOrder: (i + 1) * 10 })),
    );
    await saveCodes(
      q,
      COMMITTEE.id,
      AREAS.flatMap((a) => a.codes.map((c) => ({ code: c.code, name: c.name, areaId: a.id }))),
    );
    await saveAccounts(q, COMMITTEE.id, ACCOUNTS);
    await upsertAmounts(q, COMMITTEE.id, 'actual', ledger.actual);
    await upsertAmounts(q, COMMITTEE.id, 'budget', ledger.budget);
    await replaceDemoVouchers(q, raw, importNo, buildDemoVouchers(ledger.actual));
    for (const [m, period] of COMMITTEE.periods.entries()) {
      await saveForecasts(
        q,
        COMMITTEE.id,
        period,
        AREAS.map((a) => ({ areaId: a.id, deviation: tkr(a.forecast[m] ?? 0) })),
      );
      await saveTexts(q, COMMITTEE.id, period, textRows(DEMO_TEXTS[period]), new Date(`${period}-28T12:00:00Z`));
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
  await loadDemoItems(db, 'demo');
  await loadDemoKpis(db, 'demo');
}

/** The demo's vouchers replace those of an earlier demo load; the import log says where they came from. */
async function replaceDemoVouchers(
  q: Q,
  raw: RawConnection,
  importNo: number,
  vouchers: ReturnType<typeof buildDemoVouchers>,
): Promise<void> {
  await deleteAllVouchers(q, COMMITTEE.id);
  // The demo load cannot be undone: the journal of the import before it is of no use any more.
  await dropJournal(q, COMMITTEE.id);
  const store = createVoucherStore(raw, COMMITTEE.id, importNo);
  for (const v of vouchers) store.add(v);
  await store.finish();
  await logImport(q, {
    id: `demo-${importNo}`,
    importNo,
    committeeId: COMMITTEE.id,
    kind: 'demo',
    fileName: 'demodata',
    sha256: '',
    importedAt: new Date().toISOString(),
    user: 'demo',
    fiscalYear: `${COMMITTEE.fiscalYear}-01-01`,
    summary: { counts: { vouchers: vouchers.length } },
  });
}

/** Loads the demo when the database holds no committee yet (first start). Returns whether it did. */
export async function ensureDemo(db: Db): Promise<boolean> {
  if ((await listCommitteeRows(db.kysely)).length > 0) return false;
  await loadDemo(db);
  return true;
}
