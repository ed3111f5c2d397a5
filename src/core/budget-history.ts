/**
 * The revised budget of each area for the whole year, with its history: the original (imported)
 * budget per account group and as budgeted result, each decision's amount and effect, and the
 * budgeted result after each decision. Pure.
 */
import { ACCOUNT_GROUPS, type AccountGroupId } from './accounts.ts';
import { byAreaAndGroup, lineAmount, resultEffect } from './budget-revision.ts';
import type { AmountRow } from './figures.ts';
import type { Ore } from './money.ts';
import type { CodeMap } from './organisation.ts';

export interface HistoryDecision {
  id: string;
  decidedOn: string;
  lines: readonly { areaId: string; group: AccountGroupId; amount: Ore }[];
}

export interface GroupBudget {
  group: AccountGroupId;
  /** The line's size as people read it: income and cost both positive. */
  original: Ore;
  decided: Ore;
  revised: Ore;
}

export interface HistoryStep {
  decisionId: string;
  decidedOn: string;
  group: AccountGroupId;
  amount: Ore;
  /** + for income groups, - for cost groups. */
  resultEffect: Ore;
  /** The area's budgeted result for the year after this decision. */
  revisedResult: Ore;
}

export interface AreaBudgetHistory {
  areaId: string;
  originalResult: Ore;
  revisedResult: Ore;
  groups: GroupBudget[];
  steps: HistoryStep[];
}

export function areaBudgetHistories(
  areaIds: readonly string[],
  importedYear: readonly AmountRow[],
  codeMap: CodeMap,
  decisions: readonly HistoryDecision[],
): AreaBudgetHistory[] {
  const byKey = byAreaAndGroup(importedYear, codeMap);
  const ordered = [...decisions].sort((a, b) =>
    a.decidedOn === b.decidedOn ? a.id.localeCompare(b.id) : a.decidedOn < b.decidedOn ? -1 : 1,
  );
  return areaIds.map((areaId) => {
    const groups: GroupBudget[] = [];
    let originalResult = 0;
    for (const g of ACCOUNT_GROUPS) {
      const ledger = (byKey.get(`${areaId}\u0000${g.id}`) ?? []).reduce((s, r) => s + r.amount, 0);
      originalResult -= ledger;
      const decided = ordered
        .flatMap((d) => d.lines)
        .filter((l) => l.areaId === areaId && l.group === g.id)
        .reduce((s, l) => s + l.amount, 0);
      const original = lineAmount(g.id, ledger);
      if (original !== 0 || decided !== 0) groups.push({ group: g.id, original, decided, revised: original + decided });
    }
    let running = originalResult;
    const steps: HistoryStep[] = [];
    for (const d of ordered) {
      for (const l of d.lines) {
        if (l.areaId !== areaId) continue;
        const effect = resultEffect(l.group, l.amount);
        running += effect;
        steps.push({
          decisionId: d.id,
          decidedOn: d.decidedOn,
          group: l.group,
          amount: l.amount,
          resultEffect: effect,
          revisedResult: running,
        });
      }
    }
    return { areaId, originalResult, revisedResult: running, groups, steps };
  });
}
