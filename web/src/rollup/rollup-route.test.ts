import { describe, expect, it } from 'vitest';
import { parseRoute, rollupPath } from '../shared/router.tsx';

describe('the roll-up route', () => {
  it('reads /sammanstallning and /sammanstallning/:period, and nothing else under it', () => {
    expect(parseRoute(rollupPath())).toEqual({ view: 'rollup', month: null });
    expect(parseRoute(rollupPath('2025-04'))).toEqual({ view: 'rollup', month: '2025-04' });
    for (const path of ['/sammanstallning/2025-13', '/sammanstallning/2025-04/rapport', '/sammanstallning/april'])
      expect(parseRoute(path).view, path).not.toBe('rollup');
    // A committee's pages keep their paths.
    expect(parseRoute('/socialnamnden/2025-04')).toEqual({ view: 'dashboard', committee: 'socialnamnden', period: '2025-04' });
  });
});
