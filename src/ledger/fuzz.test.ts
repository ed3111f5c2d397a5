/**
 * A small, fixed-seed version of the fuzz benchmark (bench/fuzz.ts): mutated SIE files and sheets
 * give a clean SieError or TableError, or are read; never another exception.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzInput } from '#test/helpers/fuzz-inputs.ts';
import { type Format, readOutcome } from '#test/helpers/read-outcome.ts';

const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = 7;

describe('fuzzing the readers', () => {
  for (const [format, n] of [
    ['sie', 200],
    ['csv', 150],
    ['xlsx', 150],
  ] as [Format, number][]) {
    it(`${format}: ${n} mutated inputs, no crash`, async () => {
      const kinds: Record<string, number> = { accepted: 0, error: 0 };
      const crashes: string[] = [];
      for (let i = 0; i < n; i++) {
        const outcome = await readOutcome(format, await fuzzInput(format, SEED, i), [], dir);
        if (outcome.kind === 'crash')
          crashes.push(`${format} seed ${SEED} input ${i}: ${String((outcome.error as Error)?.stack ?? outcome.error)}`);
        else kinds[outcome.kind] = (kinds[outcome.kind] ?? 0) + 1;
      }
      expect(crashes).toEqual([]);
      // The mutations reach both outcomes.
      expect(kinds.accepted).toBeGreaterThan(0);
      expect(kinds.error).toBeGreaterThan(0);
    }, 60_000);
  }
});
