/**
 * Use case: from an area's deviation down to account groups, accounts and the vouchers behind
 * them, year to date for a period. Every figure is traceable to its postings.
 */
import { type AccountGroupId, accountGroupName, isProfitAndLoss } from '#core/accounts.ts';
import { computeFigures, type ResultFigures } from '#core/figures.ts';
import type { Ore } from '#core/money.ts';
import { areaOfCode, UNALLOCATED_AREA } from '#core/organisation.ts';
import { fiscalYearOf, isPeriod } from '#core/period.ts';
import { loadAmounts } from '#store/amounts.ts';
import { accountName, findCommittee, listAccounts, listAreas, loadCodeMap, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { loadVoucherLines, postingCodes, type VoucherLine } from '#store/vouchers.ts';
import { InputError, NotFoundError } from './errors.ts';
import { requireBookedPeriod } from './report.ts';

interface Amounts {
  actualResult: Ore;
  budgetResult: Ore;
  deviation: Ore;
}

export interface AccountDrill extends Amounts {
  account: string;
  name: string;
}

export interface GroupDrill extends Amounts {
  group: AccountGroupId;
  name: string;
  accounts: AccountDrill[];
}

export interface AreaDrill extends Amounts {
  committee: string;
  period: string;
  area: { id: string; name: string };
  codes: string[];
  groups: GroupDrill[];
}

async function scope(q: Q, committeeId: string, period: string, areaId: string) {
  if (!isPeriod(period)) throw new InputError(`"${period}" är ingen period (ange år och månad som ÅÅÅÅ-MM, t.ex. 2025-04)`, 'period');
  const committee = await findCommittee(q, committeeId);
  if (!committee) throw new NotFoundError(`Nämnden "${committeeId}" finns inte.`);
  await requireBookedPeriod(q, committee, period);
  const areas = await listAreas(q, committeeId);
  const area = areaId === UNALLOCATED_AREA.id ? UNALLOCATED_AREA : areas.find((a) => a.id === areaId);
  if (!area) throw new NotFoundError(`Området "${areaId}" finns inte i ${committee.name}.`);
  const codeMap = await loadCodeMap(q, committeeId);
  const fy = fiscalYearOf(period, committee.fiscalYearStartMonth);
  return { committee, area, areas, codeMap, from: fy.start, inArea: (code: string) => areaOfCode(codeMap, code) === area.id };
}

export async function drillArea(db: Db, committeeId: string, period: string, areaId: string): Promise<AreaDrill> {
  return db.snapshot((q) => readArea(q, committeeId, period, areaId));
}

async function readArea(q: Q, committeeId: string, period: string, areaId: string): Promise<AreaDrill> {
  const s = await scope(q, committeeId, period, areaId);
  const [actual, budget, accounts] = await Promise.all([
    loadAmounts(q, committeeId, 'actual', s.from, period),
    loadAmounts(q, committeeId, 'budget', s.from, period),
    listAccounts(q, committeeId),
  ]);
  // The arithmetic (sign, account groups, per account) is core's, as for the report.
  const figures = computeFigures({
    period,
    fiscalYearStartMonth: s.committee.fiscalYearStartMonth,
    areas: s.areas,
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
  const codes = new Set<string>();
  for (const r of [...actual, ...budget]) if (isProfitAndLoss(r.account) && s.inArea(r.code)) codes.add(r.code);
  const total = figures ? amounts(figures) : { actualResult: 0, budgetResult: 0, deviation: 0 };
  return { committee: committeeId, period, area: { id: s.area.id, name: s.area.name }, codes: [...codes].sort(), groups, ...total };
}

const amounts = (f: ResultFigures): Amounts => ({ actualResult: f.actualResult, budgetResult: f.budgetResult, deviation: f.deviation });

export interface AccountVouchers {
  committee: string;
  period: string;
  area: { id: string; name: string };
  account: string;
  accountName: string;
  /** Sum of the listed postings (ledger sign: debit positive). */
  total: Ore;
  /** False when the list was cut at the limit. */
  complete: boolean;
  vouchers: VoucherLine[];
}

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
    area: { id: s.area.id, name: s.area.name },
    account,
    accountName: name ?? account,
    total: vouchers.reduce((t, v) => t + v.amount, 0),
    complete: lines.length <= limit,
    vouchers,
  };
}
