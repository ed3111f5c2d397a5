import { describe, expect, it } from 'vitest';
import type { CycleArea, CycleState } from '#contract/index.ts';
import { todoOfPeriod } from './cycle-todo.ts';

const area = (id: string, state: CycleArea['state'], note: string | null = null): CycleArea => ({
  id,
  name: id.toUpperCase(),
  state,
  stateLabel: state,
  deadline: '2025-05-07',
  late: state === 'open',
  note,
  updatedBy: null,
  updatedAt: null,
  material: false,
  missingTexts: [],
  warnings: [],
});

const state = (areas: CycleArea[], whole: CycleState['state'] = 'open'): CycleState => ({
  committee: { id: 'n', name: 'Nämnden' },
  period: '2025-04',
  opened: true,
  state: whole,
  stateLabel: '',
  deadline: '2025-05-10',
  late: false,
  publishedVersion: null,
  updatedBy: null,
  updatedAt: null,
  today: '2025-05-08',
  filter: null,
  counts: { areas: areas.length, accepted: 0, saknas: 0, sen: 0, atersand: 0 },
  areas,
});

const manager = { username: 'm', admin: false, roles: [{ committeeId: 'n', role: 'area-manager' as const, areas: ['a', 'b', 'c'] }] };
const controller = { username: 'c', admin: false, roles: [{ committeeId: 'n', role: 'controller' as const, areas: [] }] };

describe("a person's to-do items of a period", () => {
  it('gives the area manager their open and returned areas, and nothing of others', () => {
    const items = todoOfPeriod(manager, state([area('a', 'open'), area('b', 'returned', 'Rätta.'), area('c', 'ready'), area('d', 'open')]));
    expect(items.map((i) => [i.areaId, i.action, i.late, i.note])).toEqual([
      ['a', 'ready', true, null],
      ['b', 'fix', false, 'Rätta.'],
    ]);
    expect(items[1]?.text).toBe('B (april 2025) är återsänt: rätta och markera klart igen.');
  });
  it('gives the controller the areas to review, then the approval, then the publishing', () => {
    expect(todoOfPeriod(controller, state([area('a', 'ready'), area('b', 'open')])).map((i) => [i.areaId, i.action])).toEqual([
      ['a', 'review'],
    ]);
    expect(todoOfPeriod(controller, state([area('a', 'accepted'), area('b', 'accepted')])).map((i) => i.action)).toEqual(['approve']);
    expect(todoOfPeriod(controller, state([area('a', 'accepted')], 'approved')).map((i) => i.text)).toEqual([
      'Rapporten för april 2025 är godkänd: publicera den.',
    ]);
    expect(todoOfPeriod(controller, state([area('a', 'accepted')], 'published'))).toEqual([]);
    expect(todoOfPeriod(manager, state([area('a', 'open')], 'approved'))).toEqual([]);
  });
});
