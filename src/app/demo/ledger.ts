/**
 * Turns a demo committee's plain data (demo-committee.ts) into ledger balances and a periodized
 * budget per (period, account, responsibility code), in öre. Deterministic: the same rows every time.
 */
import type { AmountRow } from '#core/figures.ts';
import { kr } from '#core/money.ts';
import { addMonths } from '#core/period.ts';
import type { DemoArea, DemoLedgerSpec } from './demo-committee.ts';
import { SOCIALNAMNDEN_LEDGER } from './socialnamnden.ts';

const ALLOCATION = '3910';

export interface DemoLedger {
  actual: AmountRow[];
  budget: AmountRow[];
}

/** Spreads a whole amount of kronor over weights without losing a krona (cumulative rounding). */
export function spread(totalKr: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  let acc = 0;
  let given = 0;
  return weights.map((w) => {
    acc += w;
    const upTo = Math.round((totalKr * acc) / sum);
    const part = upTo - given;
    given = upTo;
    return part;
  });
}

const isPersonnel = (spec: DemoLedgerSpec, account: string) => account.startsWith('5') && !spec.unusedAccounts.has(account);

/** Monthly budget (kr) of one account of one area; the central pot takes `potToDate` in the actual months. */
function monthlyBudget(spec: DemoLedgerSpec, account: string, annualKr: number, potToDate: number): number[] {
  const actualMonths = spec.periods.length;
  if (account === spec.pot?.account) {
    return [...spread(potToDate, new Array(actualMonths).fill(1)), ...spread(annualKr - potToDate, new Array(12 - actualMonths).fill(1))];
  }
  return spread(annualKr, isPersonnel(spec, account) ? spec.personnelProfile : new Array(12).fill(1));
}

/** Annual budget of an area per account (kr), with the allocation (kommunbidrag) that nets it to zero. */
function annualBudget(area: DemoArea): Map<string, number> {
  const out = new Map<string, number>();
  let net = 0;
  for (const [account, amountTkr] of Object.entries(area.budget)) {
    out.set(account, amountTkr * 1000);
    net += amountTkr * 1000;
  }
  out.set(ALLOCATION, -net);
  return out;
}

/** Budget per area, account and month (kr) for a given size of the pot in the actual months. */
function budgets(spec: DemoLedgerSpec, potToDate: number): Map<string, Map<string, number[]>> {
  const all = new Map<string, Map<string, number[]>>();
  for (const area of spec.areas) {
    const byAccount = new Map<string, number[]>();
    for (const [account, annual] of annualBudget(area)) byAccount.set(account, monthlyBudget(spec, account, annual, potToDate));
    all.set(area.id, byAccount);
  }
  return all;
}

/** The pot's budget in the actual months that makes the committee's budgeted result to date what the spec says. */
function potToReachBudgetResult(spec: DemoLedgerSpec): number {
  if (!spec.pot) return 0;
  const withoutPot = budgets(spec, 0);
  let ytd = 0;
  for (const byAccount of withoutPot.values()) {
    for (const months of byAccount.values()) for (let m = 0; m < spec.periods.length; m++) ytd += months[m] ?? 0;
  }
  // Budgeted result = -(sum of budget); the pot's part to date lowers it krona for krona.
  const pot = -ytd - spec.pot.budgetResultKr;
  const potAccount = spec.pot.account;
  const annual = Math.max(...spec.areas.map((a) => (a.budget[potAccount] ?? 0) * 1000));
  if (pot < 0 || pot > annual) throw new Error(`demo data: the pot cannot reach the budgeted result (${pot} kr)`);
  return pot;
}

/** A small deterministic generator for the öre-level noise that makes the demo ledger look real. */
function noise(seed: number) {
  let a = seed;
  return (span: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (2 * span + 1)) - span;
  };
}

/** Year-to-date deviation (kr) per account for each actual month, following the area's design. */
function deviations(
  spec: DemoLedgerSpec,
  area: DemoArea,
  budget: Map<string, number[]>,
  rnd: (span: number) => number,
): Map<string, number[]> {
  const actualMonths = spec.periods.length;
  const april = area.deviation[actualMonths - 1] ?? 0;
  const targets = area.deviation.map((t) => t * 1000 + rnd(900));
  const [first, ...others] = Object.keys(area.split);
  if (!first) throw new Error(`demo data: ${area.id} has no split`);
  const out = new Map<string, number[]>();
  for (let m = 0; m < actualMonths; m++) {
    let left = targets[m] ?? 0;
    for (const account of spec.unusedAccounts) {
      const months = budget.get(account);
      if (!months) continue;
      const ytd = months.slice(0, m + 1).reduce((s, x) => s + x, 0);
      setAt(out, account, m, ytd, actualMonths);
      left -= ytd;
    }
    for (const account of others) {
      const aprilPart = (area.split[account] ?? 0) * 1000;
      const part = m === actualMonths - 1 || april === 0 ? aprilPart : Math.round((aprilPart * (area.deviation[m] ?? 0)) / april);
      setAt(out, account, m, part, actualMonths);
      left -= part;
    }
    setAt(out, first, m, left, actualMonths);
  }
  return out;
}

function setAt(map: Map<string, number[]>, key: string, index: number, value: number, months: number) {
  let list = map.get(key);
  if (!list) map.set(key, (list = new Array(months).fill(0)));
  list[index] = value;
}

/** Splits an amount of kronor over the area's codes; `wobble` moves kronor between codes, keeping the sum. */
function byCode(area: DemoArea, amountKr: number, wobble: number): { code: string; kr: number }[] {
  const parts = spread(
    amountKr,
    area.codes.map((c) => c.share),
  );
  if (parts.length > 1 && wobble !== 0) {
    parts[0] = (parts[0] ?? 0) + wobble;
    parts[1] = (parts[1] ?? 0) - wobble;
  }
  return area.codes.map((c, i) => ({ code: c.code, kr: parts[i] ?? 0 }));
}

/**
 * The ledger's (original) budget of an account: the revised budget without the year's decisions
 * on the area's kommunbidrag (a decision's increase of income is less income in the original).
 */
function originalBudget(spec: DemoLedgerSpec, area: DemoArea, account: string, revised: number[]): number[] {
  if (account !== ALLOCATION) return revised;
  const decided = spec.budgetDecisions.filter((d) => d.area === area.id && d.group === 'kommunbidrag').reduce((s, d) => s + d.amountKr, 0);
  if (decided === 0) return revised;
  return spread(
    revised.reduce((s, x) => s + x, 0) + decided,
    revised.map(() => 1),
  );
}

/** The ledger of a demo committee; Socialnämnden's unless another is given. */
export function buildDemoLedger(spec: DemoLedgerSpec = SOCIALNAMNDEN_LEDGER): DemoLedger {
  const periods = Array.from({ length: 12 }, (_, i) => addMonths(`${spec.fiscalYear}-01`, i));
  const actualMonths = spec.periods.length;
  const all = budgets(spec, potToReachBudgetResult(spec));
  const rnd = noise(spec.seed);
  const actual: AmountRow[] = [];
  const budget: AmountRow[] = [];
  const push = (rows: AmountRow[], period: string, account: string, parts: { code: string; kr: number }[]) => {
    for (const p of parts) if (p.kr !== 0) rows.push({ period, account, code: p.code, amount: kr(p.kr) });
  };
  for (const area of spec.areas) {
    const byAccount = all.get(area.id) ?? new Map<string, number[]>();
    const devs = deviations(spec, area, byAccount, rnd);
    for (const [account, months] of byAccount) {
      for (const [m, amount] of originalBudget(spec, area, account, months).entries())
        push(budget, periods[m] ?? '', account, byCode(area, amount, 0));
      const ytdDev = devs.get(account);
      for (let m = 0; m < actualMonths; m++) {
        const monthDev = (ytdDev?.[m] ?? 0) - (ytdDev?.[m - 1] ?? 0);
        const amount = (months[m] ?? 0) - monthDev;
        const wobble = spec.unusedAccounts.has(account) || account === ALLOCATION ? 0 : Math.round(amount * 0.04 * (rnd(100) / 100));
        push(actual, periods[m] ?? '', account, byCode(area, amount, wobble));
      }
    }
  }
  for (const o of spec.investmentOutcome) actual.push({ period: o.period, account: o.account, code: o.code, amount: kr(o.kr) });
  return { actual, budget };
}
