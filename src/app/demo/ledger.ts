/**
 * Turns the demo committee's plain data into ledger balances and a periodized budget per
 * (period, account, responsibility code), in öre. Deterministic: the same rows every time.
 */
import type { AmountRow } from '#core/figures.ts';
import { kr } from '#core/money.ts';
import { addMonths } from '#core/period.ts';
import {
  AREAS,
  BUDGET_DECISIONS,
  BUDGET_RESULT_APRIL_KR,
  COMMITTEE,
  type DemoArea,
  INVESTMENT_OUTCOME_KR,
  PERSONNEL_PROFILE,
  UNUSED_ACCOUNTS,
} from './socialnamnden.ts';

const FIRST = `${COMMITTEE.fiscalYear}-01`;
const PERIODS = Array.from({ length: 12 }, (_, i) => addMonths(FIRST, i));
const ACTUAL_MONTHS = COMMITTEE.periods.length;
const ALLOCATION = '3910';
const POT = '4690';
const INVESTMENT_ACCOUNT = '1220';

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

const isPersonnel = (account: string) => account.startsWith('5') && account !== '5090';

/** Monthly budget (kr) of one account of one area; the central pot takes `potJanApr` in January-April. */
function monthlyBudget(account: string, annualKr: number, potJanApr: number): number[] {
  if (account === POT) {
    return [...spread(potJanApr, [1, 1, 1, 1]), ...spread(annualKr - potJanApr, new Array(8).fill(1))];
  }
  return spread(annualKr, isPersonnel(account) ? PERSONNEL_PROFILE : new Array(12).fill(1));
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

/** Budget per area, account and month (kr) for a given size of the pot in January-April. */
function budgets(potJanApr: number): Map<string, Map<string, number[]>> {
  const all = new Map<string, Map<string, number[]>>();
  for (const area of AREAS) {
    const byAccount = new Map<string, number[]>();
    for (const [account, annual] of annualBudget(area)) byAccount.set(account, monthlyBudget(account, annual, potJanApr));
    all.set(area.id, byAccount);
  }
  return all;
}

/** The pot's January-April budget that makes the committee's budgeted result to April what the seed prints. */
function potToReachBudgetResult(): number {
  const withoutPot = budgets(0);
  let ytd = 0;
  for (const byAccount of withoutPot.values()) {
    for (const months of byAccount.values()) for (let m = 0; m < ACTUAL_MONTHS; m++) ytd += months[m] ?? 0;
  }
  // Budgeted result = -(sum of budget); the pot's January-April part lowers it krona for krona.
  const pot = -ytd - BUDGET_RESULT_APRIL_KR;
  const annual = Math.max(...AREAS.map((a) => (a.budget[POT] ?? 0) * 1000));
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
function deviations(area: DemoArea, budget: Map<string, number[]>, rnd: (span: number) => number): Map<string, number[]> {
  const april = area.deviation[ACTUAL_MONTHS - 1] ?? 0;
  const targets = area.deviation.map((t) => t * 1000 + rnd(900));
  const [first, ...others] = Object.keys(area.split);
  if (!first) throw new Error(`demo data: ${area.id} has no split`);
  const out = new Map<string, number[]>();
  for (let m = 0; m < ACTUAL_MONTHS; m++) {
    let left = targets[m] ?? 0;
    for (const account of UNUSED_ACCOUNTS) {
      const months = budget.get(account);
      if (!months) continue;
      const ytd = months.slice(0, m + 1).reduce((s, x) => s + x, 0);
      setAt(out, account, m, ytd);
      left -= ytd;
    }
    for (const account of others) {
      const aprilPart = (area.split[account] ?? 0) * 1000;
      const part = m === ACTUAL_MONTHS - 1 || april === 0 ? aprilPart : Math.round((aprilPart * (area.deviation[m] ?? 0)) / april);
      setAt(out, account, m, part);
      left -= part;
    }
    setAt(out, first, m, left);
  }
  return out;
}

function setAt(map: Map<string, number[]>, key: string, index: number, value: number) {
  let list = map.get(key);
  if (!list) map.set(key, (list = new Array(ACTUAL_MONTHS).fill(0)));
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
function originalBudget(area: DemoArea, account: string, revised: number[]): number[] {
  if (account !== ALLOCATION) return revised;
  const decided = BUDGET_DECISIONS.filter((d) => d.area === area.id && d.group === 'kommunbidrag').reduce((s, d) => s + d.amountKr, 0);
  if (decided === 0) return revised;
  return spread(
    revised.reduce((s, x) => s + x, 0) + decided,
    revised.map(() => 1),
  );
}

export function buildDemoLedger(): DemoLedger {
  const pot = potToReachBudgetResult();
  const all = budgets(pot);
  const rnd = noise(2025);
  const actual: AmountRow[] = [];
  const budget: AmountRow[] = [];
  const push = (rows: AmountRow[], period: string, account: string, parts: { code: string; kr: number }[]) => {
    for (const p of parts) if (p.kr !== 0) rows.push({ period, account, code: p.code, amount: kr(p.kr) });
  };
  for (const area of AREAS) {
    const byAccount = all.get(area.id) ?? new Map<string, number[]>();
    const devs = deviations(area, byAccount, rnd);
    for (const [account, months] of byAccount) {
      for (const [m, amount] of originalBudget(area, account, months).entries())
        push(budget, PERIODS[m] ?? '', account, byCode(area, amount, 0));
      const ytdDev = devs.get(account);
      for (let m = 0; m < ACTUAL_MONTHS; m++) {
        const monthDev = (ytdDev?.[m] ?? 0) - (ytdDev?.[m - 1] ?? 0);
        const amount = (months[m] ?? 0) - monthDev;
        const wobble = UNUSED_ACCOUNTS.has(account) || account === ALLOCATION ? 0 : Math.round(amount * 0.04 * (rnd(100) / 100));
        push(actual, PERIODS[m] ?? '', account, byCode(area, amount, wobble));
      }
    }
  }
  const overgripande = AREAS.find((a) => a.id === 'overgripande');
  for (const [period, amountKr] of Object.entries(INVESTMENT_OUTCOME_KR)) {
    actual.push({ period, account: INVESTMENT_ACCOUNT, code: overgripande?.codes[0]?.code ?? '6000', amount: kr(amountKr) });
  }
  return { actual, budget };
}
