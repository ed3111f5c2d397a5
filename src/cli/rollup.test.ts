/** `uppfoljning rollup`: the demo's three committees as JSON and HTML, a subset, and its refusals with exit codes. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RollupJson } from '#contract/rollup.ts';
import { cliRunner } from '#test/helpers/cli.ts';
import { docxText, xlsxText } from '#test/helpers/document-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-rollup-'));
const run = cliRunner(join(dir, 'cli.sqlite'));

describe('uppfoljning rollup', () => {
  beforeAll(async () => {
    const demo = await run('demo');
    expect(demo.code, demo.err).toBe(0);
    expect(demo.out).toMatch(
      /^Demonämnderna Socialnämnden, Barn- och utbildningsnämnden och Tekniska nämnden \(2025, januari–april\) är inlästa i /,
    );
  }, 60_000);

  it("prints every committee's figures as JSON, the total their sum, each committee's as its own report says", async () => {
    const { code, out, err } = await run('rollup', '--period', '2025-04');
    expect(code, err).toBe(0);
    const rollup = JSON.parse(out) as RollupJson;
    expect(rollup.committees.map((c) => c.id)).toEqual(['barn-och-utbildningsnamnden', 'socialnamnden', 'tekniska-namnden']);
    expect(rollup.total.deviation).toBe(rollup.committees.reduce((s, c) => s + c.deviation, 0));
    for (const c of rollup.committees) {
      const own = JSON.parse((await run('report', '--committee', c.id, '--period', '2025-04')).out) as { total: { deviation: number } };
      expect(c.deviation, c.id).toBe(own.total.deviation);
      expect(c.source).toEqual({ kind: 'draft' });
    }
  });

  it('writes the HTML document to a file, and takes only the committees asked for', async () => {
    const file = join(dir, 'rollup.html');
    const written = await run(
      'rollup',
      '--period',
      '2025-04',
      '--format',
      'html',
      '--out',
      file,
      '--committees',
      'tekniska-namnden, socialnamnden',
    );
    expect(written.code, written.err).toBe(0);
    expect(written.err).toBe(`Sammanställningen är sparad i ${file}.\n`);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<title>Sammanställning av nämndernas resultat april 2025: Kommunstyrelsen</title>');
    expect(html).toContain('Kommunen totalt');
    expect(html).toContain('Tekniska nämnden');
    expect(html).not.toContain('Barn- och utbildningsnämnden');
  });

  it('writes the roll-up as a Word or Excel file, marked as a draft while a committee is unpublished', async () => {
    const docx = join(dir, 'ks.docx');
    const made = await run('rollup', '--period', '2025-04', '--format', 'docx', '--out', docx);
    expect(made.code, made.err).toBe(0);
    const text = await docxText(readFileSync(docx));
    expect(text.headers).toMatch(/Utkast/);
    for (const name of ['Socialnämnden', 'Barn- och utbildningsnämnden', 'Tekniska nämnden']) expect(text.body).toContain(name);
    const xlsx = join(dir, 'ks.xlsx');
    expect((await run('rollup', '--period', '2025-04', '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    expect(await xlsxText(readFileSync(xlsx))).toContain('Kommunen totalt');
  });

  it('refuses a missing period, an unknown format and an unknown committee', async () => {
    expect(await run('rollup')).toMatchObject({ code: 2, err: expect.stringContaining('--period') });
    expect(await run('rollup', '--period', '2025-04', '--format', 'odt')).toMatchObject({
      code: 2,
      err: expect.stringContaining('"odt" är inte json, html, pdf, docx eller xlsx'),
    });
    expect(await run('rollup', '--period', '2025-04', '--committees', 'finns-inte')).toMatchObject({
      code: 3,
      err: 'uppfoljning: Nämnden finns-inte finns inte.\n',
    });
  });
});
