/**
 * Vouchers behind the demo ledger, so that every demo figure can be followed down to postings:
 * each balance of a profit-and-loss account is split into one to three vouchers in its month,
 * each balanced by a counter-posting on a balance account. Deterministic.
 */

import { isInvestmentAccount, isProfitAndLoss } from '#core/accounts.ts';
import type { AmountRow } from '#core/figures.ts';
import { periodLabel } from '#core/period.ts';
import type { VoucherRow } from '#store/vouchers.ts';
import type { DemoAccount } from './demo-committee.ts';
import { ACCOUNTS } from './socialnamnden.ts';

const SERIES: readonly [string, string, string][] = [
  // [account prefix, series, counter account]
  ['391', 'KB', '1930'],
  ['3', 'KU', '1510'],
  ['5', 'LÖN', '2710'],
  ['', 'LEV', '2440'],
];

const TEXT: Readonly<Record<string, string>> = {
  KB: 'Kommunbidrag',
  KU: 'Kundfaktura',
  LÖN: 'Lönekörning',
  LEV: 'Leverantörsfaktura',
};

export function buildDemoVouchers(actual: readonly AmountRow[], accounts: readonly DemoAccount[] = ACCOUNTS): VoucherRow[] {
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const numbers = new Map<string, number>();
  const out: VoucherRow[] = [];
  for (const row of actual) {
    if (!isProfitAndLoss(row.account) && !isInvestmentAccount(row.account)) continue;
    const [, series, counter] = SERIES.find(([p]) => row.account.startsWith(p)) ?? ['', 'LEV', '2440'];
    const parts = row.account.startsWith('5') || row.account === '3910' ? 1 : 1 + (Math.abs(row.amount) % 3);
    let left = row.amount;
    for (let i = 0; i < parts; i++) {
      const amount = i === parts - 1 ? left : Math.trunc(row.amount / parts);
      left -= amount;
      const number = (numbers.get(series) ?? 0) + 1;
      numbers.set(series, number);
      const day = series === 'LÖN' ? 25 : series === 'KB' ? 1 : 3 + ((i * 9 + Number(row.code)) % 24);
      const kind = TEXT[series] ?? series;
      const name = names.get(row.account) ?? row.account;
      // "Kommunbidrag, Kommunbidrag" says nothing: name the month instead.
      const text = name === kind ? `${kind} ${periodLabel(row.period)}` : `${kind}, ${name}`;
      out.push({
        series,
        number: String(number),
        date: `${row.period}-${String(day).padStart(2, '0')}`,
        text,
        transactions: [
          { account: row.account, code: row.code, amount, text: '' },
          { account: counter, code: '', amount: -amount, text: '' },
        ],
      });
    }
  }
  return out;
}
