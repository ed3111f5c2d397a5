/**
 * The revised budget: the imported (original) budget of a fiscal year, re-periodized where an
 * area's account group says so, plus the budget decisions of the year. Pure; every budget figure
 * (report, drill-down, forecasts) reads the rows this returns.
 *
 * Sign rule: a decision's amount is the increase of its budget line (an income or a cost budget
 * going up is positive). In the ledger's sign (cost positive, income negative) it is added to a
 * cost group and subtracted from an income group (intakter, kommunbidrag), so its effect on the
 * budgeted result is + for income groups and - for cost groups.
 */
import { type AccountGroupId, accountGroupOf } from './accounts.ts';
import type { AmountRow } from './figures.ts';
import type { Ore } from './money.ts';
import { areaOfCode, type CodeMap } from './organisation.ts';
import type { Period } from './period.ts';
import { MONTHS_IN_YEAR, type PeriodizationMethod, patternWeights, STRAIGHT_WEIGHTS, spreadByWeights } from './periodization.ts';

export const INCOME_GROUPS: ReadonlySet<AccountGroupId> = new Set(['intakter', 'kommunbidrag']);
export const DEFAULT_DECISION_GROUP: AccountGroupId = 'kommunbidrag';

/** The account a decision is booked on when its area has no budget in the group. */
export const DEFAULT_GROUP_ACCOUNT: Record<AccountGroupId, string> = {
  intakter: '3000',
  kommunbidrag: '3910',
  personalkostnader: '5010',
  'kop-av-verksamhet': '4600',
  lokalkostnader: '6010',
  ovrigt: '7000',
};

/** A decision's amount (the line's increase) in the ledger's sign. */
export const ledgerDelta = (group: AccountGroupId, amount: Ore): Ore => (INCOME_GROUPS.has(group) ? -amount : amount);
/** A decision's effect on the budgeted result. */
export const resultEffect = (group: AccountGroupId, amount: Ore): Ore => (INCOME_GROUPS.has(group) ? amount : -amount);
/** A budget line's size as people read it (income and cost positive) from its ledger sum. */
export const lineAmount = (group: AccountGroupId, ledgerSum: Ore): Ore => (INCOME_GROUPS.has(group) ? -ledgerSum : ledgerSum);

export interface PeriodizationSetting {
  areaId: string;
  group: AccountGroupId;
  method: PeriodizationMethod;
  /** Twelve weights, for 'profile'. */
  weights?: readonly number[] | null;
}

export interface DecisionLine {
  areaId: string;
  group: AccountGroupId;
  amount: Ore;
}

export interface RevisionInput {
  /** The fiscal year's twelve periods, in order. */
  months: readonly Period[];
  codeMap: CodeMap;
  /** The imported budget of the fiscal year. */
  budget: readonly AmountRow[];
  /** The previous fiscal year's actuals (for 'last-year'); its month i is month i of this year. */
  lastYearActual: readonly AmountRow[];
  lastYearMonths: readonly Period[];
  settings: readonly PeriodizationSetting[];
  decisions: readonly DecisionLine[];
  /** An area's responsibility codes, for decisions on an area without budget in the group. */
  codesOfArea: (areaId: string) => readonly string[];
}

const key = (areaId: string, group: string) => `${areaId}\u0000${group}`;

interface Line {
  account: string;
  code: string;
  months: Ore[];
}

/** Monthly totals of rows of one area and group (by the month index of `months`). */
export function monthlyTotals(rows: Iterable<AmountRow>, months: readonly Period[]): Ore[] {
  const index = new Map(months.map((p, i) => [p, i]));
  const out = new Array<Ore>(months.length).fill(0);
  for (const r of rows) {
    const i = index.get(r.period);
    if (i !== undefined) out[i] = (out[i] ?? 0) + r.amount;
  }
  return out;
}

/** Rows grouped by area and account group (codes mapped to no area are left out). */
export function byAreaAndGroup(rows: Iterable<AmountRow>, codeMap: CodeMap): Map<string, AmountRow[]> {
  const out = new Map<string, AmountRow[]>();
  const groups = new Map<string, AccountGroupId | null>();
  for (const r of rows) {
    let group = groups.get(r.account);
    if (group === undefined) groups.set(r.account, (group = accountGroupOf(r.account)));
    if (!group) continue;
    const k = key(areaOfCode(codeMap, r.code), group);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(r);
  }
  return out;
}

/** The weights a setting spreads with; `imported` is the imported budget's monthly totals (for 'ledger'). */
export function settingWeights(
  setting: Pick<PeriodizationSetting, 'method' | 'weights'> | undefined,
  imported: readonly Ore[],
  lastYear: readonly Ore[],
): readonly number[] {
  switch (setting?.method ?? 'ledger') {
    case 'straight':
      return STRAIGHT_WEIGHTS;
    case 'profile':
      return setting?.weights && setting.weights.length === MONTHS_IN_YEAR ? setting.weights : STRAIGHT_WEIGHTS;
    case 'last-year':
      return patternWeights(lastYear) ?? STRAIGHT_WEIGHTS;
    default:
      return patternWeights(imported) ?? STRAIGHT_WEIGHTS;
  }
}

/** The revised budget rows of the fiscal year: periodization applied, then the decisions added. */
export function reviseBudget(input: RevisionInput): AmountRow[] {
  const { months } = input;
  const index = new Map(months.map((p, i) => [p, i]));
  const imported = byAreaAndGroup(input.budget, input.codeMap);
  const lastYear = byAreaAndGroup(input.lastYearActual, input.codeMap);
  const settings = new Map(input.settings.map((s) => [key(s.areaId, s.group), s]));
  const decided = new Map<string, DecisionLine[]>();
  for (const d of input.decisions) {
    const k = key(d.areaId, d.group);
    decided.set(k, [...(decided.get(k) ?? []), d]);
  }
  // Rows outside the profit-and-loss groups (a balance account's budget) pass as they are.
  const out: AmountRow[] = input.budget.filter((r) => accountGroupOf(r.account) === null);
  const keys = new Set([...imported.keys(), ...decided.keys()]);
  for (const k of keys) {
    const [areaId = '', group = 'ovrigt'] = k.split('\u0000') as [string, AccountGroupId];
    const rows = imported.get(k) ?? [];
    const lines = linesOf(rows, index);
    const importedMonths = monthlyTotals(rows, months);
    const weights = settingWeights(settings.get(k), importedMonths, monthlyTotals(lastYear.get(k) ?? [], input.lastYearMonths));
    if ((settings.get(k)?.method ?? 'ledger') !== 'ledger') {
      for (const l of lines) l.months = spreadByWeights(sum(l.months), weights);
    }
    const delta = (decided.get(k) ?? []).reduce((s, d) => s + ledgerDelta(group, d.amount), 0);
    if (delta !== 0) {
      const target = largestLine(lines) ?? newLine(group, input.codesOfArea(areaId), lines);
      const spread = spreadByWeights(delta, weights);
      target.months = target.months.map((m, i) => m + (spread[i] ?? 0));
    }
    for (const l of lines) {
      l.months.forEach((amount, i) => {
        const period = months[i];
        if (period !== undefined) out.push({ period, account: l.account, code: l.code, amount });
      });
    }
  }
  return out;
}

const sum = (xs: readonly Ore[]) => xs.reduce((s, x) => s + x, 0);

function linesOf(rows: readonly AmountRow[], index: ReadonlyMap<Period, number>): Line[] {
  const lines = new Map<string, Line>();
  for (const r of rows) {
    const i = index.get(r.period);
    if (i === undefined) continue;
    const k = `${r.account}\u0000${r.code}`;
    let line = lines.get(k);
    if (!line) lines.set(k, (line = { account: r.account, code: r.code, months: new Array<Ore>(index.size).fill(0) }));
    line.months[i] = (line.months[i] ?? 0) + r.amount;
  }
  return [...lines.values()];
}

/** The line a decision is booked on: the largest of its area and group (ties: lowest account, then code). */
function largestLine(lines: readonly Line[]): Line | undefined {
  let best: Line | undefined;
  for (const l of lines) {
    if (!best) {
      best = l;
      continue;
    }
    const a = Math.abs(sum(l.months));
    const b = Math.abs(sum(best.months));
    if (a > b || (a === b && (l.account < best.account || (l.account === best.account && l.code < best.code)))) best = l;
  }
  return best;
}

function newLine(group: AccountGroupId, codes: readonly string[], lines: Line[]): Line {
  // An area that has lost every code since the decision (remapped, an import undone): the decision
  // is booked untagged, so it lands in "Ej fördelat" and the committee's total still holds it.
  const code = codes[0] ?? '';
  const line: Line = { account: DEFAULT_GROUP_ACCOUNT[group], code, months: new Array<Ore>(MONTHS_IN_YEAR).fill(0) };
  lines.push(line);
  return line;
}
