/**
 * The report's budget parts: the year's decisions named in section 2 (on the committee's budget)
 * and sections 4 and 5 (on the investment budget), and the investment figures. Pure.
 */
import { type AccountGroupId, accountGroupName } from '#core/accounts.ts';
import { resultEffect } from '#core/budget-revision.ts';
import type { InvestmentFigures } from '#core/investments.ts';
import type { Ore } from '#core/money.ts';
import { MONTHS_SV } from '#core/period.ts';
import type { BuildContext } from './build.ts';
import type { Block, Inline } from './model.ts';

export type ReportDecisionLine =
  | { target: 'area'; areaId: string | null; group: AccountGroupId; amount: Ore }
  | { target: 'investment'; projectId: string | null; amount: Ore };

export interface ReportDecision {
  id: string;
  decidedOn: string;
  body: string;
  ref: string | null;
  text: string;
  lines: readonly ReportDecisionLine[];
}

export interface BudgetReportInput {
  /** The fiscal year's decisions dated on or before the period's end. */
  decisions: readonly ReportDecision[];
  investments: InvestmentFigures;
  /** areaId → account groups whose budget is straight while the actual is seasonal. */
  unperiodized: ReadonlyMap<string, readonly AccountGroupId[]>;
}

const BODY: Record<string, string> = { KS: 'Kommunstyrelsen', KF: 'Kommunfullmäktige', FU: 'Finansutskottet', nämnd: 'Nämnden' };
const bodyName = (d: ReportDecision) => `${BODY[d.body] ?? d.body}${d.ref ? ` (${d.ref})` : ''}`;
const monthOf = (date: string) => MONTHS_SV[Number(date.slice(5, 7)) - 1] ?? '';
/** "i början av mars", "i mitten av mars", "i slutet av mars" */
function partOfMonth(date: string): string {
  const day = Number(date.slice(8, 10));
  return `i ${day <= 10 ? 'början' : day <= 20 ? 'mitten' : 'slutet'} av ${monthOf(date)}`;
}

const total = (d: ReportDecision, target: 'area' | 'investment') =>
  d.lines.filter((l) => l.target === target).reduce((s, l) => s + l.amount, 0);
const isInvestment = (d: ReportDecision) => d.lines.length > 0 && d.lines.every((l) => l.target === 'investment');

/** Section 2: "Kommunstyrelsen beslutade i februari att utöka nämndens kommunbidrag …, motsvarande 47 tkr." */
export function decisionParagraphs(ctx: BuildContext): Block[] {
  return ctx.input.budget.decisions
    .filter((d) => !isInvestment(d))
    .map((d) => ({
      type: 'paragraph',
      content: [
        `${bodyName(d)} beslutade i ${monthOf(d.decidedOn)} ${d.text}, motsvarande `,
        ctx.book.ref(`decision.${d.id}`, total(d, 'area'), 'tkr', `Beslut ${d.body} ${d.decidedOn}`),
        '.',
      ],
    }));
}

/**
 * Sections 4 and 5: the investment decisions, then the budget after them and the actual to date;
 * in section 4 (`withProjects`) the projects with an actual or a forecast as a table.
 */
export function investmentParagraphs(ctx: BuildContext, withProjects = true): Block[] {
  const { book } = ctx;
  const inv = ctx.input.budget.investments;
  const decisions = ctx.input.budget.decisions.filter(isInvestment);
  const committee = ctx.input.committee.name.toLowerCase();
  const blocks: Block[] = decisions.map((d) => {
    const amount = total(d, 'investment');
    return {
      type: 'paragraph',
      content: [
        `${bodyName(d)} tog ${partOfMonth(d.decidedOn)} beslut ${d.text}, vilket innebär en ${amount >= 0 ? 'ökad' : 'minskad'} investeringsbudget för ${committee} med `,
        book.ref(`decision.${d.id}`, Math.abs(amount), 'mnkr', `Beslut ${d.body} ${d.decidedOn}`),
        '.',
      ],
    };
  });
  const adjusted = decisions.length > 0 || inv.carryOver !== 0;
  const content: Inline[] = [`Investeringsbudget för året uppgår ${adjusted ? 'efter justering ' : ''}till `];
  content.push(book.ref('investments.adjustedBudget', inv.adjustedBudget, 'mnkr', 'Investeringsbudget efter justering'));
  if (adjusted) {
    content.push(' (ursprunglig budget ', book.ref('investments.budget', inv.originalBudget, 'mnkr', 'Ursprunglig investeringsbudget'));
    if (inv.carryOver !== 0)
      content.push(
        ', överfört från föregående år ',
        book.ref('investments.carryOver', inv.carryOver, 'mnkr', 'Överfört från föregående år'),
      );
    content.push(')');
  }
  content.push(
    ', utfall för ackumulerad period uppgår till ',
    book.ref('investments.actual', inv.actual, 'mnkr', 'Investeringar, utfall ackumulerat'),
    '.',
  );
  blocks.push({ type: 'paragraph', content });
  const listed = inv.projects.filter((p) => p.actual !== null || p.forecast !== null);
  if (withProjects && listed.length > 0) {
    blocks.push({
      type: 'table',
      caption: 'Investeringsprojekt, mnkr',
      head: ['Projekt', 'Budget', 'Utfall', 'Prognos'],
      numeric: [false, true, true, true],
      rows: listed.map((p) => ({
        cells: [
          p.name,
          book.ref(`investments.project.${p.id}.revisedBudget`, p.revisedBudget, 'mnkr', `${p.name}, budget`),
          p.actual === null ? '–' : book.ref(`investments.project.${p.id}.actual`, p.actual, 'mnkr', `${p.name}, utfall`),
          p.forecast === null ? '–' : book.ref(`investments.project.${p.id}.forecast`, p.forecast, 'mnkr', `${p.name}, prognos`),
        ],
      })),
    });
  }
  return blocks;
}

/** The JSON contract's `budgetDecisions`: every counted decision with its lines and their effect on the budgeted result. */
export function decisionsJson(decisions: readonly ReportDecision[]) {
  return decisions.map((d) => ({
    id: d.id,
    decidedOn: d.decidedOn,
    body: d.body,
    ref: d.ref,
    text: d.text,
    lines: d.lines.map((l) =>
      l.target === 'area'
        ? {
            target: l.target,
            areaId: l.areaId,
            group: l.group,
            groupName: accountGroupName(l.group),
            projectId: null,
            amount: l.amount,
            resultEffect: l.areaId ? resultEffect(l.group, l.amount) : 0,
          }
        : { target: l.target, areaId: null, group: null, groupName: null, projectId: l.projectId, amount: l.amount, resultEffect: 0 },
    ),
  }));
}
