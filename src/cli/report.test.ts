/**
 * `uppfoljning report --format pdf|docx|xlsx` and `version show N --format …`: the draft marked
 * "Utkast" until a version is published, then that version (--draft the draft, --version N a
 * given one), files to --out, refused on a terminal, and the errors' exit codes.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '#cli/main.ts';
import { SKIP_BROWSER } from '#test/helpers/browser-session.ts';
import { cliRunner } from '#test/helpers/cli.ts';
import { docxText, pdfText, xlsxText } from '#test/helpers/document-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-report-'));
const dbFile = join(dir, 'cli.sqlite');
const run = cliRunner(dbFile);
const at = ['--committee', 'socialnamnden', '--period', '2025-04'];

describe.skipIf(SKIP_BROWSER)('uppfoljning report as PDF, Word and Excel', () => {
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
  });

  it('writes the draft, marked "Utkast", while nothing is published', async () => {
    const pdf = join(dir, 'utkast.pdf');
    const made = await run('report', ...at, '--format', 'pdf', '--out', pdf);
    expect(made.code, made.err).toBe(0);
    expect(made.err).toBe(`Filen är sparad i ${pdf}.\n`);
    const text = pdfText(readFileSync(pdf));
    expect(text).toMatch(/Utkast/);
    expect(text).toContain('Resultatrapport april 2025');
    const xlsx = join(dir, 'utkast.xlsx');
    expect((await run('report', ...at, '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    expect(await xlsxText(readFileSync(xlsx))).toMatch(/Utkast/);
  });

  it('writes the published version once there is one; --draft the draft; version show N the same version', async () => {
    expect((await run('version', 'publish', ...at, '--user', 'controller')).code).toBe(0);
    const published = join(dir, 'v1.docx');
    expect((await run('report', ...at, '--format', 'docx', '--out', published)).code).toBe(0);
    expect((await docxText(readFileSync(published))).headers).not.toMatch(/Utkast/);
    const draft = join(dir, 'draft.docx');
    expect((await run('report', ...at, '--format', 'docx', '--draft', '--out', draft)).code).toBe(0);
    expect((await docxText(readFileSync(draft))).headers).toMatch(/Utkast/);
    const shown = join(dir, 'shown.docx');
    expect((await run('version', 'show', '1', ...at, '--format', 'docx', '--out', shown)).code).toBe(0);
    expect((await docxText(readFileSync(shown))).body).toBe((await docxText(readFileSync(published))).body);
  });

  it('writes to standard output when that is no terminal, and refuses a terminal', async () => {
    const chunks: Uint8Array[] = [];
    let err = '';
    const piped = await main(['report', ...at, '--format', 'xlsx', '--db', dbFile], {
      out: () => {},
      err: (s) => (err += s),
      bytes: (b) => chunks.push(b),
    });
    expect(piped, err).toBe(0);
    expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe('PK');
    const terminal = await run('report', ...at, '--format', 'pdf');
    expect(terminal.code).toBe(2);
    expect(terminal.err).toMatch(/--out: en pdf-fil skrivs inte till terminalen: ange --out FIL/);
  });

  it('says which version does not exist (exit 3) and refuses a bad format or choice (exit 2)', async () => {
    const missing = await run('report', ...at, '--format', 'pdf', '--version', '4', '--out', join(dir, 'x.pdf'));
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/ingen publicerad version 4 för april 2025/);
    const both = await run('report', ...at, '--format', 'pdf', '--version', '1', '--draft');
    expect(both.code).toBe(2);
    expect((await run('report', ...at, '--format', 'odt')).err).toMatch(/"odt" är varken json, html, pdf, docx eller xlsx/);
  });
});
