/**
 * A sheet replaces what it contains: the amounts of the (period, responsibility code) pairs it
 * holds, every account of them, and nothing else of its periods. For actuals the postings of those
 * pairs go too (they no longer add up to the new figures); a voucher keeps its postings on other codes.
 * What is removed goes into the import's undo journal.
 */
import type { AmountRow } from '#core/figures.ts';
import { type AmountKind, deleteAmountsOfCodes, upsertAmounts } from '#store/amounts.ts';
import type { Q } from '#store/committees.ts';
import { journalAmounts, journalledSum } from '#store/undo-journal.ts';
import { deleteCodePostings } from '#store/vouchers.ts';

export interface ReplacedPairs {
  /** The periods and codes of the pairs replaced, ascending. */
  periods: string[];
  codes: string[];
  /** How many (period, code) pairs. */
  pairs: number;
  /** Sum of the pairs' amounts before and after, öre (ledger sign). */
  before: number;
  after: number;
  /** Postings removed with the actuals they belonged to (0 for budget). */
  postingsRemoved: number;
}

export async function replacePairs(
  q: Q,
  committeeId: string,
  kind: AmountKind,
  rows: readonly AmountRow[],
  importNo: number,
): Promise<ReplacedPairs> {
  const byPeriod = new Map<string, Set<string>>();
  for (const r of rows) {
    const codes = byPeriod.get(r.period) ?? new Set<string>();
    codes.add(r.code);
    byPeriod.set(r.period, codes);
  }
  const out: ReplacedPairs = { periods: [], codes: [], pairs: 0, before: 0, after: 0, postingsRemoved: 0 };
  const allCodes = new Set<string>();
  for (const [period, codeSet] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    const codes = [...codeSet].sort();
    for (const c of codes) allCodes.add(c);
    out.pairs += codes.length;
    await journalAmounts(q, importNo, committeeId, kind, { from: period, to: period, codes });
    await deleteAmountsOfCodes(q, committeeId, kind, period, codes);
    if (kind === 'actual') out.postingsRemoved += await deleteCodePostings(q, committeeId, importNo, period, codes);
  }
  out.before = await journalledSum(q, importNo, kind);
  await upsertAmounts(q, committeeId, kind, rows);
  out.periods = [...byPeriod.keys()].sort();
  out.codes = [...allCodes].sort();
  out.after = rows.reduce((sum, r) => sum + r.amount, 0);
  return out;
}
