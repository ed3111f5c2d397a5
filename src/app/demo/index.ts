/** Loads the demo committee (Socialnämnden 2025, January-April) into a database, in one transaction. */
import { tkr } from '#core/money.ts';
import { upsertAmounts } from '#store/amounts.ts';
import { listCommitteeRows, type Q, saveAccounts, saveAreas, saveCodes, saveCommittee } from '#store/committees.ts';
import type { Db, RawConnection } from '#store/db.ts';
import { saveBudgetDecisions, saveCommitteeItems, saveForecasts, saveInvestmentProjects } from '#store/followup.ts';
import { claimImportNo, logImport } from '#store/imports.ts';
import { dropJournal } from '#store/undo-journal.ts';
import { createVoucherStore, deleteAllVouchers } from '#store/vouchers.ts';
import { buildDemoLedger } from './ledger.ts';
import { ACCOUNTS, AREAS, BUDGET_DECISIONS, COMMITTEE, COMMITTEE_ITEMS, INVESTMENT_PROJECTS } from './socialnamnden.ts';
import { loadDemoTexts } from './load-texts.ts';
import { buildDemoVouchers } from './vouchers.ts';

export const DEMO_COMMITTEE_ID = COMMITTEE.id;

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
  await loadDemoTexts(db, 'demo');
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
