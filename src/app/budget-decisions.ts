/**
 * Use cases: budget decisions (KF, KS or the committee itself) with amounts to an area and account
 * group, or to the investment budget (optionally a project). Amounts are the increase of the budget
 * line (sign rule: src/core/budget-revision.ts); the revised budget reads them (budget-rows.ts).
 */
import { ACCOUNT_GROUPS, type AccountGroupId } from '#core/accounts.ts';
import { DEFAULT_DECISION_GROUP } from '#core/budget-revision.ts';
import type { Ore } from '#core/money.ts';
import { fiscalYearOf } from '#core/period.ts';
import { recordAudit } from '#store/audit.ts';
import {
  type DecisionLineRow,
  type DecisionRow,
  decisionExists,
  deleteDecision,
  insertDecision,
  listDecisions,
  listProjects,
} from '#store/budget.ts';
import { listAreas, listCodes, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { committeeIn } from './committees.ts';
import { InputError, NotFoundError } from './errors.ts';

export type { DecisionRow };

export const DECISION_BODIES = ['KF', 'KS', 'nämnd'] as const;
export const MAX_DECISION_TEXT = 2000;
export const MAX_DECISION_REF = 100;

export type DecisionLineInput =
  | { target: 'area'; area: string; group?: string | null; amount: Ore }
  | { target: 'investment'; project?: string | null; amount: Ore };

export interface DecisionInput {
  /** Chosen from body and date when not given. */
  id?: string | null;
  body: string;
  decidedOn: string;
  ref?: string | null;
  text: string;
  lines: readonly DecisionLineInput[];
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[a-z0-9åäö]+(?:-[a-z0-9åäö]+)*$/;

/** A valid calendar date YYYY-MM-DD, else an InputError for the field. */
export function checkDate(text: string, where: string): string {
  const m = DATE.exec(text);
  const d = m ? new Date(`${text}T00:00:00Z`) : null;
  if (!d || d.toISOString().slice(0, 10) !== text)
    throw new InputError(`"${text}" är inget datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2025-02-19)`, where);
  return text;
}

/** Finds an area by id or by name (case-insensitive), else an InputError naming the field. */
export async function resolveArea(q: Q, committeeId: string, area: string, where: string): Promise<string> {
  const areas = await listAreas(q, committeeId);
  const found = areas.find((a) => a.id === area) ?? areas.find((a) => a.name.toLowerCase() === area.trim().toLowerCase());
  if (!found) throw new InputError(`området "${area}" finns inte (ange områdets id eller namn)`, where);
  return found.id;
}

export function checkGroup(group: string | null | undefined, where: string): AccountGroupId {
  if (group === undefined || group === null || group === '') return DEFAULT_DECISION_GROUP;
  const found = ACCOUNT_GROUPS.find((g) => g.id === group || g.name.toLowerCase() === group.toLowerCase());
  if (!found) throw new InputError(`kontogruppen "${group}" finns inte (välj ${ACCOUNT_GROUPS.map((g) => g.id).join(', ')})`, where);
  return found.id;
}

export async function addDecision(db: Db, committeeId: string, input: DecisionInput, user: string, now = new Date()): Promise<DecisionRow> {
  return db.write(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const body = DECISION_BODIES.find((b) => b.toLowerCase() === input.body.trim().toLowerCase());
    if (!body) throw new InputError(`"${input.body}" är inget beslutande organ (skriv KF, KS eller nämnd)`, 'body');
    const decidedOn = checkDate(input.decidedOn, 'decidedOn');
    const text = input.text.trim();
    if (text === '') throw new InputError('beskriv beslutet (till exempel "att utöka nämndens kommunbidrag …")', 'text');
    if (text.length > MAX_DECISION_TEXT)
      throw new InputError(`texten är ${text.length} tecken, högst ${MAX_DECISION_TEXT} får plats`, 'text');
    const ref = input.ref?.trim() || null;
    if (ref && ref.length > MAX_DECISION_REF) throw new InputError(`högst ${MAX_DECISION_REF} tecken`, 'ref');
    if (input.lines.length === 0) throw new InputError('ett beslut behöver minst ett belopp', 'lines');
    const fy = fiscalYearOf(decidedOn.slice(0, 7), committee.fiscalYearStartMonth);
    const fiscalYear = fy.start.slice(0, 4);
    const codes = await listCodes(q, committeeId);
    const projects = await listProjects(q, committeeId, fiscalYear);
    const lines: DecisionLineRow[] = [];
    for (const [i, l] of input.lines.entries()) {
      const where = input.lines.length === 1 ? '' : `lines.${i}.`;
      if (!Number.isSafeInteger(l.amount) || l.amount === 0)
        throw new InputError('beloppet måste vara skilt från noll, i hela öre', `${where}amount`);
      if (l.target === 'area') {
        const areaId = await resolveArea(q, committeeId, l.area, `${where}area`);
        if (!codes.some((c) => c.areaId === areaId))
          throw new InputError(`området "${l.area}" har inget ansvar att bokföra budgeten på`, `${where}area`);
        lines.push({ target: 'area', areaId, group: checkGroup(l.group, `${where}group`), amount: l.amount });
      } else {
        const projectId = l.project?.trim() || null;
        if (projectId && !projects.some((p) => p.id === projectId)) {
          throw new InputError(
            `projektet "${projectId}" finns inte för ${fiscalYear} (lägg till det med investment add)`,
            `${where}project`,
          );
        }
        lines.push({ target: 'investment', projectId, amount: l.amount });
      }
    }
    if (new Set(lines.map((l) => l.target)).size > 1)
      throw new InputError('ett beslut gäller antingen driftbudgeten eller investeringsbudgeten', 'lines');
    const id = input.id
      ? checkId(input.id)
      : await freeId(q, committeeId, `${body === 'nämnd' ? 'namnd' : body.toLowerCase()}-${decidedOn}`);
    if (input.id && (await decisionExists(q, committeeId, id))) throw new InputError(`beslutet "${id}" finns redan`, 'id');
    const row: DecisionRow = { id, fiscalYear, decidedOn, body, ref, text, lines, createdBy: user, createdAt: now.toISOString() };
    await insertDecision(q, committeeId, row);
    await recordAudit(
      q,
      {
        user,
        committeeId,
        areaId: decisionArea(lines),
        period: decidedOn.slice(0, 7),
        entity: 'decision',
        key: id,
        action: 'create',
        before: null,
        after: decisionValue(row),
      },
      now.toISOString(),
    );
    return row;
  });
}

function checkId(id: string): string {
  if (!ID.test(id) || id.length > 80) throw new InputError(`"${id}" duger inte som id (små bokstäver, siffror och bindestreck)`, 'id');
  return id;
}

async function freeId(q: Q, committeeId: string, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await decisionExists(q, committeeId, id))) return id;
  }
}

/** The one area all of a decision's lines are on, else null (the committee's). */
const decisionArea = (lines: readonly DecisionLineRow[]): string | null => {
  const areas = new Set(lines.map((l) => (l.target === 'area' ? l.areaId : null)));
  return areas.size === 1 ? ([...areas][0] ?? null) : null;
};

/** A decision as the audit log keeps it: what was decided, not who stored it. */
const decisionValue = ({ createdBy: _by, createdAt: _at, ...decision }: DecisionRow) => decision;

export async function removeDecision(db: Db, committeeId: string, id: string, user: string): Promise<void> {
  await db.write(async (q) => {
    await committeeIn(q, committeeId);
    const year = await q
      .selectFrom('budget_decisions')
      .select('fiscal_year')
      .where('committee_id', '=', committeeId)
      .where('id', '=', id)
      .executeTakeFirst();
    const old = year && (await listDecisions(q, committeeId, year.fiscal_year)).find((d) => d.id === id);
    if (!old || !(await deleteDecision(q, committeeId, id))) throw new NotFoundError(`Beslutet "${id}" finns inte.`);
    await recordAudit(q, {
      user,
      committeeId,
      areaId: decisionArea(old.lines),
      period: old.decidedOn.slice(0, 7),
      entity: 'decision',
      key: id,
      action: 'delete',
      before: decisionValue(old),
      after: null,
    });
  });
}

/** The decisions of a fiscal year ("2025"), by date. */
export async function decisionsOfYear(db: Db, committeeId: string, fiscalYear: string): Promise<DecisionRow[]> {
  if (!/^\d{4}$/.test(fiscalYear)) throw new InputError(`"${fiscalYear}" är inget räkenskapsår (skriv året, t.ex. 2025)`, 'fiscalYear');
  return db.snapshot(async (q) => {
    await committeeIn(q, committeeId);
    return listDecisions(q, committeeId, fiscalYear);
  });
}
