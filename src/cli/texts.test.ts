/** `uppfoljning text …` and `committee set --materiality` as scripts use them: output, JSON and exit codes (7 for a stale version). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-texts-'));
const dbFile = join(dir, 'cli.sqlite');
const at = ['--committee', 'socialnamnden', '--period', '2025-04'];

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main([...args, '--db', dbFile], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('uppfoljning text and committee', () => {
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
  });

  it('saves a text from a version, refuses the stale version with exit code 7 and keeps the newer text', async () => {
    const first = await run(
      'text',
      'set',
      ...at,
      '--area',
      'familjeratt',
      '--kind',
      'comment',
      '--text',
      'Första',
      '--version',
      '0',
      '--user',
      'anna',
      '--json',
    );
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ area: 'familjeratt', kind: 'comment', state: 'written', version: 1, updatedBy: 'anna' });
    const stale = await run(
      'text',
      'set',
      ...at,
      '--area',
      'familjeratt',
      '--kind',
      'comment',
      '--text',
      'Andra',
      '--version',
      '0',
      '--user',
      'bo',
    );
    expect(stale.code).toBe(7);
    expect(stale.err).toContain('Texten har sparats av anna');
    expect(stale.err).toContain('--- sparad version 1 ---\nFörsta\n--- din text (inte sparad) ---\nAndra\n');
    const get = await run('text', 'get', ...at, '--area', 'familjeratt', '--kind', 'comment', '--json', '--history');
    expect(JSON.parse(get.out)).toMatchObject({
      body: 'Första',
      version: 1,
      history: [{ version: 1, bodyBefore: null, bodyAfter: 'Första', changedBy: 'anna' }],
    });
  });

  it('reads a text from a file, and without --version saves over the stored one', async () => {
    const file = join(dir, 'atgard.txt');
    writeFileSync(file, 'Åtgärder:\r\n- fler egna utredare\r\n- uppföljning varje månad\r\n');
    const saved = await run('text', 'set', ...at, '--area', 'familjeratt', '--kind', 'action', '--file', file, '--json');
    expect(JSON.parse(saved.out)).toMatchObject({ body: 'Åtgärder:\n- fler egna utredare\n- uppföljning varje månad', version: 1 });
    const again = await run('text', 'set', ...at, '--area', 'familjeratt', '--kind', 'action', '--text', 'Ny åtgärd');
    expect(again).toMatchObject({ code: 0, out: 'Sparad: action för familjeratt, 2025-04, version 2.\n' });
    const plain = await run('text', 'get', ...at, '--area', 'familjeratt', '--kind', 'action');
    expect(plain.out).toBe('Ny åtgärd\n');
    expect(plain.err).toBe('Åtgärd till avvikelsen, Familjerättsenheten: skriven, version 2\n');
  });

  it('lists the missing texts, required ones marked', async () => {
    const { code, out } = await run('text', 'list', ...at, '--missing');
    expect(code).toBe(0);
    expect(out.split('\n').filter(Boolean)).toEqual([
      'tillstand\tforecast-comment\tsaknas\tversion 0',
      'forebyggande\tforecast-comment\tsaknas\tversion 0',
      'mottagning\tcomment\tsaknas\tversion 0',
      'mottagning\taction\tsaknas\tversion 0',
      'mottagning\tforecast-comment\tsaknas\tversion 0',
    ]);
    const json = JSON.parse((await run('text', 'list', ...at, '--json')).out);
    expect(json.texts).toHaveLength(6 + 15 * 3);
    expect(json.texts[0]).toMatchObject({ area: null, kind: 'summary', state: 'written', version: 1, updatedBy: 'demo' });
  });

  it('names the flag of a bad input (exit code 2)', async () => {
    const long = await run('text', 'set', ...at, '--kind', 'summary', '--text', 'x'.repeat(8001));
    expect(long.code).toBe(2);
    expect(long.err).toBe(
      'uppfoljning: --text: Sammanfattning av resultatet är för lång: 8\u00a0001 tecken, högst 8\u00a0000 tecken är tillåtet (1 för många).\n',
    );
    expect((await run('text', 'set', ...at, '--kind', 'comment', '--text', 'x')).err).toBe(
      'uppfoljning: --area: comment är en text per område: ange området\n',
    );
    expect((await run('text', 'set', ...at, '--kind', 'kommentar', '--text', 'x')).err).toMatch(
      /^uppfoljning: --kind: "kommentar" är ingen typ av text/,
    );
    expect((await run('text', 'set', ...at, '--kind', 'summary', '--text', 'x', '--version', 'två')).code).toBe(2);
  });

  it('sets the materiality threshold in tkr by default, or with a unit', async () => {
    const tkr = await run('committee', 'set', '--committee', 'socialnamnden', '--materiality', '200', '--json');
    expect(JSON.parse(tkr.out)).toEqual({ id: 'socialnamnden', name: 'Socialnämnden', materialityThreshold: 20_000_000 });
    const mnkr = await run('committee', 'set', '--committee', 'socialnamnden', '--materiality', '0,15 mnkr');
    expect(mnkr).toMatchObject({ code: 0, out: 'Socialnämnden: väsentlighetsgränsen är 150 tkr.\n' });
    const bad = await run('committee', 'set', '--committee', 'socialnamnden', '--materiality', '-5');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--materiality');
    expect((await run('committee', 'set', '--committee', 'finns-inte', '--materiality', '5')).code).toBe(3);
  });
});
