/**
 * A whole fiscal year (2025) in a small SIE file, for forecast accuracy: one area ("Enhet 100")
 * with a salary cost of 100 000 kr a month against a budget of 90 000 kr a month. Full year:
 * result −1 200 000 kr, budget −1 080 000 kr, deviation −120 000 kr, net cost 1 080 000 kr.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIE_HEAD } from './imports.ts';

export function writeWholeYearSie(dir: string): string {
  const lines = [...SIE_HEAD];
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  for (const mm of months) lines.push(`#PBUDGET 0 2025${mm} 5010 {1 "100"} 90000.00`);
  for (const [i, mm] of months.entries()) {
    const m = i + 1;
    lines.push(`#VER A ${m} 2025${mm}15 "Lön ${mm}"`, '{', '#TRANS 5010 {1 "100"} 100000.00', '#TRANS 1930 {} -100000.00', '}');
  }
  const path = join(dir, 'helar.se');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
