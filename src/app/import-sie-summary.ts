/**
 * An SIE import's summary: the reader's counts, and beyond them vouchers per month, a last month
 * that stops short, and what of the file the import leaves out (and why).
 */
import { compareP, periodSpanLabel } from '#core/period.ts';
import type { SieLedger, SieWarning } from '#ledger/sie/index.ts';
import { shortMonthWarning } from './import-checks.ts';
import type { SieImportSummary } from './import-sie.ts';

/** Vouchers per month, ascending. */
export function vouchersPerMonth(counts: ReadonlyMap<string, number>): { period: string; vouchers: number }[] {
  return [...counts].map(([period, vouchers]) => ({ period, vouchers })).sort((a, b) => compareP(a.period, b.period));
}

/** A warning where the last month holds clearly fewer vouchers than the other months of its year. */
export function monthWarnings(perMonth: readonly { period: string; vouchers: number }[], startMonth: number): SieWarning[] {
  const counts = perMonth.map((m) => ({ period: m.period, count: m.vouchers }));
  const message = shortMonthWarning(counts, startMonth, 'verifikationer');
  return message ? [{ line: 0, message }] : [];
}

const spanOf = (periods: Iterable<string>) => {
  const sorted = [...periods].sort();
  const first = sorted[0] ?? '';
  const last = sorted.at(-1) ?? first;
  return periodSpanLabel(first, last);
};

/** What a fiscal year of the file brought: amounts of each kind, and whether the committee had the year. */
export interface YearOutcome {
  start: string;
  newToCommittee: boolean;
  actuals: number;
  budgets: number;
}

/**
 * What a (non-additive) import leaves out: amounts and vouchers dated outside every fiscal year
 * of #RAR, and fiscal years for which the file holds no actuals or no budget (`outcomes`: what
 * each year got; what the committee has for them stays as it was).
 */
export function describeLeftOut(
  read: SieLedger,
  voucherMonths: ReadonlyMap<string, number>,
  outcomes: readonly YearOutcome[],
): SieWarning[] {
  const years = read.fiscalYears.map((y) => ({ ...y, from: y.start.slice(0, 7), to: y.end.slice(0, 7) }));
  const inAnyYear = (period: string) => years.some((y) => period >= y.from && period <= y.to);
  const out: SieWarning[] = [];
  const outside = (rows: readonly { period: string }[]) => new Set(rows.map((r) => r.period).filter((p) => !inAnyYear(p)));
  const balances = outside(read.periodBalances);
  const budgets = outside(read.periodBudgets);
  const vouchers = [...voucherMonths].filter(([p]) => !inAnyYear(p));
  if (vouchers.length > 0) {
    const n = vouchers.reduce((sum, [, count]) => sum + count, 0);
    out.push({
      line: 0,
      message: `${n.toLocaleString('sv-SE')} verifikationer (${spanOf(vouchers.map(([p]) => p))}) ligger utanför räkenskapsåren i #RAR: deras belopp lästes inte in`,
    });
  }
  if (balances.size > 0 && vouchers.length === 0) {
    out.push({ line: 0, message: `utfall för ${spanOf(balances)} ligger utanför räkenskapsåren i #RAR och lästes inte in` });
  }
  if (budgets.size > 0) {
    out.push({ line: 0, message: `budget (#PBUDGET) för ${spanOf(budgets)} ligger utanför räkenskapsåren i #RAR och lästes inte in` });
  }
  const anyBudget = read.periodBudgets.length > 0;
  for (const y of years) {
    const label = `räkenskapsåret ${y.start} – ${y.end}`;
    const outcome = outcomes.find((o) => o.start === y.start);
    if (!outcome?.actuals) {
      out.push({
        line: 0,
        message: `${label} har inga verifikationer eller periodsaldon (#PSALDO) i filen: nämndens utfall för året ändrades inte`,
      });
    }
    if (anyBudget && !outcome?.budgets) {
      out.push({ line: 0, message: `${label} har ingen budget (#PBUDGET) i filen: nämndens budget för året ändrades inte` });
    }
  }
  if (!anyBudget && years.length > 0) {
    out.push({ line: 0, message: 'filen har ingen budget (#PBUDGET): nämndens budget ändrades inte' });
  }
  return out;
}

/** What the summary takes beside the ledger the reader returned. */
export type SummaryOf = Pick<
  SieImportSummary,
  'committee' | 'dimension' | 'projectDimension' | 'unchanged' | 'importId' | 'sha256' | 'fileName'
> & {
  areasCreated: number;
  perMonth: { period: string; vouchers: number }[];
};

/** The summary of an SIE import, from what the reader returned and what the import did. */
export function summarize(l: SieLedger, { areasCreated, perMonth, ...of }: SummaryOf): SieImportSummary {
  return {
    committee: of.committee,
    sieType: l.sieType,
    program: l.program,
    encoding: l.encoding,
    checksum: l.checksum,
    fiscalYears: l.fiscalYears.map((y) => ({ index: y.index, start: y.start, end: y.end })),
    counts: { ...l.counts, areasCreated },
    vouchersPerMonth: perMonth,
    reconciliation: {
      accountsChecked: l.reconciliation.accountsChecked,
      mismatches: l.reconciliation.mismatches.map((m) => ({ account: m.account, expected: m.expected, computed: m.computed })),
    },
    warnings: l.warnings,
    dimension: of.dimension,
    projectDimension: of.projectDimension ?? null,
    unchanged: of.unchanged,
    importId: of.importId,
    sha256: of.sha256,
    fileName: of.fileName,
  };
}
