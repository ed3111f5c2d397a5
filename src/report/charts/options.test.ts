/** The charts' colours stand out from the white page (WCAG 1.4.11: 3:1 for graphics, and text 4.5:1). */
import { describe, expect, it } from 'vitest';
import { CHART_COLOURS } from './options.ts';

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

const onWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('chart colours', () => {
  it.each(CHART_COLOURS)('%s has at least 4.5:1 against white', (colour) => {
    expect(onWhite(colour)).toBeGreaterThanOrEqual(4.5);
  });
});
