/**
 * What each person still has to do in the cycle (the in-app list, and what reminders say): an
 * area manager writes and marks their open areas ready and fixes the returned ones; a controller
 * (and an administrator) reviews the areas marked ready, approves a report whose areas are all
 * accepted and publishes an approved one. Over every open or approved period of the committees
 * the person has a role in.
 */
import type { CycleState, TodoItem, TodoList } from '#contract/index.ts';
import { swedishDate } from '#core/cycle.ts';
import { periodLabel } from '#core/period.ts';
import { type RoleHolder, roleIn } from '#core/roles.ts';
import type { Q } from '#store/committees.ts';
import { listCyclePeriods } from '#store/cycle.ts';
import type { Db } from '#store/db.ts';
import { readCycleState } from './cycle-state.ts';

export interface Person extends RoleHolder {
  username: string;
}

/** The person's items of one period's state. */
export function todoOfPeriod(person: Person, state: CycleState): TodoItem[] {
  if (!state.opened || state.state === null || state.state === 'published') return [];
  const role = roleIn(person, state.committee.id);
  const controls = person.admin || role?.role === 'controller';
  const own = new Set(role?.role === 'area-manager' ? role.areas : []);
  const base = { committeeId: state.committee.id, committeeName: state.committee.name, period: state.period };
  const label = periodLabel(state.period);
  const items: TodoItem[] = [];
  if (state.state === 'open') {
    for (const a of state.areas) {
      const area = { ...base, areaId: a.id, areaName: a.name, deadline: a.deadline, late: a.late, note: a.note };
      if (own.has(a.id) && a.state === 'open')
        items.push({ ...area, action: 'ready', text: `Skriv texterna för ${a.name} (${label}) och markera området klart.` });
      else if (own.has(a.id) && a.state === 'returned')
        items.push({ ...area, action: 'fix', text: `${a.name} (${label}) är återsänt: rätta och markera klart igen.` });
      else if (controls && a.state === 'ready')
        items.push({ ...area, action: 'review', note: null, late: false, text: `Granska ${a.name} (${label}): godkänn eller återsänd.` });
    }
    if (controls && state.areas.length > 0 && state.areas.every((a) => a.state === 'accepted'))
      items.push({
        ...base,
        areaId: null,
        areaName: null,
        deadline: state.deadline,
        late: state.late,
        note: null,
        action: 'approve',
        text: `Alla områden är godkända: godkänn hela rapporten för ${label}.`,
      });
  } else if (controls) {
    items.push({
      ...base,
      areaId: null,
      areaName: null,
      deadline: state.deadline,
      late: false,
      note: null,
      action: 'publish',
      text: `Rapporten för ${label} är godkänd: publicera den.`,
    });
  }
  return items;
}

/** The person's items over the given committees' open and approved periods (all committees when null). */
export async function readTodo(q: Q, person: Person, committeeIds: readonly string[] | null, today: string): Promise<TodoItem[]> {
  const rows = await listCyclePeriods(q, committeeIds, ['open', 'approved']);
  const items: TodoItem[] = [];
  for (const r of rows) items.push(...todoOfPeriod(person, await readCycleState(q, r.committeeId, r.period, today)));
  return items;
}

/** The signed-in person's to-do list. */
export async function todoFor(db: Db, person: Person, now = new Date()): Promise<TodoList> {
  const today = swedishDate(now);
  const committees = person.admin ? null : person.roles.map((r) => r.committeeId);
  return { user: person.username, today, items: await db.snapshot((q) => readTodo(q, person, committees, today)) };
}
