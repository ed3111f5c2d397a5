/** The ledger's postings on investment accounts by project (the object of the committee's project dimension). */
import { sql } from 'kysely';
import { isInvestmentAccount } from '#core/accounts.ts';
import type { Ore } from '#core/money.ts';
import type { Q } from './committees.ts';

export interface ProjectActual {
  project: string;
  account: string;
  amount: Ore;
}

/**
 * Sums of postings on investment accounts (classes 11 and 12) per project and account in periods
 * from..to; postings without a project are left out. Reads the drill-down index by account range.
 */
export async function loadProjectActuals(q: Q, committeeId: string, from: string, to: string): Promise<ProjectActual[]> {
  const rows = await q
    .selectFrom('ledger_postings')
    .select(['project', 'account', sql<string>`sum(amount)`.as('amount')])
    .where('committee_id', '=', committeeId)
    .where('account', '>=', '11')
    .where('account', '<', '13')
    .where('period', '>=', from)
    .where('period', '<=', to)
    .where('project', 'is not', null)
    .groupBy(['project', 'account'])
    .execute();
  return rows
    .filter((r) => isInvestmentAccount(r.account))
    .map((r) => ({ project: r.project ?? '', account: r.account, amount: Number(r.amount) }))
    .sort((a, b) => a.project.localeCompare(b.project, 'sv') || a.account.localeCompare(b.account));
}
