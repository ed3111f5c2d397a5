/**
 * The budget every figure compares with, for months from..to of one fiscal year: the one place
 * that reads it, so the report, the drill-down and the forecast's annual budget cannot differ.
 */
import type { AmountRow } from '#core/figures.ts';
import { loadAmounts } from '#store/amounts.ts';
import type { Q } from '#store/committees.ts';

export async function loadBudgetRows(q: Q, committeeId: string, from: string, to: string): Promise<AmountRow[]> {
  return loadAmounts(q, committeeId, 'budget', from, to);
}
