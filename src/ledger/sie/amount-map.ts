import { NO_OBJECTS } from './tables.ts';
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

  list(accountId: (a: number) => string, objectId: (o: number) => string): SiePeriodAmount[] {
    const out: SiePeriodAmount[] = [];
    for (const e of this.map.values()) {
      if (e.amount === 0) continue;
      if (!Number.isSafeInteger(e.amount))
        throw new RangeError(`summan för konto ${accountId(e.account)} är för stor för att räknas exakt (över 2^53 öre)`);
      out.push({
        period: periodText(e.month),
        account: accountId(e.account),
        object: e.object === NO_OBJECTS ? null : objectId(e.object),
        amount: e.amount,
      });
    }
    return out.sort((a, b) => cmp(a.period, b.period) || cmp(a.account, b.account) || cmp(a.object ?? '', b.object ?? ''));
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
