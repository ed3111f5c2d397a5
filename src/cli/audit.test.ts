/** `uppfoljning audit list|export` as scripts use them: the change made by `--user`, filters, JSON, CSV to a file, exit codes. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from '#test/helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-audit-'));
const run = cliRunner(join(dir, 'cli.sqlite'));
const at = ['--committee', 'socialnamnden', '--period', '2025-04'];

describe('uppfoljning audit', () => {
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
    const set = await run('forecast', 'set', ...at, '--area', 'rekrytering', '--deviation', '-0,3 mnkr', '--user', 'kalle');
    expect(set.code, set.err).toBe(0);
  });

  it('lists the changes of an area and period, newest first, with who, what, before and after', async () => {
    const list = await run('audit', 'list', ...at, '--area', 'rekrytering', '--what', 'forecast', '--by', 'kalle');
    expect(list.code, list.err).toBe(0);
    const [line, summary] = list.out.trimEnd().split('\n');
    expect(line?.split('\t').slice(1)).toEqual([
      'kalle',
      'rekrytering',
      '2025-04',
      'Prognos',
      'rekrytering',
      'ändrad',
      expect.stringMatching(/^\{"deviation":-?\d+\} → \{"deviation":-30000000\}$/),
    ]);
    expect(summary).toBe('1 av 1 ändringar.');
    const json = JSON.parse((await run('audit', 'list', ...at, '--by', 'kalle', '--json')).out);
    expect(json).toMatchObject({
      committee: { id: 'socialnamnden' },
      total: 1,
      entries: [{ user: 'kalle', after: { deviation: -30_000_000 } }],
    });
  });

  it('exports CSV to a file, and refuses bad options', async () => {
    const out = join(dir, 'logg.csv');
    const exported = await run('audit', 'export', '--committee', 'socialnamnden', '--by', 'kalle', '--out', out);
    expect(exported.code, exported.err).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFtid,användare,nämnd,område,period,vad,nyckel,åtgärd,före,efter');
    expect(csv.split('\r\n')[1]).toMatch(
      /,kalle,socialnamnden,Rekrytering[^,]*,2025-04,Prognos,rekrytering,ändrad,"\{""deviation"":-?\d+\}","\{""deviation"":-30000000\}"$/,
    );
    expect((await run('audit', 'list', '--committee', 'socialnamnden', '--period', '2025-13')).code).toBe(2);
    expect((await run('audit', 'list', '--committee', 'socialnamnden', '--limit', '9999')).code).toBe(2);
    expect((await run('audit', 'list', '--committee', 'finnsinte')).code).toBe(3);
  });
});
