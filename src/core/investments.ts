/**
 * Investment projects: original budget + carry-over from last year + the year's decisions =
 * revised budget; actual to date from the ledger; forecast of the year's actual and its deviation
 * (revised budget - forecast, positive = under budget). Pure.
 */
import { isInvestmentAccount } from './accounts.ts';
import type { AmountRow } from './figures.ts';
import type { Ore } from './money.ts';

export interface ProjectInput {
  id: string;
  name: string;
  budget: Ore;
  carryOver: Ore;
  forecast: Ore | null;
  /** Account numbers or prefixes; empty: the project has no accounts of its own. */
  accounts: readonly string[];
  /** Its object in the committee's project dimension (null: the project's id). */
  dimensionObject?: string | null;
}

export interface InvestmentDecisionLine {
  projectId: string | null;
  amount: Ore;
}

export interface ProjectFigures {
  id: string;
  name: string;
  budget: Ore;
  carryOver: Ore;
  decisions: Ore;
  revisedBudget: Ore;
  /** Null when the project has no accounts to read its actual from. */
  actual: Ore | null;
  forecast: Ore | null;
  forecastDeviation: Ore | null;
}

export interface InvestmentFigures {
  originalBudget: Ore;
  carryOver: Ore;
  decisions: Ore;
  /** Decisions on the investment budget that name no project. */
  unassignedDecisions: Ore;
  adjustedBudget: Ore;
  /** Actual on every investment account (classes 11 and 12). */
  actual: Ore;
  projects: ProjectFigures[];
}

/** Does an account belong to a project's list of accounts and prefixes? */
export const matchesAccounts = (account: string, accounts: readonly string[]) => accounts.some((a) => account.startsWith(a));

/**
 * `byProject`: when the committee tells projects by an SIE dimension, the actual on investment
 * accounts per object of that dimension; a project's actual is then its object's (else its accounts').
 */
export function investmentFigures(
  projects: readonly ProjectInput[],
  decisions: readonly InvestmentDecisionLine[],
  actualRows: readonly AmountRow[],
  byProject: ReadonlyMap<string, Ore> | null = null,
): InvestmentFigures {
  const investmentRows = actualRows.filter((r) => isInvestmentAccount(r.account));
  const figures = projects.map((p): ProjectFigures => {
    const decided = decisions.filter((d) => d.projectId === p.id).reduce((s, d) => s + d.amount, 0);
    const revisedBudget = p.budget + p.carryOver + decided;
    const actual = byProject
      ? (byProject.get(p.dimensionObject ?? p.id) ?? 0)
      : p.accounts.length === 0
        ? null
        : investmentRows.filter((r) => matchesAccounts(r.account, p.accounts)).reduce((s, r) => s + r.amount, 0);
    return {
      id: p.id,
      name: p.name,
      budget: p.budget,
      carryOver: p.carryOver,
      decisions: decided,
      revisedBudget,
      actual,
      forecast: p.forecast,
      forecastDeviation: p.forecast === null ? null : revisedBudget - p.forecast,
    };
  });
  const known = new Set(projects.map((p) => p.id));
  const unassignedDecisions = decisions.filter((d) => d.projectId === null || !known.has(d.projectId)).reduce((s, d) => s + d.amount, 0);
  const originalBudget = projects.reduce((s, p) => s + p.budget, 0);
  const carryOver = projects.reduce((s, p) => s + p.carryOver, 0);
  const decided = decisions.reduce((s, d) => s + d.amount, 0);
  return {
    originalBudget,
    carryOver,
    decisions: decided,
    unassignedDecisions,
    adjustedBudget: originalBudget + carryOver + decided,
    actual: investmentRows.reduce((s, r) => s + r.amount, 0),
    projects: figures,
  };
}
