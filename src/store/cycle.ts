/** The monthly cycle's rows (migrations/cycle.ts): a committee's opened periods and their areas' states. */
import { PostgresAdapter, type Selectable } from 'kysely';
import type { AreaState, PeriodState } from '#core/cycle.ts';
import type { CommitteeRoleName } from '#core/roles.ts';
import type { Q } from './committees.ts';
import type { CyclePeriodTable } from './schema-review.ts';

export interface CyclePeriodRow {
  committeeId: string;
  period: string;
  state: PeriodState;
  deadline: string;
  areaDeadline: string;
  publishedVersion: number | null;
  openedBy: string;
  openedAt: string;
  updatedBy: string;
  updatedAt: string;
}

export interface CycleAreaRow {
  areaId: string;
  state: AreaState;
  deadline: string;
  note: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

const toPeriod = (r: Selectable<CyclePeriodTable>): CyclePeriodRow => ({
  committeeId: r.committee_id,
  period: r.period,
  state: r.state as PeriodState,
  deadline: r.deadline,
  areaDeadline: r.area_deadline,
  publishedVersion: r.published_version,
  openedBy: r.opened_by,
  openedAt: r.opened_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

export async function findCyclePeriod(q: Q, committeeId: string, period: string): Promise<CyclePeriodRow | null> {
  const row = await q
    .selectFrom('cycle_periods')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .executeTakeFirst();
  return row ? toPeriod(row) : null;
}

/** The opened periods of these committees (every committee when null), newest period first. */
export async function listCyclePeriods(
  q: Q,
  committeeIds: readonly string[] | null,
  states: readonly PeriodState[],
): Promise<CyclePeriodRow[]> {
  if (committeeIds !== null && committeeIds.length === 0) return [];
  let query = q
    .selectFrom('cycle_periods')
    .selectAll()
    .where('state', 'in', [...states]);
  if (committeeIds !== null) query = query.where('committee_id', 'in', [...committeeIds]);
  return (await query.orderBy('committee_id').orderBy('period', 'desc').execute()).map(toPeriod);
}

export async function loadCycleAreas(q: Q, committeeId: string, period: string): Promise<Map<string, CycleAreaRow>> {
  const rows = await q.selectFrom('cycle_areas').selectAll().where('committee_id', '=', committeeId).where('period', '=', period).execute();
  return new Map(
    rows.map((r) => [
      r.area_id,
      {
        areaId: r.area_id,
        state: r.state as AreaState,
        deadline: r.deadline,
        note: r.note,
        updatedBy: r.updated_by,
        updatedAt: r.updated_at,
      },
    ]),
  );
}

export async function insertCyclePeriod(q: Q, row: CyclePeriodRow): Promise<void> {
  await q
    .insertInto('cycle_periods')
    .values({
      committee_id: row.committeeId,
      period: row.period,
      state: row.state,
      deadline: row.deadline,
      area_deadline: row.areaDeadline,
      published_version: row.publishedVersion,
      opened_by: row.openedBy,
      opened_at: row.openedAt,
      updated_by: row.updatedBy,
      updated_at: row.updatedAt,
    })
    .execute();
}

export async function updateCyclePeriod(
  q: Q,
  committeeId: string,
  period: string,
  change: Partial<Pick<CyclePeriodRow, 'state' | 'deadline' | 'areaDeadline' | 'publishedVersion'>> & {
    updatedBy: string;
    updatedAt: string;
  },
): Promise<void> {
  await q
    .updateTable('cycle_periods')
    .set({
      ...(change.state !== undefined ? { state: change.state } : {}),
      ...(change.deadline !== undefined ? { deadline: change.deadline } : {}),
      ...(change.areaDeadline !== undefined ? { area_deadline: change.areaDeadline } : {}),
      ...(change.publishedVersion !== undefined ? { published_version: change.publishedVersion } : {}),
      updated_by: change.updatedBy,
      updated_at: change.updatedAt,
    })
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .execute();
}

/** Creates or replaces an area's row. */
export async function saveCycleArea(q: Q, committeeId: string, period: string, row: CycleAreaRow): Promise<void> {
  const values = { state: row.state, deadline: row.deadline, note: row.note, updated_by: row.updatedBy, updated_at: row.updatedAt };
  await q
    .insertInto('cycle_areas')
    .values({ committee_id: committeeId, period, area_id: row.areaId, ...values })
    .onConflict((oc) => oc.columns(['committee_id', 'period', 'area_id']).doUpdateSet(values))
    .execute();
}

/**
 * The period's row, locked for the rest of the transaction on PostgreSQL (which writes at read
 * committed: without it an approval could miss an area returned at the same moment). SQLite
 * serialises its writers anyway.
 */
export async function lockCyclePeriod(q: Q, committeeId: string, period: string): Promise<CyclePeriodRow | null> {
  if (!(q.getExecutor().adapter instanceof PostgresAdapter)) return findCyclePeriod(q, committeeId, period);
  const row = await q
    .selectFrom('cycle_periods')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .forUpdate()
    .executeTakeFirst();
  return row ? toPeriod(row) : null;
}

export interface CommitteePerson {
  username: string;
  displayName: string;
  email: string | null;
  role: CommitteeRoleName;
  areas: string[];
}

/** The enabled users with a role in the committee (not the administrators), with an area manager's areas: whom reminders go to. */
export async function listCommitteePeople(q: Q, committeeId: string): Promise<CommitteePerson[]> {
  const rows = await q
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.email', 'user_roles.role'])
    .where('user_roles.committee_id', '=', committeeId)
    .where('users.disabled', '=', 0)
    .orderBy('users.username')
    .execute();
  const areas = await q.selectFrom('user_areas').select(['user_id', 'area_id']).where('committee_id', '=', committeeId).execute();
  return rows.map((r) => ({
    username: r.username,
    displayName: r.display_name,
    email: r.email,
    role: r.role as CommitteeRoleName,
    areas: areas.filter((a) => a.user_id === r.id).map((a) => a.area_id),
  }));
}
