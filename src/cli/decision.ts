/**
 * `uppfoljning decision add|list|remove` (budget decisions) and `uppfoljning budget
 * periodize|show` (periodization per area and account group; the revised budget per area).
 */

import type { DecisionRow } from '#app/budget-decisions.ts';
import { addDecision, decisionsOfYear, removeDecision } from '#app/budget-decisions.ts';
import { budgetOverview, setPeriodization } from '#app/budget-periodization.ts';
import { InputError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import { accountGroupName } from '#core/accounts.ts';
import { formatMoney } from '#core/format.ts';
import type { Ore } from '#core/money.ts';
import { PeriodizationError, parseWeightsInput } from '#core/periodization.ts';
import { amountOption, required } from './amounts.ts';
import type { Command } from './io.ts';

const tkr = (x: Ore) => formatMoney(x, 'tkr', { signed: true, space: ' ' });
const user = (c: Command) => c.values.user ?? currentUser();

function decisionLine(d: DecisionRow): string {
  const where = d.lines
    .map((l) =>
      l.target === 'area'
        ? `${l.areaId ?? '(inget område)'} ${accountGroupName(l.group).toLowerCase()} ${tkr(l.amount)}`
        : `investeringsbudget${l.projectId ? ` ${l.projectId}` : ''} ${tkr(l.amount)}`,
    )
    .join('; ');
  return `${d.id}\t${d.decidedOn}\t${d.body}${d.ref ? ` ${d.ref}` : ''}\t${where}\t${d.text}`;
}

export async function decisionCommand(c: Command): Promise<number> {
  const { db, values, args, io } = c;
  const committee = required(values.committee, 'nämndens id', '--committee');
  const [action, id] = args;
  if (action === 'add') {
    const amount = required(
      amountOption(values.amount, values.ore, 'amount', 'ore'),
      'beloppet, t.ex. "47 tkr", eller --ore N',
      '--amount',
    );
    if (values.investment && values.area) throw new InputError('ange antingen --area eller --investment', '--area');
    if (!values.investment && !values.area)
      throw new InputError('måste anges (området), eller --investment för investeringsbudgeten', '--area');
    if (values.project && !values.investment)
      throw new InputError('--project gäller beslut om investeringsbudgeten (--investment)', '--project');
    const d = await addDecision(
      db,
      committee,
      {
        id: values.id ?? null,
        body: required(values.body, 'KF, KS eller nämnd', '--body'),
        decidedOn: required(values.date, 'beslutsdatum ÅÅÅÅ-MM-DD', '--date'),
        ref: values.ref ?? null,
        text: required(values.text, 'vad beslutet gäller', '--text'),
        lines: [
          values.investment
            ? { target: 'investment', project: values.project ?? null, amount }
            : { target: 'area', area: values.area ?? '', group: values.group ?? null, amount },
        ],
      },
      user(c),
    );
    if (values.json) io.out(`${JSON.stringify(d, null, 2)}\n`);
    else io.out(`Beslutet ${d.id} är sparat.\n${decisionLine(d)}\n`);
    return 0;
  }
  if (action === 'remove') {
    const which = required(id ?? values.id, 'beslutets id, se decision list', 'ID');
    await removeDecision(db, committee, which, user(c));
    if (values.json) io.out(`${JSON.stringify({ removed: which })}\n`);
    else io.out(`Beslutet ${which} är borttaget.\n`);
    return 0;
  }
  if (action !== undefined && action !== 'list') throw new InputError('skriv add, list eller remove', 'decision');
  const rows = await decisionsOfYear(db, committee, required(values['fiscal-year'], 'räkenskapsåret, t.ex. 2025', '--fiscal-year'));
  if (values.json) io.out(`${JSON.stringify(rows, null, 2)}\n`);
  else for (const d of rows) io.out(`${decisionLine(d)}\n`);
  return 0;
}

export async function budgetCommand(c: Command): Promise<number> {
  const { db, values, args, io } = c;
  const committee = required(values.committee, 'nämndens id', '--committee');
  const [action] = args;
  if (action === 'periodize') {
    const r = await setPeriodization(
      db,
      committee,
      required(values['fiscal-year'], 'räkenskapsåret, t.ex. 2025', '--fiscal-year'),
      {
        area: required(values.area, 'området', '--area'),
        group: required(values.group, 'kontogruppen, t.ex. intakter', '--group'),
        method: required(values.method, 'ledger, straight, profile eller last-year', '--method'),
        weights: values.weights === undefined ? null : weightsOption(values.weights),
      },
      user(c),
    );
    if (values.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
    else
      io.out(
        `${r.areaId} ${accountGroupName(r.group).toLowerCase()}: periodiseras ${r.method}${r.weights ? ` (${r.weights.join(' ')})` : ''}.\n`,
      );
    return 0;
  }
  if (action !== undefined && action !== 'show') throw new InputError('skriv periodize eller show', 'budget');
  const o = await budgetOverview(db, committee, required(values.period, 'ÅÅÅÅ-MM', '--period'));
  if (values.json) {
    io.out(`${JSON.stringify(o, null, 2)}\n`);
    return 0;
  }
  for (const a of o.areas) {
    io.out(
      `${a.name}: budgeterat resultat ${tkr(a.originalResult)} → ${tkr(a.revisedResult)}${a.unperiodizedGroups.length ? ' (ej periodiserad budget)' : ''}\n`,
    );
    for (const s of a.steps)
      io.out(`  ${s.decidedOn} ${s.decisionId}: ${accountGroupName(s.group).toLowerCase()} ${tkr(s.amount)} → ${tkr(s.revisedResult)}\n`);
  }
  return 0;
}

function weightsOption(text: string): number[] {
  try {
    return parseWeightsInput(text);
  } catch (e) {
    if (e instanceof PeriodizationError) throw new InputError(e.message, '--weights');
    throw e;
  }
}
