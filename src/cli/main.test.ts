import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-'));
const dbFile = join(dir, 'cli.sqlite');

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main([...args, '--db', dbFile], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('uppfoljning CLI', () => {
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
  });

  it('prints the JSON contract', async () => {
    const { code, out } = await run('report', '--committee', 'socialnamnden', '--period', '2025-04', '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({
      committee: { id: 'socialnamnden', name: 'Socialnämnden' },
      period: '2025-04',
      previousPeriod: '2025-03',
      amountsIn: 'öre',
    });
    expect(json.areas).toHaveLength(15);
    expect(Number.isInteger(json.total.actualResult)).toBe(true);
  });

  it('writes one self-contained HTML file', async () => {
    const out = join(dir, 'r.html');
    const { code } = await run('report', '--committee', 'socialnamnden', '--period', '2025-04', '--format', 'html', '--out', out);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).not.toMatch(/<link|<script|src="http/);
    expect(html).toContain('+13,7\u00a0mnkr');
    expect(html).toContain('<nav class="toc"');
    expect(html).toContain('@media print');
  });

  it('has a null previous deviation in January', async () => {
    const json = JSON.parse((await run('report', '--committee', 'socialnamnden', '--period', '2025-01')).out);
    expect(json.previousPeriod).toBeNull();
    expect(json.total.previousDeviation).toBeNull();
  });

  it('names what is wrong', async () => {
    expect(await run('report', '--committee', 'nope', '--period', '2025-04')).toMatchObject({
      code: 3,
      err: expect.stringContaining('"nope" finns inte'),
    });
    expect(await run('report', '--committee', 'socialnamnden', '--period', '2025-13')).toMatchObject({
      code: 2,
      err: expect.stringContaining('period: "2025-13" är ingen period'),
    });
    expect(await run('report', '--committee', 'socialnamnden', '--period', '2025-06')).toMatchObject({
      code: 3,
      err: expect.stringContaining('juni 2025'),
    });
    expect(await run('report', '--period', '2025-04')).toMatchObject({ code: 2, err: expect.stringContaining('--committee: måste anges') });
    expect(await run('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('okänt kommando "frobnicate"') });
  });
});
