/**
 * The `uppfoljning` command as scripts use it: its output, its JSON and its exit codes (0 done,
 * 2 bad input, 3 not found), run in-process on a fresh SQLite file; one run through bin/ as well.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from '#test/helpers/cli.ts';
import { SMALL_SIE } from '#test/helpers/imports.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-'));
const dbFile = join(dir, 'cli.sqlite');

const run = cliRunner(dbFile);

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
    // The seed's "+13,7 mnkr" (../shared/seed figures), from öre.
    expect(Math.round(json.total.actualResult / 10_000_000) / 10).toBe(13.7);
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
    const missing = await run('import', 'sie', join(dir, 'finns-inte.se'), '--committee', 'cli-test');
    expect(missing).toMatchObject({ code: 2, err: 'uppfoljning: finns-inte.se: filen finns inte\n' });
    const bad = join(dir, 'trasig.se');
    writeFileSync(bad, '#SIETYP 4\n#RAR 0 20250101 20251231\n#VER A 1 20250101 ""\n{\n#TRANS 5010 {} 12,50\n}\n');
    const broken = await run('import', 'sie', bad, '--committee', 'cli-test');
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('trasig.se');
    expect(broken.err).toContain('rad 5');
  });

  it('imports SIE with a JSON summary, then says a second import changed nothing', async () => {
    const sie = join(dir, 'liten.se');
    writeFileSync(sie, SMALL_SIE);
    const first = await run('import', 'sie', sie, '--committee', 'cli-test', '--json');
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ committee: 'cli-test', sieType: 4, unchanged: false, counts: { vouchers: 3 } });
    const again = await run('import', 'sie', sie, '--committee', 'cli-test');
    expect(again.out).toMatch(/^liten\.se är redan inläst \(samma fil, SHA-256 [0-9a-f]{12}…\): inget ändrades\.\n$/);
  });

  it('imports a sheet and reports it in Swedish', async () => {
    const csv = join(dir, 'utfall.csv');
    writeFileSync(csv, 'period;ansvar;konto;belopp\n2025-05;100;5010;12,50\n');
    const r = await run('import', 'table', csv, '--committee', 'cli-test', '--kind', 'actual');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(
      'Inläst utfall.csv (utfall) i cli-test: 1 rad, 1 belopp på 1 ansvar, period 2025-05, summa 12,50\u00a0kr.\n' +
        'Ersatt: 1 par (period, ansvar) i 1 period (2025-05) på 1 ansvar (100); summa före 0,00\u00a0kr, efter 12,50\u00a0kr. Andra ansvar i perioderna är orörda.\n',
    );
  });

  it('exits 2 and commits nothing when sums grow beyond what a report can compute', async () => {
    const csv = join(dir, 'stor.csv');
    writeFileSync(csv, 'period;ansvar;konto;belopp\n2025-04;100;5010;90071992547409,91\n2025-04;100;5010;90071992547409,91\n');
    const before = (await run('report', '--committee', 'socialnamnden', '--period', '2025-04')).out;
    const r = await run('import', 'table', csv, '--committee', 'socialnamnden', '--kind', 'actual');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/stor\.csv, rad 3: beloppen är för stora/);
    const after = await run('report', '--committee', 'socialnamnden', '--period', '2025-04');
    expect(after.code).toBe(0);
    expect(after.out).toBe(before);
  });

  it('refuses another organisation with exit 2 and imports it with --replace-organisation', async () => {
    const own = join(dir, 'egen.se');
    const other = join(dir, 'annan.se');
    writeFileSync(own, SMALL_SIE.replace('#FNAMN "Testnämnden"', '#ORGNR 212000-0001\n#FNAMN "Testnämnden"'));
    writeFileSync(other, SMALL_SIE.replace('#FNAMN "Testnämnden"', '#ORGNR 556000-0002\n#FNAMN "Annan AB"'));
    expect((await run('import', 'sie', own, '--committee', 'cli-org')).code).toBe(0);
    const refused = await run('import', 'sie', other, '--committee', 'cli-org');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('filen kommer från Annan AB (556000-0002), men Testnämnden skapades från Testnämnden (212000-0001)');
    const replaced = await run('import', 'sie', other, '--committee', 'cli-org', '--replace-organisation');
    expect(replaced.code, replaced.err).toBe(0);
  });

  it('names the area a code was mapped to, by id or by name', async () => {
    const byId = await run('mapping', 'set', '--committee', 'socialnamnden', '--code', '6130', '--area', 'overgripande');
    expect(byId.out).toBe('Ansvar 6130 → Övergripande (overgripande).\n');
    const byName = await run('mapping', 'set', '--committee', 'socialnamnden', '--code', '6130', '--area', 'Ny enhet');
    expect(byName.out).toBe('Ansvar 6130 → Ny enhet (ny-enhet), ett nytt område.\n');
  });

  it('runs as a command through bin/uppfoljning.mjs', () => {
    const bin = resolve(import.meta.dirname, '../../bin/uppfoljning.mjs');
    const out = join(dir, 'bin.html');
    execFileSync(bin, ['report', '--committee', 'socialnamnden', '--period', '2025-04', '--format', 'html', '--out', out, '--db', dbFile]);
    expect(readFileSync(out, 'utf8')).toContain('<html lang="sv"');
  });
});

describe('uppfoljning import undo', () => {
  it('undoes the latest import by its number, refuses again with exit code 6, and the log shows it', async () => {
    const file = join(dir, 'undo.se');
    writeFileSync(file, SMALL_SIE);
    expect((await run('import', 'sie', file, '--committee', 'angra')).code).toBe(0);
    const before = await run('report', '--committee', 'angra', '--period', '2025-02');
    const sheet = join(dir, 'undo.csv');
    writeFileSync(sheet, 'period;ansvar;konto;utfall\n2025-02;100;5010;99,00\n');
    const imported = await run('import', 'table', sheet, '--committee', 'angra', '--kind', 'actual');
    expect(imported.out).toMatch(
      /Ersatt: 1 par \(period, ansvar\) i 1 period \(2025-02\) på 1 ansvar \(100\); summa före 1\s200,00\skr, efter 99,00\skr\./,
    );
    const log = JSON.parse((await run('import', 'log', '--committee', 'angra', '--json')).out) as { importNo: number; id: string }[];
    const [latest, first] = log;
    const undone = await run('import', 'undo', String(latest?.importNo), '--user', 'cli-test');
    expect(undone).toMatchObject({ code: 0, err: '' });
    expect(undone.out).toMatch(/^Import \d+ \(undo\.csv\) till angra är ångrad/);
    expect((await run('report', '--committee', 'angra', '--period', '2025-02')).out).toBe(before.out);
    const again = await run('import', 'undo', latest?.id ?? '');
    expect(again.code).toBe(6);
    expect(again.err).toMatch(/är redan ångrad \(.+, cli-test\)/);
    const older = await run('import', 'undo', first?.id ?? '', '--committee', 'angra');
    expect(older.code).toBe(6);
    expect(older.err).toMatch(/Bara nämndens senaste import kan ångras/);
    expect((await run('import', 'undo', 'finns-inte')).code).toBe(3);
    expect((await run('import', 'log', '--committee', 'angra')).out).toMatch(/\tundo\.csv\t.*\tångrad .* av cli-test\n/);
  });
});
