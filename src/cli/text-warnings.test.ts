/** `uppfoljning text warnings` on the demo: the seed's stale month in April, an amount saved that matches no figure, JSON for scripts, exit code 0. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TextWarning } from '#contract/index.ts';
import { cliRunner } from '#test/helpers/cli.ts';

const run = cliRunner(join(mkdtempSync(join(tmpdir(), 'uppf-cli-warnings-')), 'cli.sqlite'));
const at = ['--committee', 'socialnamnden', '--period', '2025-04'];

describe('uppfoljning text warnings', () => {
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
  });

  it('lists the demo April warning of a month spoken of as past, one line a warning', async () => {
    const { code, out, err } = await run('text', 'warnings', ...at);
    expect(code).toBe(0);
    expect(out).toBe('utredning-vuxen\taction\tmånad\t"augusti"\tTexten nämner augusti som passerad, men rapporten gäller april.\n');
    expect(err).toBe('1 varningar om texterna för 2025-04.\n');
  });

  it('names the nearest figure of an amount that matches none, in JSON', async () => {
    const saved = await run(
      'text',
      'set',
      ...at,
      '--area',
      'rekrytering',
      '--kind',
      'comment',
      '--text',
      'Köpen avviker med +2,3 mnkr och personalkostnaderna med 1,2 mnkr.',
    );
    expect(saved.code).toBe(0);
    const { code, out } = await run('text', 'warnings', ...at, '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(out) as { committee: string; period: string; warnings: TextWarning[] };
    expect(answer.warnings.map((w) => [w.area, w.kind, w.type, w.phrase, w.message])).toEqual([
      ['utredning-vuxen', 'action', 'future-month', 'augusti', 'Texten nämner augusti som passerad, men rapporten gäller april.'],
      [
        'rekrytering',
        'comment',
        'unmatched-amount',
        '1,2 mnkr',
        'Beloppet 1,2 mnkr stämmer inte med någon siffra för området (närmast: personalkostnader, avvikelse +1,0 mnkr).',
      ],
    ]);
    expect(answer.warnings[1]?.start).toBe('Köpen avviker med +2,3 mnkr och personalkostnaderna med '.length);
  });
});
