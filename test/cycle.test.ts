/** The monthly cycle over the use cases, on SQLite and PostgreSQL: every step, its refusals, the audit log, publishing and reopening. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveCycle, CycleRuleError, changeArea, openCycle, recordPublished, reopenCycle } from '#app/cycle.ts';
import { getCycleState, listCycle } from '#app/cycle-state.ts';
import { todoFor } from '#app/cycle-todo.ts';
import { ensureDemo } from '#app/demo/index.ts';
import { saveText } from '#app/texts.ts';
import type { Db } from '#store/db.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

const C = 'socialnamnden';
const P = '2025-04';
const ON = new Date('2025-05-05T09:00:00Z');
const LATE = new Date('2025-05-09T09:00:00Z');
let tick = 0;
/** Distinct instants on 2025-05-05, one per step, so that the audit log's order is the steps'. */
const next = () => new Date(ON.getTime() + ++tick * 1000);

describe.each(TEST_DATABASES)('the cycle on $name', (database) => {
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
    await ensureDemo(db, { committees: 'socialnamnden' });
  });
  afterAll(async () => db?.close());

  const step = (user: string) => ({ committeeId: C, period: P, user });
  const area = (areaId: string, action: 'ready' | 'return' | 'accept', user: string, note?: string, now = next()) =>
    changeArea(db, { ...step(user), areaId, action, ...(note ? { note } : {}) }, now);

  it('refuses every step before the period is opened', async () => {
    const state = await getCycleState(db, C, P, undefined, ON);
    expect(state.opened).toBe(false);
    expect(state.areas).toHaveLength(15);
    await expect(area('utredning-vuxen', 'ready', 'omradeschef')).rejects.toThrow('april 2025 är inte öppnad');
  });

  it('opens the period with a deadline per area and for the whole', async () => {
    const state = await openCycle(
      db,
      { ...step('controller'), deadline: '2025-05-10', areaDeadline: '2025-05-07', areaDeadlines: { 'utredning-barn': '2025-05-08' } },
      ON,
    );
    expect(state).toMatchObject({ opened: true, state: 'open', deadline: '2025-05-10', late: false, today: '2025-05-05' });
    expect(state.areas.find((a) => a.id === 'utredning-barn')?.deadline).toBe('2025-05-08');
    expect(state.areas.find((a) => a.id === 'utredning-vuxen')).toMatchObject({ state: 'open', deadline: '2025-05-07', late: false });
    await expect(
      openCycle(db, { ...step('controller'), deadline: '2025-05-10', areaDeadline: '2025-05-07', areaDeadlines: { nope: '2025-05-08' } }),
    ).rejects.toThrow('Området "nope" finns inte');
  });

  it('counts late areas after their deadline and filters saknas, sen, återsänd', async () => {
    const late = await getCycleState(db, C, P, 'sen', LATE);
    expect(late.today).toBe('2025-05-09');
    // Every area but utredning-barn (deadline 2025-05-08) and the whole (2025-05-10)... both past 05-08.
    expect(late.areas.map((a) => a.id)).toHaveLength(15);
    expect(late.counts).toMatchObject({ areas: 15, sen: 15, saknas: 1, atersand: 0, accepted: 0 });
    const onTime = await getCycleState(db, C, '2025-04', 'sen', new Date('2025-05-08T09:00:00Z'));
    expect(onTime.areas.map((a) => a.id)).not.toContain('utredning-barn');
    expect(onTime.counts.sen).toBe(14);
    const missing = await getCycleState(db, C, P, 'saknas', ON);
    expect(missing.areas.map((a) => [a.id, a.missingTexts])).toEqual([
      ['familjeratt', ['Kommentar till avvikelsen', 'Åtgärd till avvikelsen']],
    ]);
  });

  it('refuses a material area without comment and action, and accepts it once they are written', async () => {
    await expect(area('familjeratt', 'ready', 'controller')).rejects.toThrow(
      'Familjerättsenheten kan inte markeras klart: området är väsentligt och saknar kommentar till avvikelsen och åtgärd till avvikelsen.',
    );
    for (const kind of ['comment', 'action'] as const)
      await saveText(db, {
        committeeId: C,
        period: P,
        areaId: 'familjeratt',
        kind,
        body: `Text om ${kind}.`,
        version: 0,
        user: 'controller',
      });
    const state = await area('familjeratt', 'ready', 'controller');
    expect(state.areas.find((a) => a.id === 'familjeratt')).toMatchObject({ state: 'ready', missingTexts: [], updatedBy: 'controller' });
  });

  it('walks ready, returned with a note, ready again, accepted; each step in the audit log', async () => {
    let state = await area('utredning-vuxen', 'ready', 'omradeschef');
    expect(state.areas.find((a) => a.id === 'utredning-vuxen')).toMatchObject({ state: 'ready', updatedBy: 'omradeschef', late: false });
    await expect(area('utredning-vuxen', 'return', 'controller', '   ')).rejects.toThrow('Skriv en kommentar');
    state = await area('utredning-vuxen', 'return', 'controller', 'Förklara placeringskostnaden.');
    expect(state.areas.find((a) => a.id === 'utredning-vuxen')).toMatchObject({ state: 'returned', note: 'Förklara placeringskostnaden.' });
    expect((await getCycleState(db, C, P, 'atersand', ON)).areas.map((a) => a.id)).toEqual(['utredning-vuxen']);
    await expect(area('utredning-vuxen', 'accept', 'controller')).rejects.toBeInstanceOf(CycleRuleError);
    await area('utredning-vuxen', 'ready', 'omradeschef');
    state = await area('utredning-vuxen', 'accept', 'controller');
    expect(state.areas.find((a) => a.id === 'utredning-vuxen')).toMatchObject({ state: 'accepted', updatedBy: 'controller' });
    const log = await db.kysely
      .selectFrom('audit_log')
      .select(['user_name', 'action', 'before_json', 'after_json'])
      .where('entity', '=', 'state')
      .where('area_id', '=', 'utredning-vuxen')
      .orderBy('at')
      .execute();
    expect(log.map((l) => [l.user_name, l.action, JSON.parse(l.after_json ?? 'null').state])).toEqual([
      ['omradeschef', 'ready', 'ready'],
      ['controller', 'return', 'returned'],
      ['omradeschef', 'ready', 'ready'],
      ['controller', 'accept', 'accepted'],
    ]);
    expect(JSON.parse(log[1]?.before_json ?? 'null')).toEqual({ state: 'ready', note: null });
  });

  it('lists what each person has left to do', async () => {
    const manager = {
      username: 'omradeschef',
      admin: false,
      roles: [{ committeeId: C, role: 'area-manager' as const, areas: ['utredning-vuxen', 'utredning-barn'] }],
    };
    const mine = await todoFor(db, manager, LATE);
    expect(mine.items.map((i) => [i.areaId, i.action, i.late])).toEqual([['utredning-barn', 'ready', true]]);
    const controller = { username: 'controller', admin: false, roles: [{ committeeId: C, role: 'controller' as const, areas: [] }] };
    expect((await todoFor(db, controller, ON)).items.map((i) => [i.areaId, i.action])).toEqual([['familjeratt', 'review']]);
    const reader = { username: 'ledamot', admin: false, roles: [{ committeeId: C, role: 'reader' as const, areas: [] }] };
    expect((await todoFor(db, reader, ON)).items).toEqual([]);
  });

  it('approves only when every area is accepted, publishes once, reopens for the next version', async () => {
    await expect(approveCycle(db, step('controller'), next())).rejects.toThrow(
      'inte godkända: Utredningsenheter barn, Rekryteringsenheten,',
    );
    await expect(db.write((q) => recordPublished(q, C, P, 'controller', 1, next()))).rejects.toThrow('förrän controllern har godkänt');
    const before = await getCycleState(db, C, P, undefined, ON);
    for (const a of before.areas) {
      if (a.state === 'open') await area(a.id, 'ready', 'controller');
      if (a.state !== 'accepted') await area(a.id, 'accept', 'controller');
    }
    let state = await approveCycle(db, step('controller'), next());
    expect(state).toMatchObject({ state: 'approved', counts: { accepted: 15 } });
    await expect(area('utredning-barn', 'return', 'controller', 'x')).rejects.toThrow('Perioden är godkänd');
    const controller = { username: 'controller', admin: false, roles: [{ committeeId: C, role: 'controller' as const, areas: [] }] };
    expect((await todoFor(db, controller, ON)).items.map((i) => i.action)).toEqual(['publish']);
    await db.write((q) => recordPublished(q, C, P, 'controller', 1, next()));
    state = await getCycleState(db, C, P, undefined, ON);
    expect(state).toMatchObject({ state: 'published', publishedVersion: 1, stateLabel: 'Publicerad' });
    await expect(db.write((q) => recordPublished(q, C, P, 'controller', 2, next()))).rejects.toThrow('redan publicerad');
    // A publish refused inside a transaction leaves it as it was (the versions' insert rolls back with it).
    expect((await getCycleState(db, C, P)).publishedVersion).toBe(1);
    state = await reopenCycle(db, { ...step('controller'), note: 'Ny prognos från KS.' }, next());
    expect(state).toMatchObject({ state: 'open', publishedVersion: 1 });
    expect(state.areas.every((a) => a.state === 'accepted')).toBe(true);
    await area('utredning-barn', 'return', 'controller', 'Uppdatera prognosen.');
    await area('utredning-barn', 'ready', 'omradeschef');
    await area('utredning-barn', 'accept', 'controller');
    await approveCycle(db, step('controller'), next());
    await db.write((q) => recordPublished(q, C, P, 'controller', 2, next()));
    expect((await listCycle(db, C, ON)).periods).toEqual([
      expect.objectContaining({ period: P, state: 'published', publishedVersion: 2, updatedBy: 'controller' }),
    ]);
    const whole = await db.kysely
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'state')
      .where('entity_key', '=', 'report')
      .orderBy('at')
      .execute();
    expect(whole.map((w) => w.action)).toEqual(['open', 'approve', 'publish', 'reopen', 'approve', 'publish']);
  });
});
