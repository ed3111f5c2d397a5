/** `uppfoljning version …` as scripts use it: publish, list, show (byte for byte the report as it was), diff, exit codes. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '#contract/reports.ts';
import { cliRunner } from '#test/helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-versions-'));
const run = cliRunner(join(dir, 'cli.sqlite'));
const at = ['--committee', 'socialnamnden', '--period', '2025-04'];

describe('uppfoljning version', () => {
  let published: string;
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
    published = (await run('report', ...at)).out;
  });

  it('publishes version 1 and 2, lists them and shows a version as the report was when it was published', async () => {
    const first = await run('version', 'publish', ...at, '--user', 'controller', '--json');
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ committeeId: 'socialnamnden', period: '2025-04', number: 1, publishedBy: 'controller' });
    const text = '- Fler köpta jourhem.\n- Arbetet har inletts i april.';
    const saved = await run('text', 'set', ...at, '--area', 'rekrytering', '--kind', 'comment', `--text=${text}`, '--user', 'omradeschef');
    expect(saved.code, saved.err).toBe(0);
    const second = await run('version', 'publish', ...at, '--user', 'controller');
    expect(second.out).toMatch(/^Rapporten för 2025-04 är publicerad som version 2 \(\d{4}-\d\d-\d\dT[^,]+, controller\)\.\n$/);

    const list = await run('version', 'list', '--committee', 'socialnamnden');
    expect(list.out.split('\n').map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(['2025-04 version 2', '2025-04 version 1', '']);
    // The report printed then and version 1 are the same report, field for field.
    const shown = await run('version', 'show', '1', ...at);
    expect(JSON.parse(shown.out)).toEqual(JSON.parse(published));
    const file = join(dir, 'v1.html');
    expect((await run('version', 'show', '1', ...at, '--format', 'html', '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<!doctype html>');
    const v2 = JSON.parse((await run('version', 'show', '2', ...at)).out) as ReportJson;
    expect(v2.areas.find((a) => a.code === 'rekrytering')?.comment).toBe(text);
  });

  it('prints the diff with the changed text word by word, and as JSON', async () => {
    const diff = await run('version', 'diff', ...at);
    expect(diff.code, diff.err).toBe(0);
    expect(diff.out).toContain('Version 1 → 2 för 2025-04:\n\nRekryteringsenheten\n  Kommentar till avvikelsen:\n');
    // Rewritten, not edited: the old text removed and the new one added, whole.
    expect(diff.out).toMatch(
      /\n {4}\[-Kommunen har i betydligt mindre utsträckning .*-\]\{\+- Fler köpta jourhem\.\n {4}- Arbetet har inletts i april\.\+\}\n$/,
    );
    const asJson = JSON.parse((await run('version', 'diff', '1', '2', ...at, '--json')).out);
    expect(asJson.changes.map((c: { area: string | null }) => c.area)).toEqual(['rekrytering']);
    expect((await run('version', 'diff', '2', '2', ...at)).out).toBe(
      'Version 2 → 2 för 2025-04:\nInga ändringar i siffror eller texter.\n',
    );
  });

  it('answers exit code 3 for a version that does not exist and 2 for a bad number or no period', async () => {
    const missing = await run('version', 'show', '7', ...at);
    expect(missing.code).toBe(3);
    expect(missing.err).toBe('uppfoljning: Socialnämnden har ingen publicerad version 7 för april 2025.\n');
    expect((await run('version', 'show', 'x', ...at)).code).toBe(2);
    expect((await run('version', 'publish', '--committee', 'socialnamnden')).err).toMatch(/--period/);
  });
});
