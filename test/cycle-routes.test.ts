/**
 * The cycle's HTTP routes with the demo's people: who may take which step (an area manager marks
 * only their own areas ready and cannot return, accept or approve; a reader reads no working state),
 * the answers (the new state; 409 with the reason for a step the state refuses; 400 naming the
 * field), and each person's to-do list.
 */
import { describe, expect, it } from 'vitest';
import { CycleState, TodoList } from '#contract/index.ts';
import { testServerSuite } from './helpers/server.ts';

const API = '/api/committees/socialnamnden/cycle/2025-04';

describe('the cycle over HTTP', () => {
  const suite = testServerSuite();
  const call = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>) =>
    (await suite.server.as(user))({ method, url, ...(payload !== undefined ? { payload } : {}) });

  it('lets only the controller open the period, and names a bad date', async () => {
    expect((await call('omradeschef', 'PUT', API, { deadline: '2025-05-10', areaDeadline: '2025-05-07' })).statusCode).toBe(403);
    const bad = await call('controller', 'PUT', API, { deadline: '2025-05-32', areaDeadline: '2025-05-07' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'deadline' });
    const opened = await call('controller', 'PUT', API, { deadline: '2025-05-10', areaDeadline: '2025-05-07' });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(CycleState.parse(opened.json())).toMatchObject({ state: 'open', updatedBy: 'controller' });
  });

  it('lets the area manager mark their own area ready, not another, and not return or accept', async () => {
    const own = await call('omradeschef', 'POST', `${API}/areas/utredning-vuxen/ready`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().areas.find((a: { id: string }) => a.id === 'utredning-vuxen')).toMatchObject({
      state: 'ready',
      updatedBy: 'omradeschef',
    });
    const other = await call('omradeschef', 'POST', `${API}/areas/rekrytering/ready`);
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toBe('Du får inte ändra området rekrytering.');
    expect((await call('omradeschef', 'POST', `${API}/areas/utredning-vuxen/accept`)).statusCode).toBe(403);
    expect((await call('omradeschef', 'POST', `${API}/areas/utredning-vuxen/return`, { note: 'x' })).statusCode).toBe(403);
    expect((await call('omradeschef', 'POST', `${API}/approve`)).statusCode).toBe(403);
    const again = await call('omradeschef', 'POST', `${API}/areas/utredning-vuxen/ready`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('Utredningsenhet vuxen är redan markerat klart och väntar på granskning.');
  });

  it('returns with a note (an empty one names the field) and the manager sees it in their list', async () => {
    const empty = await call('controller', 'POST', `${API}/areas/utredning-vuxen/return`, { note: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ field: 'note' });
    const returned = await call('controller', 'POST', `${API}/areas/utredning-vuxen/return`, { note: 'Förklara avvikelsen.' });
    expect(returned.statusCode).toBe(200);
    const overview = await call('controller', 'GET', `${API}?filter=atersand`);
    expect(overview.json().areas.map((a: { id: string; note: string }) => [a.id, a.note])).toEqual([
      ['utredning-vuxen', 'Förklara avvikelsen.'],
    ]);
    const todo = TodoList.parse((await call('omradeschef', 'GET', '/api/me/todo')).json());
    expect(todo.items.map((i) => [i.areaId, i.action, i.note])).toEqual([
      ['utredning-vuxen', 'fix', 'Förklara avvikelsen.'],
      ['utredning-barn', 'ready', null],
    ]);
    expect(TodoList.parse((await call('ledamot', 'GET', '/api/me/todo')).json()).items).toEqual([]);
  });

  it('shows a reader no working state, and refuses approval until every area is accepted', async () => {
    expect((await call('ledamot', 'GET', API)).statusCode).toBe(403);
    const approve = await call('controller', 'POST', `${API}/approve`);
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error).toMatch(
      /^Rapporten kan inte godkännas förrän alla områden är godkända; inte godkända: Utredningsenhet vuxen, /,
    );
  });
});
