/**
 * Committee-level items of the forecast and their arithmetic (DOMAIN.md: PO-påslag, löneöversyn,
 * statsbidrag, central pots). Every input a person enters is kept; the item's amount is computed
 * here and nowhere else, in integers (öre and millionths, src/core/amount-input.ts).
 * - po: the allocation (kommunbidrag) was computed with a preliminary PO rate; the fixed rate
 *   differs: salary base × (preliminary − fixed). Positive = allocation too high = better result.
 * - salary-revision: salaries rose more than the allocation compensated for:
 *   −salary base × (actual rise − compensated rise).
 * - grant: an expected state grant not yet in the ledger (amount, positive = income).
 * - pot: the part of a central pot expected to stay unused (amount, positive = better result).
 */
import { applyRate, formatRate, type Rate } from './amount-input.ts';
import { formatMoney } from './format.ts';
import type { Ore } from './money.ts';

export const ITEM_KINDS = ['po', 'salary-revision', 'grant', 'pot'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  po: 'PO-påslag',
  'salary-revision': 'Löneöversyn',
  grant: 'Statsbidrag',
  pot: 'Central pott',
};

export type ItemInputs =
  | { kind: 'po'; salaryBase: Ore; preliminaryRate: Rate; fixedRate: Rate }
  | { kind: 'salary-revision'; salaryBase: Ore; actualRise: Rate; compensatedRise: Rate }
  | { kind: 'grant'; amount: Ore }
  | { kind: 'pot'; amount: Ore };

export function isItemKind(s: string): s is ItemKind {
  return (ITEM_KINDS as readonly string[]).includes(s);
}

/** The item's effect on the committee's full-year result, in öre. */
export function itemAmount(inputs: ItemInputs): Ore {
  switch (inputs.kind) {
    case 'po':
      return applyRate(inputs.salaryBase, inputs.preliminaryRate - inputs.fixedRate);
    case 'salary-revision': {
      const cost = applyRate(inputs.salaryBase, inputs.actualRise - inputs.compensatedRise);
      return cost === 0 ? 0 : -cost;
    }
    case 'grant':
    case 'pot':
      return inputs.amount;
  }
}

/** The rate difference an item is computed from (percentage points × 10 000), null for amounts. */
export function itemRateDifference(inputs: ItemInputs): Rate | null {
  if (inputs.kind === 'po') return inputs.preliminaryRate - inputs.fixedRate;
  if (inputs.kind === 'salary-revision') return inputs.actualRise - inputs.compensatedRise;
  return null;
}

/** PO-påslag and löneöversyn are reported together ("2,2 − 0,6 = 1,6 mnkr"): their group. */
export function itemGroupOf(kind: ItemKind): string | null {
  return kind === 'po' || kind === 'salary-revision' ? 'po' : null;
}

const rateText = (r: Rate) => `${formatRate(r)} %`;
const mnkrText = (amount: Ore) => formatMoney(amount, 'mnkr', { space: ' ' });

/** The computation of one item, written out: "100,0 mnkr × (44,5 % − 42,3 %) = 2,2 mnkr". */
export function itemFormula(inputs: ItemInputs): string {
  const result = mnkrText(itemAmount(inputs));
  if (inputs.kind === 'po')
    return `${mnkrText(inputs.salaryBase)} × (${rateText(inputs.preliminaryRate)} − ${rateText(inputs.fixedRate)}) = ${result}`;
  if (inputs.kind === 'salary-revision')
    return `−${mnkrText(inputs.salaryBase)} × (${rateText(inputs.actualRise)} − ${rateText(inputs.compensatedRise)}) = ${result}`;
  return result;
}

/** The sum of several items written out: "2,2 − 0,6 = 1,6 mnkr" (empty for none). */
export function sumFormula(amounts: readonly Ore[]): string {
  if (amounts.length === 0) return '';
  const bare = (a: Ore) => formatMoney(Math.abs(a), 'mnkr', { bare: true, space: ' ' });
  const total = amounts.reduce((s, a) => s + a, 0);
  if (amounts.length === 1) return mnkrText(total);
  const terms = amounts.map((a, i) => (i === 0 ? `${a < 0 ? '−' : ''}${bare(a)}` : `${a < 0 ? '−' : '+'} ${bare(a)}`));
  return `${terms.join(' ')} = ${mnkrText(total)}`;
}

/** An item's computation, or its amount when it has no inputs. */
export const formulaOf = (item: { inputs?: ItemInputs; amount: Ore }): string =>
  item.inputs ? itemFormula(item.inputs) : mnkrText(item.amount);

const KIND_RANK: Record<ItemKind, number> = { po: 0, 'salary-revision': 1, grant: 2, pot: 3 };

/** The order items are written in: PO-påslag, löneöversyn, grants, pots, then those without inputs; by key within a kind. */
export function compareItems(a: { key: string; inputs?: ItemInputs }, b: { key: string; inputs?: ItemInputs }): number {
  const rank = (i: { inputs?: ItemInputs }) => (i.inputs ? KIND_RANK[i.inputs.kind] : 4);
  return rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
