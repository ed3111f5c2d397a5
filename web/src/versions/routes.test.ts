import { describe, expect, it } from 'vitest';
import { parseRoute } from '../shared/router.tsx';
import { versionDashboardPath, versionDiffPath, versionsPath } from './routes.ts';

describe('the versions paths', () => {
  it('parse back to the route they were made from', () => {
    expect(parseRoute(versionsPath('socialnamnden', '2025-04'))).toEqual({
      view: 'versions',
      committee: 'socialnamnden',
      period: '2025-04',
    });
    expect(parseRoute(versionDiffPath('socialnamnden', '2025-04', 1, 3))).toEqual({
      view: 'version-diff',
      committee: 'socialnamnden',
      period: '2025-04',
      from: 1,
      to: 3,
    });
    expect(parseRoute(versionDashboardPath('socialnamnden', '2025-04', 2))).toEqual({
      view: 'dashboard',
      committee: 'socialnamnden',
      period: '2025-04',
      version: 2,
    });
  });

  it('refuse what is not a version number or has parts left over', () => {
    for (const path of [
      '/socialnamnden/2025-04/version/0',
      '/socialnamnden/2025-04/version/x',
      '/socialnamnden/2025-04/version',
      '/socialnamnden/2025-04/version/2/extra',
      '/socialnamnden/2025-04/versioner/jamfor/1',
      '/socialnamnden/2025-04/versioner/jamfor/1/2/3',
      '/socialnamnden/2025-04/versioner/annat',
    ])
      expect(parseRoute(path), path).toEqual({ view: 'not-found' });
  });
});
