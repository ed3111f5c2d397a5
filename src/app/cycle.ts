/**
 * Use cases of the monthly cycle (rules: src/core/cycle.ts): the controller opens a period with
 * its deadlines, area managers mark their areas ready, the controller returns (with a note) or
 * accepts each, approves the whole, and reopens an approved or published period. Publishing is
 * the versions' use case: it calls recordPublished inside its own transaction.
 *
 * Every step runs in one write transaction that reads the state (and the report, for the texts
 * an area still needs) as it stands there, changes it and records it in the audit log (entity
 * 'state'; key: the area's id, or 'report' for the whole). A refused step raises CycleRuleError
 * (HTTP 409, CLI exit code 8) with the reason in Swedish and changes nothing.
 */
import type { Transaction } from 'kysely';
import type { CycleOpen, CycleState } from '#contract/index.ts';
import { type AreaAction, CycleRuleError, nextAreaState, nextPeriodState, type PeriodAction, swedishDate } from '#core/cycle.ts';
import { periodLabel } from '#core/period.ts';
import { recordAudit } from '#store/audit.ts';
import type { Q } from '#store/committees.ts';
import {
  type CyclePeriodRow,
  findCyclePeriod,
  insertCyclePeriod,
  lockCyclePeriod,
  saveCycleArea,
  updateCyclePeriod,
} from '#store/cycle.ts';
import type { Db } from '#store/db.ts';
import type { Schema } from '#store/schema.ts';
import { composeCycleState, loadCycleInputs, readCycleState } from './cycle-state.ts';
import { InputError, NotFoundError } from './errors.ts';

export { CycleRuleError } from '#core/cycle.ts';

interface Step {
  committeeId: string;
  period: string;
  user: string;
}

/** A change of the whole report in the audit log. */
function auditReport(q: Q, step: Step, action: string, before: unknown, after: unknown, at: string): Promise<void> {
  return recordAudit(
    q,
    { user: step.user, committeeId: step.committeeId, period: step.period, entity: 'state', key: 'report', action, before, after },
    at,
  );
}

async function opened(q: Q, committeeId: string, period: string): Promise<CyclePeriodRow> {
  const row = await lockCyclePeriod(q, committeeId, period);
  if (!row) throw new CycleRuleError(`${periodLabel(period)} är inte öppnad: controllern öppnar perioden med dess tidsgränser först.`);
  return row;
}

/** Opens the period with its deadlines, or changes the deadlines of an open one. */
export async function openCycle(db: Db, step: Step & CycleOpen, now = new Date()): Promise<CycleState> {
  const at = now.toISOString();
  const today = swedishDate(now);
  return db.write(async (q) => {
    const before = await readCycleState(q, step.committeeId, step.period, today);
    const known = new Set(before.areas.map((a) => a.id));
    for (const id of Object.keys(step.areaDeadlines ?? {}))
      if (!known.has(id)) throw new InputError(`Området "${id}" finns inte i ${before.committee.name}.`, `areaDeadlines.${id}`);
    const row = await lockCyclePeriod(q, step.committeeId, step.period);
    if (row && row.state !== 'open')
      throw new CycleRuleError(
        `${periodLabel(step.period)} är redan ${before.stateLabel.toLowerCase()}: öppna den igen innan tidsgränserna ändras.`,
      );
    if (row)
      await updateCyclePeriod(q, step.committeeId, step.period, {
        deadline: step.deadline,
        areaDeadline: step.areaDeadline,
        updatedBy: step.user,
        updatedAt: at,
      });
    else
      await insertCyclePeriod(q, {
        committeeId: step.committeeId,
        period: step.period,
        state: 'open',
        deadline: step.deadline,
        areaDeadline: step.areaDeadline,
        publishedVersion: null,
        openedBy: step.user,
        openedAt: at,
        updatedBy: step.user,
        updatedAt: at,
      });
    for (const a of before.areas) {
      const deadline = step.areaDeadlines?.[a.id] ?? step.areaDeadline;
      await saveCycleArea(q, step.committeeId, step.period, {
        areaId: a.id,
        state: a.state,
        deadline,
        note: a.note,
        updatedBy: a.updatedBy,
        updatedAt: a.updatedAt,
      });
    }
    await auditReport(
      q,
      step,
      row ? 'deadlines' : 'open',
      row ? { state: row.state, deadline: row.deadline, areaDeadline: row.areaDeadline } : null,
      { state: 'open', deadline: step.deadline, areaDeadline: step.areaDeadline, areaDeadlines: step.areaDeadlines ?? {} },
      at,
    );
    return readCycleState(q, step.committeeId, step.period, today);
  });
}

const AREA_VERBS: Record<AreaAction, string> = { ready: 'ready', return: 'return', accept: 'accept' };

/** One step of an area: ready (area manager or controller), return with a note, or accept (controller). */
export async function changeArea(
  db: Db,
  step: Step & { areaId: string; action: AreaAction; note?: string },
  now = new Date(),
): Promise<CycleState> {
  const at = now.toISOString();
  const today = swedishDate(now);
  return db.write(async (q) => {
    const row = await opened(q, step.committeeId, step.period);
    const inputs = await loadCycleInputs(q, step.committeeId, step.period);
    const state = composeCycleState(inputs, today);
    const area = state.areas.find((a) => a.id === step.areaId);
    if (!area)
      throw new NotFoundError(`Området "${step.areaId}" finns inte i ${state.committee.name}s rapport för ${periodLabel(step.period)}.`);
    const next = nextAreaState(row.state, area.state, step.action, area, step.note);
    const note = step.action === 'return' ? (step.note ?? '').trim() : area.note;
    const saved = { areaId: area.id, state: next, deadline: area.deadline ?? row.areaDeadline, note, updatedBy: step.user, updatedAt: at };
    await saveCycleArea(q, step.committeeId, step.period, saved);
    inputs.rows.set(area.id, saved);
    await recordAudit(
      q,
      {
        user: step.user,
        committeeId: step.committeeId,
        areaId: area.id,
        period: step.period,
        entity: 'state',
        key: area.id,
        action: AREA_VERBS[step.action],
        before: { state: area.state, note: area.note },
        after: { state: next, note },
      },
      at,
    );
    return composeCycleState(inputs, today);
  });
}

/** A step of the whole report; answers the state after it. */
async function changePeriodIn(
  q: Q,
  step: Step,
  action: PeriodAction,
  at: string,
  extra: { note?: string; versionNumber?: number } = {},
): Promise<CycleState> {
  const row = await opened(q, step.committeeId, step.period);
  const today = swedishDate(new Date(at));
  const inputs = await loadCycleInputs(q, step.committeeId, step.period);
  const next = nextPeriodState(row.state, action, composeCycleState(inputs, today).areas);
  await updateCyclePeriod(q, step.committeeId, step.period, {
    state: next,
    ...(extra.versionNumber !== undefined ? { publishedVersion: extra.versionNumber } : {}),
    updatedBy: step.user,
    updatedAt: at,
  });
  await auditReport(
    q,
    step,
    action,
    { state: row.state, publishedVersion: row.publishedVersion },
    { state: next, publishedVersion: extra.versionNumber ?? row.publishedVersion, ...(extra.note ? { note: extra.note } : {}) },
    at,
  );
  inputs.row = { ...row, state: next, publishedVersion: extra.versionNumber ?? row.publishedVersion, updatedBy: step.user, updatedAt: at };
  return composeCycleState(inputs, today);
}

/** The controller approves the whole report: every area of it accepted. */
export async function approveCycle(db: Db, step: Step, now = new Date()): Promise<CycleState> {
  return db.write((q) => changePeriodIn(q, step, 'approve', now.toISOString()));
}

/** The controller reopens an approved or published period (corrections, then a new version); the areas keep their states. */
export async function reopenCycle(db: Db, step: Step & { note?: string }, now = new Date()): Promise<CycleState> {
  return db.write((q) => changePeriodIn(q, step, 'reopen', now.toISOString(), step.note?.trim() ? { note: step.note.trim() } : {}));
}

/**
 * For publishing (the versions' use case), inside its transaction: the period must be approved
 * (a published one is reopened and approved again before its next version), else CycleRuleError
 * (409) saying why; then it is published as `versionNumber`, recorded in the audit log.
 */
export async function recordPublished(
  q: Transaction<Schema>,
  committeeId: string,
  period: string,
  user: string,
  versionNumber: number,
  now = new Date(),
): Promise<void> {
  if (!Number.isSafeInteger(versionNumber) || versionNumber < 1)
    throw new InputError(`"${versionNumber}" är inget versionsnummer`, 'version');
  // A period whose cycle was never opened (a committee that does not use the review) is the
  // controller's to publish as it stands; an opened one only once approved.
  if (!(await findCyclePeriod(q, committeeId, period))) return;
  await changePeriodIn(q, { committeeId, period, user }, 'publish', now.toISOString(), { versionNumber });
}
