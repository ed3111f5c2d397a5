import { compareP } from '#core/period.ts';
import type { PeriodRow, YearRow } from './balances.ts';
import { MAX_ORE, type ReadContext } from './context.ts';
import { NO_OBJECTS, type TripleSums } from './tables.ts';
import { periodText } from './tokenizer.ts';
import type { SiePeriodAmount } from './types.ts';

/** Amounts per month, account and object (NO_OBJECTS = null), listed without zero sums. */
export class AmountMap {
  private map = new Map<string, { month: number; account: number; object: number; amount: number }>();

  add(month: number, account: number, object: number, amount: number): void {
    const k = `${month}|${account}|${object}`;
    const e = this.map.get(k);
    if (e) e.amount += amount;
    else this.map.set(k, { month, account, object, amount });
  }

  /**
   * The amounts, sorted. A sum beyond 2^53 öre cannot happen once checkMagnitudes has passed;
   * should it anyway, it goes to `fail`, never out as a rounded figure.
   */
  list(accountId: (a: number) => string, objectId: (o: number) => string, fail: (message: string) => never): SiePeriodAmount[] {
    const out: SiePeriodAmount[] = [];
    for (const e of this.map.values()) {
      if (e.amount === 0) continue;
      if (!Number.isSafeInteger(e.amount))
        fail(`summan för konto ${accountId(e.account)} är för stor för att summeras exakt (över 2^53 öre)`);
      out.push({
        period: periodText(e.month),
        account: accountId(e.account),
        object: e.object === NO_OBJECTS ? null : objectId(e.object),
        amount: e.amount,
      });
    }
    return out.sort((a, b) => compareP(a.period, b.period) || compareP(a.account, b.account) || compareP(a.object ?? '', b.object ?? ''));
  }
}

/**
 * Every figure the ledger derives is a sum of amounts of one account: of the vouchers' sums per
 * month and object (each within 2^53 öre, checked as they were added), or of balance rows. When
 * the absolute values of an account's terms add up to no more than 2^53 öre, each such sum is
 * exact; else the file is refused rather than summed with rounding. Budgets are never added to
 * actual figures and are counted apart.
 */
export function checkMagnitudes(ctx: ReadContext, sums: TripleSums, actual: (PeriodRow | YearRow)[], budget: PeriodRow[]): void {
  const check = (terms: Float64Array, line: number, account: number, amount: number): void => {
    const m = terms[account]! + Math.abs(amount);
    terms[account] = m;
    if (m > MAX_ORE)
      ctx.fail(`beloppen på konto ${ctx.accounts.strings[account]} är tillsammans för stora för att summeras exakt (över 2^53 öre)`, line);
  };
  const actualTerms = new Float64Array(ctx.accounts.size);
  sums.forEach((_month, account, _object, sum) => {
    check(actualTerms, 0, account, sum);
  });
  for (const row of actual) check(actualTerms, row.line, row.account, row.amount);
  const budgetTerms = new Float64Array(ctx.accounts.size);
  for (const row of budget) check(budgetTerms, row.line, row.account, row.amount);
}
