import { describe, expect, it } from 'vitest';
import { readableValue } from './auditValue.ts';

describe('readableValue', () => {
  it('names the fields in Swedish and shows öre as kronor', () => {
    expect(readableValue('forecast', { deviation: -30_000_000 })).toEqual([{ label: 'Avvikelse', text: '−300 000 kr' }]);
    expect(readableValue('item', { amount: 12_345, label: 'Statsbidrag' })).toEqual([
      { label: 'Belopp', text: '123,45 kr' },
      { label: 'Benämning', text: 'Statsbidrag' },
    ]);
  });

  it('shows the threshold in kronor, a key figure in its own numbers, a text as written and nothing as nothing', () => {
    expect(readableValue('committee', 15_000_000)).toEqual([{ label: null, text: '150 000 kr' }]);
    expect(readableValue('kpi', 6_800)).toEqual([{ label: null, text: '6,8' }]);
    expect(readableValue('kpi', { target: 6_000, decimals: 1 })).toEqual([
      { label: 'Mål', text: '6' },
      { label: 'Decimaler', text: '1' },
    ]);
    expect(readableValue('text', { version: 2, body: 'Rad ett\n\nRad två' })).toEqual([
      { label: 'Version', text: '2' },
      { label: 'Text', text: 'Rad ett\n\nRad två' },
    ]);
    expect(readableValue('text', null)).toEqual([]);
    expect(readableValue('mapping', { area: null })).toEqual([{ label: 'Område', text: '–' }]);
  });

  it('shows a user with their roles, and yes or no, as people read them', () => {
    expect(
      readableValue('user', {
        username: 'anna',
        disabled: false,
        admin: true,
        roles: [
          { committeeId: 'socialnamnden', role: 'controller', areas: [] },
          { committeeId: 'bun', role: 'area-manager', areas: ['skola', 'fritids'] },
        ],
      }),
    ).toEqual([
      { label: 'Användarnamn', text: 'anna' },
      { label: 'Avstängd', text: 'nej' },
      { label: 'Administratör', text: 'ja' },
      { label: 'Roller', text: 'controller i socialnamnden; områdeschef i bun (skola, fritids)' },
    ]);
    expect(readableValue('user', { roles: [] })).toEqual([{ label: 'Roller', text: 'inga' }]);
  });
});
