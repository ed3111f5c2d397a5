/**
 * Use case: from an area's deviation down to account groups, accounts and the vouchers behind
 * them, year to date for a period. Every figure is traceable to its postings.
 */

import type { AccountVouchers, AreaDrill, GroupDrill } from '#contract/drilldown.ts';
import { accountGroupName, isProfitAndLoss } from '#core/accounts.ts';
import { type AmountRow, computeFigures, type ResultFigures } from '#core/figures.ts';
import { areaOfCode, UNALLOCATED_AREA } from '#core/organisation.ts';
import { fiscalYearOf } from '#core/period.ts';
import { loadAmounts } from '#store/amounts.ts';
import { accountName, listAccounts, listAreas, loadCodeMap, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { loadVoucherLines, postingCodes } from '#store/vouchers.ts';
import { loadBudgetRows } from './budget-rows.ts';
import { committeeForPeriod } from './committees.ts';
import { NotFoundError } from './errors.ts';

type Amounts = Pick<ResultFigures, 'actualResult' | 'budgetResult' | 'deviation'>;

async function scope(q: Q, committeeId: string, period: string, areaId: string) {
  const committee = await committeeForPeriod(q, committeeId, period);
  const areas = await listAreas(q, committeeId);
  const area = areaId === UNALLOCATED_AREA.id ? UNALLOCATED_AREA : areas.find((a) => a.id === areaId);
  if (!area) throw new NotFoundError(`Området "${areaId}" finns inte i ${committee.name}.`);
  const codeMap = await loadCodeMap(q, committeeId);
  const fiscalYear = fiscalYearOf(period, committee.fiscalYearStartMonth);
  return { committee, area, codeMap, fiscalYear, from: fiscalYear.start, inArea: (code: string) => areaOfCode(codeMap, code) === area.id };
}

export async function drillArea(db: Db, committeeId: string, period: string, areaId: string): Promise<AreaDrill> {
  return db.snapshot((q) => readArea(q, committeeId, period, areaId));
}

async function readArea(q: Q, committeeId: string, period: string, areaId: string): Promise<AreaDrill> {
  const s = await scope(q, committeeId, period, areaId);
  const mine = (rows: AmountRow[]) => rows.filter((r) => s.inArea(r.code));
  const [actual, budget, accounts] = await Promise.all([
    loadAmounts(q, committeeId, 'actual', s.from, period).then(mine),
    loadBudgetRows(q, committeeId, s.from, period).then(mine),
    listAccounts(q, committeeId),
  ]);
  // The arithmetic (sign, account groups, per account) is core's, as for the report.
  const figures = computeFigures({
    period,
    fiscalYearStartMonth: s.committee.fiscalYearStartMonth,
    areas: [s.area],
    codeMap: s.codeMap,
    actual,
    budget,
    withAccounts: true,
  }).areas.find((a) => a.area.id === s.area.id);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const groups = (figures?.byGroup ?? []).map(
    (g): GroupDrill => ({
      group: g.group,
      name: accountGroupName(g.group),
      ...amounts(g),
      accounts: (g.accounts ?? []).map((a) => ({ account: a.account, name: names.get(a.account) ?? a.account, ...amounts(a) })),
    }),
  );
  const codes = new Set([...actual, ...budget].filter((r) => isProfitAndLoss(r.account)).map((r) => r.code));
  const total = figures ? amounts(figures) : { actualResult: 0, budgetResult: 0, deviation: 0 };
  return {
    committee: committeeId,
    period,
    fiscalYear: s.fiscalYear,
    area: { id: s.area.id, name: s.area.name },
    codes: [...codes].sort(),
    groups,
    ...total,
  };
}

const amounts = (f: ResultFigures): Amounts => ({ actualResult: f.actualResult, budgetResult: f.budgetResult, deviation: f.deviation });

export async function drillAccount(
  db: Db,
  committeeId: string,
  period: string,
  areaId: string,
  account: string,
  limit = 500,
): Promise<AccountVouchers> {
  return db.snapshot((q) => readAccount(q, committeeId, period, areaId, account, limit));
}

async function readAccount(
  q: Q,
  committeeId: string,
  period: string,
  areaId: string,
  account: string,
  limit: number,
): Promise<AccountVouchers> {
  const s = await scope(q, committeeId, period, areaId);
  // The codes of the postings themselves: for "Ej fördelat" these include codes no mapping names.
  const codes = (await postingCodes(q, committeeId, account, s.from, period)).filter(s.inArea);
  const [lines, name] = await Promise.all([
    loadVoucherLines(q, committeeId, account, codes, s.from, period, limit + 1),
    accountName(q, committeeId, account),
  ]);
  const vouchers = lines.slice(0, limit);
  return {
    committee: committeeId,
    period,
    fiscalYear: s.fiscalYear,
    area: { id: s.area.id, name: s.area.name },
    account,
    accountName: name ?? account,
    total: vouchers.reduce((t, v) => t + v.amount, 0),
    complete: lines.length <= limit,
    vouchers,
  };
}
