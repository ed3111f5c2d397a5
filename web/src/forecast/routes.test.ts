import { describe, expect, it } from 'vitest';
import { accuracyPath, forecastGridPath, parseRoute } from '../shared/router.tsx';

describe('forecast routes', () => {
  it('the grid and the accuracy page have their own paths', () => {
    expect(parseRoute(forecastGridPath('socialnamnden', '2025-04'))).toEqual({
      view: 'forecast-grid',
      committee: 'socialnamnden',
      period: '2025-04',
    });
    expect(parseRoute(accuracyPath('socialnamnden', '2025'))).toEqual({
      view: 'forecast-accuracy',
      committee: 'socialnamnden',
      year: '2025',
    });
    expect(parseRoute('/socialnamnden/prognossakerhet/25').view).toBe('not-found');
    expect(parseRoute('/socialnamnden/2025-04/prognos/x').view).toBe('not-found');
  });
});
