import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './oidc.ts';

describe('safeReturnPath', () => {
  it('keeps a path of this app with its query', () => {
    expect(safeReturnPath('/socialnamnden/2025-04?x=1')).toBe('/socialnamnden/2025-04?x=1');
    expect(safeReturnPath('/')).toBe('/');
  });

  it('turns anything that leads to another site into /', () => {
    for (const to of [
      undefined,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'x',
    ]) {
      expect(safeReturnPath(to), String(to)).toBe('/');
    }
  });
});
