import { describe, expect, it } from 'vitest';
import { accountPath, areaPath, parseRoute } from './router.tsx';

describe('parseRoute', () => {
  it('reads the paths it builds, with area ids and accounts as the ledger has them', () => {
    expect(parseRoute(areaPath('socialnamnden', '2025-04', 'A/1'))).toEqual({
      view: 'area',
      committee: 'socialnamnden',
      period: '2025-04',
      area: 'A/1',
    });
    expect(parseRoute(accountPath('udda-id', '2025-03', 'A/1', '5010A'))).toEqual({
      view: 'account',
      committee: 'udda-id',
      period: '2025-03',
      area: 'A/1',
      account: '5010A',
    });
  });

  it('finds no page for a malformed committee, period or id', () => {
    for (const path of ['/Social/2025-04', '/socialnamnden/2025-13', '/socialnamnden/2025-04/omrade/a%00b', '/a--b/2025-04'])
      expect(parseRoute(path), path).toEqual({ view: 'not-found' });
  });
});
