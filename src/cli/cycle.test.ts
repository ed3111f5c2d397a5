/** `uppfoljning cycle …` as scripts use it: output, JSON and exit codes (8 for a step the state refuses). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from '../../test/helpers/cli.ts';

const run = cliRunner(join(mkdtempSync(join(tmpdir(), 'uppf-cli-cycle-')), 'cli.sqlite'));
const at = ['--committee', 'socialnamnden', '--period', '2025-04'];

describe('uppfoljning cycle', () => {
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
  });

  it('refuses a step before the period is opened (exit 8) and a bad date (exit 2)', async () => {
    const early = await run('cycle', 'ready', ...at, '--area', 'utredning-vuxen');
    expect(early.code).toBe(8);
    expect(early.err).toContain('april 2025 är inte öppnad');
    const bad = await run('cycle', 'open', ...at, '--deadline', '2025-02-30');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--deadline: "2025-02-30" är ingen dag');
  });

  it('opens, marks ready, returns with a note and shows the overview with a filter', async () => {
    const opened = await run(
      'cycle',
      'open',
      ...at,
      '--deadline',
      '2025-05-10',
      '--area-deadline',
      '2025-05-07',
      '--area-deadlines',
      'familjeratt=2025-05-06',
      '--json',
      '--user',
      'karin',
    );
    expect(opened.code).toBe(0);
    const state = JSON.parse(opened.out);
    expect(state).toMatchObject({ state: 'open', deadline: '2025-05-10', updatedBy: 'karin' });
    expect(state.areas.find((a: { id: string }) => a.id === 'familjeratt').deadline).toBe('2025-05-06');
    const refused = await run('cycle', 'ready', ...at, '--area', 'familjeratt');
    expect(refused.code).toBe(8);
    expect(refused.err).toContain(
      'Familjerättsenheten kan inte markeras klart: området är väsentligt och saknar kommentar till avvikelsen',
    );
    expect((await run('cycle', 'ready', ...at, '--area', 'utredning-vuxen', '--user', 'olle')).code).toBe(0);
    const noNote = await run('cycle', 'return', ...at, '--area', 'utredning-vuxen');
    expect(noNote.code).toBe(2);
    expect(noNote.err).toContain('--note: måste anges');
    const returned = await run('cycle', 'return', ...at, '--area', 'utredning-vuxen', '--note', 'Förklara avvikelsen.', '--user', 'karin');
    expect(returned.code).toBe(0);
    const status = await run('cycle', 'status', ...at, '--filter', 'återsänd');
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/^Socialnämnden 2025-04: Pågår, senast 2025-05-10/);
    expect(status.out).toMatch(
      /\nutredning-vuxen\tÅtersänd\t2025-05-07\tkarin \d{4}-\d\d-\d\d \d\d:\d\d.*\tkommentar: Förklara avvikelsen\.\n$/,
    );
    expect(status.out.split('\n').filter((l) => l.startsWith('utredning'))).toHaveLength(1);
    const approve = await run('cycle', 'approve', ...at);
    expect(approve.code).toBe(8);
    expect(approve.err).toContain('inte godkända:');
  });

  it('says that reminders stay in the app without SMTP', async () => {
    const saved = process.env.UPPFOLJNING_SMTP_URL;
    delete process.env.UPPFOLJNING_SMTP_URL;
    try {
      const r = await run('cycle', 'remind', '--committee', 'socialnamnden', '--json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).smtp).toBe(false);
    } finally {
      if (saved !== undefined) process.env.UPPFOLJNING_SMTP_URL = saved;
    }
  });
});
