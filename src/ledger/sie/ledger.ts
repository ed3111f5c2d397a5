/**
 * Turns what the parser collected into a SieLedger once the file has ended: fiscal years, period
 * balances (vouchers for fiscal years that have vouchers, #PSALDO for the others), period budgets,
 * the cross-check of #PSALDO against vouchers, and the reconciliation with #IB/#UB/#RES.
 */

import { AmountMap, checkMagnitudes } from './amount-map.ts';
import type { YearRow } from './balances.ts';
import { encodingWarnings, undeclaredWarnings } from './notices.ts';
import type { SieParser } from './parser.ts';
import { decideMode, deriveGroup, type Group, groupRows, groupTotal, type PsaldoMode } from './psaldo.ts';
import { crossCheck, uncheckedEmptyList } from './psaldo-notices.ts';
import { reconcile } from './reconcile.ts';
import { NO_OBJECTS } from './tables.ts';
import { isoDate, monthOf, periodText } from './tokenizer.ts';
import type { SieDimension, SieLedger } from './types.ts';

/** Names of the dimensions SIE reserves, for dimensions used without a #DIM record. */
const RESERVED_DIMENSIONS: Record<number, string> = {
  1: 'Kostnadsställe / resultatenhet',
  2: 'Kostnadsbärare',
  6: 'Projekt',
  7: 'Anställd',
  8: 'Kund',
  9: 'Leverantör',
  10: 'Faktura',
};

/** Key of a month and account (account indices stay below 2^20: checked below). */
const groupKey = (month: number, account: number): number => month * 1048576 + account;

export function buildLedger(p: SieParser): SieLedger {
  const ctx = p.ctx;
  const vouchers = p.vouchers;
  if (ctx.accounts.size >= 1048576) ctx.fail('filen har fler än en miljon konton; är det verkligen en bokföring?', 0);
  const b = p.balances;
  checkMagnitudes(ctx, vouchers.sums, [...b.psaldo, ...b.ib, ...b.ub, ...b.res], b.pbudget);
  const years = [...p.balances.rar].sort((a, b) => b.index - a.index);
  const ranges = years.map((r) => ({ index: r.index, from: monthOf(r.start), to: monthOf(r.end) }));
  const yearOfMonth = (m: number): number | undefined => ranges.find((r) => m >= r.from && m <= r.to)?.index;
  const declaredYear = (index: number): boolean => ranges.some((r) => r.index === index);

  // Vouchers: sums per group (month, account) and per object; the fiscal years they cover.
  const voucherYears = new Set<number>();
  for (const m of vouchers.months) {
    const y = yearOfMonth(m);
    if (y !== undefined) voucherYears.add(y);
  }
  const voucherGroups = new Map<number, Map<number, number>>();
  vouchers.sums.forEach((month, account, object, sum) => {
    const k = groupKey(month, account);
    let objects = voucherGroups.get(k);
    if (!objects) voucherGroups.set(k, (objects = new Map()));
    const o = object < 0 ? NO_OBJECTS : object;
    objects.set(o, (objects.get(o) ?? 0) + sum);
  });
  const voucherTotal = (k: number): number => {
    let total = 0;
    for (const s of voucherGroups.get(k)?.values() ?? []) total += s;
    return total;
  };

  // #PSALDO groups and their fiscal years (by period through #RAR, not by the year index).
  const groups = groupRows(p.balances.psaldo);
  const groupYear = new Map<Group, number | undefined>();
  let contradictions = 0;
  for (const g of groups) {
    let y = yearOfMonth(g.month);
    const stated = g.yearIndex;
    if (y === undefined) {
      ctx.warn(`#PSALDO för period ${periodText(g.month)} ligger utanför räkenskapsåren i #RAR`, g.line, '#PSALDO utanför räkenskapsåren');
      y = declaredYear(stated) ? stated : undefined;
    } else if (stated !== y) {
      contradictions++;
    }
    groupYear.set(g, y);
  }
  if (contradictions > 0) {
    ctx.warn(
      `${contradictions} ${contradictions === 1 ? 'kombination' : 'kombinationer'} av konto och månad i #PSALDO har ett årsnummer som inte stämmer med perioden; perioderna hänförs till räkenskapsår enligt #RAR`,
      0,
    );
  }
  const fromVouchers = (g: Group): boolean => {
    const y = groupYear.get(g);
    return y !== undefined ? voucherYears.has(y) : vouchers.months.has(g.month);
  };

  // The file's meaning of {} (see psaldo.ts), and whether anything confirmed it.
  const statedMovement = statedMovements(p);
  const budgetGroups = groupRows(p.balances.pbudget);
  let mode: PsaldoMode = 'total';
  let confirmed = false;
  if (groups.length > 0 || budgetGroups.length > 0) {
    const none = (): undefined => undefined;
    const decision =
      groups.length > 0
        ? decideMode(groups, {
            voucherTotal: (g) => (fromVouchers(g) ? voucherTotal(groupKey(g.month, g.account)) : undefined),
            statedMovement,
            yearOf: (g) => (fromVouchers(g) ? undefined : groupYear.get(g)),
          })
        : decideMode(budgetGroups, { voucherTotal: none, statedMovement: none, yearOf: none });
    mode = decision.mode;
    confirmed = decision.total + decision.remainder > 0;
  }
  if (!confirmed) {
    uncheckedEmptyList(ctx, [
      [groups.filter((g) => !fromVouchers(g)), '#PSALDO'],
      [budgetGroups, '#PBUDGET'],
    ]);
  }
  if (mode === 'remainder') {
    ctx.warn(
      '#PSALDO/#PBUDGET-rader med tom objektlista {} läses som resten utan objekt (så som den här filen gör), inte som kontots totalbelopp',
      0,
    );
  }

  // Period balances.
  const balances = new AmountMap();
  vouchers.sums.forEach((month, account, object, sum) => {
    balances.add(month, account, object < 0 ? NO_OBJECTS : object, sum);
  });
  const psaldoYears = new Set<number>();
  const psaldoMovement = new Map<string, number>();
  const psaldoGroups = new Set<number>();
  for (const g of groups) {
    const k = groupKey(g.month, g.account);
    psaldoGroups.add(k);
    if (fromVouchers(g)) {
      crossCheck(ctx, g, mode, voucherGroups.get(k));
      continue;
    }
    deriveGroup(g, mode, ctx.dimension, (o, amount) => balances.add(g.month, g.account, o, amount));
    const y = groupYear.get(g);
    if (y !== undefined) {
      psaldoYears.add(y);
      const mk = `${y}|${g.account}`;
      psaldoMovement.set(mk, (psaldoMovement.get(mk) ?? 0) + groupTotal(g, mode));
    }
  }
  // Months without a #PSALDO row for an account that has rows in that fiscal year.
  const accountYears = new Set<string>();
  for (const g of groups) if (fromVouchers(g)) accountYears.add(`${groupYear.get(g)}|${g.account}`);
  let missing = 0;
  for (const [k, objects] of voucherGroups) {
    const account = k % 1048576;
    if (psaldoGroups.has(k) || !accountYears.has(`${yearOfMonth(Math.floor(k / 1048576))}|${account}`)) continue;
    let total = 0;
    for (const s of objects.values()) total += s;
    if (total !== 0) missing++;
  }
  if (missing > 0)
    ctx.warn(
      `${missing} ${missing === 1 ? 'kombination' : 'kombinationer'} av konto och månad har verifikationer men ingen #PSALDO-rad`,
      0,
    );

  // Budgets.
  const budgets = new AmountMap();
  for (const g of budgetGroups) {
    deriveGroup(g, mode, ctx.dimension, (o, amount) => budgets.add(g.month, g.account, o, amount));
  }

  // Reconciliation.
  const voucherMovement = new Map<string, number>();
  vouchers.sums.forEach((month, account, _o, sum) => {
    const y = yearOfMonth(month);
    if (y === undefined) return;
    const mk = `${y}|${account}`;
    voucherMovement.set(mk, (voucherMovement.get(mk) ?? 0) + sum);
  });
  for (const row of [...p.balances.ib, ...p.balances.ub, ...p.balances.res]) {
    if (!declaredYear(row.year))
      ctx.warn(`saldo för årsnummer ${row.year}, som ingen #RAR anger`, row.line, 'saldon för årsnummer som ingen #RAR anger');
  }
  const reconciliation = reconcile({
    ib: p.balances.ib,
    ub: p.balances.ub,
    res: p.balances.res,
    yearsWithMovements: new Set([...voucherYears, ...psaldoYears]),
    movement: (account, year) => (voucherYears.has(year) ? voucherMovement : psaldoMovement).get(`${year}|${account}`) ?? 0,
    accountId: (a) => ctx.accounts.strings[a]!,
  });

  encodingWarnings(p);
  undeclaredWarnings(ctx);
  const accounts = ctx.accounts.strings.map((id, i) => ({ id, name: ctx.accountNames[i] ?? '', type: ctx.accountTypes[i] ?? null }));
  const objects = ctx.objects.strings.map((id, i) => ({ dimension: ctx.objects.tagOf(i), id, name: ctx.objectNames[i] ?? '' }));
  const dimensions: SieDimension[] = [...p.dims].map(([dimension, name]) => ({ dimension, name }));
  for (const o of objects) {
    if (!dimensions.some((d) => d.dimension === o.dimension))
      dimensions.push({ dimension: o.dimension, name: RESERVED_DIMENSIONS[o.dimension] ?? '' });
  }
  dimensions.sort((a, b) => a.dimension - b.dimension);
  ctx.summariseWarnings();

  const accountId = (a: number): string => ctx.accounts.strings[a]!;
  const objectId = (o: number): string => ctx.objects.strings[o]!;
  const fail = (message: string): never => ctx.fail(message, 0);
  const periodBalances = balances.list(accountId, objectId, fail);
  const periodBudgets = budgets.list(accountId, objectId, fail);
  return {
    sieType: p.sieType,
    program: p.program,
    companyName: p.companyName,
    orgNumber: p.orgNumber,
    encoding: p.detection.encoding,
    checksum: p.checksum,
    fiscalYears: years.map((r) => ({ index: r.index, start: isoDate(r.start), end: isoDate(r.end) })),
    accounts,
    objects,
    dimensions,
    periodBalances,
    periodBudgets,
    counts: {
      accounts: accounts.length,
      objects: objects.length,
      vouchers: vouchers.vouchers,
      transactions: vouchers.transactions,
      periodBalances: periodBalances.length,
      periodBudgets: periodBudgets.length,
    },
    reconciliation,
    warnings: ctx.warnings,
  };
}

/** Stated movement of an account in a year: #RES, else #UB - #IB. */
function statedMovements(p: SieParser): (account: number, year: number) => number | undefined {
  const sum = (rows: YearRow[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(`${r.year}|${r.account}`, (m.get(`${r.year}|${r.account}`) ?? 0) + r.amount);
    return m;
  };
  const ib = sum(p.balances.ib);
  const ub = sum(p.balances.ub);
  const res = sum(p.balances.res);
  return (account, year) => {
    const k = `${year}|${account}`;
    const r = res.get(k);
    if (r !== undefined) return r;
    const u = ub.get(k);
    return u === undefined ? undefined : u - (ib.get(k) ?? 0);
  };
}
