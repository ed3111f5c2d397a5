/** The demo committee's investment projects and budget decisions, entered through the use cases a person calls. */
import { tkr } from '#core/money.ts';
import type { Db } from '#store/db.ts';
import { addDecision, decisionsOfYear, removeDecision } from '../budget-decisions.ts';
import { projectsOfYear, saveInvestmentProject } from '../investments.ts';
import type { DemoInvestmentProject } from './demo-committee.ts';
import { BUDGET_DECISIONS, COMMITTEE, INVESTMENT_PROJECTS } from './socialnamnden.ts';

/** Adds a demo committee's investment projects, or sets them again on a reload. */
export async function saveDemoProjects(
  db: Db,
  committeeId: string,
  year: string,
  projects: readonly DemoInvestmentProject[],
  user: string,
): Promise<void> {
  const existing = new Set((await projectsOfYear(db, committeeId, year)).map((p) => p.id));
  for (const p of projects) {
    await saveInvestmentProject(
      db,
      committeeId,
      year,
      { id: p.id, name: p.name, budget: tkr(p.budgetTkr), carryOver: 0, forecast: null, accounts: p.accounts },
      existing.has(p.id) ? 'set' : 'add',
      user,
    );
  }
}

export async function loadDemoBudget(db: Db, user: string): Promise<void> {
  const year = COMMITTEE.fiscalYear;
  await saveDemoProjects(db, COMMITTEE.id, year, INVESTMENT_PROJECTS, user);
  // A reload replaces the demo's decisions with the same ones.
  for (const d of await decisionsOfYear(db, COMMITTEE.id, year)) await removeDecision(db, COMMITTEE.id, d.id, user);
  for (const d of BUDGET_DECISIONS) {
    const amount = d.amountKr * 100;
    await addDecision(
      db,
      COMMITTEE.id,
      {
        id: d.id,
        body: d.body,
        decidedOn: d.decidedOn,
        text: d.text,
        lines: [d.area ? { target: 'area', area: d.area, group: d.group, amount } : { target: 'investment', amount }],
      },
      user,
      new Date(`${d.decidedOn}T12:00:00Z`),
    );
  }
}
