/**
 * `uppfoljning template` as a script uses it: show (text and JSON), set from the JSON show gave
 * (stale: exit 7), the logo by its bytes (exit 2 naming the field), reset; the report follows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from '#test/helpers/cli.ts';
import { JPEG_MIN } from '#test/helpers/images.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-template-'));
const run = cliRunner(join(dir, 'cli.sqlite'));
const C = ['--committee', 'socialnamnden'];
const sections = async () =>
  (JSON.parse((await run('report', ...C, '--period', '2025-04')).out) as { sections: { number: string; title: string }[] }).sections;

describe('uppfoljning template', () => {
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
  });

  it('shows the demo template', async () => {
    const r = await run('template', 'show', ...C);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Rapportmall för Socialnämnden, version 2');
    expect(r.out).toContain('  2. Resultat (result)');
    expect(r.out).toContain('Kommun på försättsbladet: Exempelkommun');
    expect(r.out).toContain('Logotyp: image/png, 3 kB, "Exempelkommuns logotyp"');
    expect(r.out).toContain('Väsentlighetsgräns: 150\u00a0tkr');
  });

  it('saves the JSON that show gave, edited, and refuses it again as stale (exit 7)', async () => {
    const shown = JSON.parse((await run('template', 'show', ...C, '--json')).out);
    shown.template.sections = [
      { key: 'ks', title: 'Till KS' },
      { key: 'overview', title: 'Översikt' },
    ];
    const file = join(dir, 'template.json');
    writeFileSync(file, JSON.stringify(shown));
    const r = await run('template', 'set', ...C, '--file', file, '--user', 'cli-test');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('  1. Till KS (ks)');
    expect(await sections()).toEqual([
      { number: '1', title: 'Till KS' },
      { number: '2', title: 'Översikt' },
    ]);
    const again = await run('template', 'set', ...C, '--file', file);
    expect(again.code).toBe(7);
    expect(again.err).toMatch(/ändrats av cli-test/);
    writeFileSync(file, JSON.stringify({ ...shown.template, sections: [{ key: 'ks', title: '' }] }));
    const bad = await run('template', 'set', ...C, '--file', file);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('sections.0.title: Rubriken saknas');
  });

  it('sets a logo from a file by its bytes, refuses an HTML file named logo.png, and resets', async () => {
    const html = join(dir, 'logo.png');
    writeFileSync(html, '<html><script>alert(1)</script></html>');
    const refused = await run('template', 'logo', html, ...C, '--alt', 'Logotyp');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/ingen PNG- eller JPEG-bild/);
    const jpeg = join(dir, 'logo.jpg');
    writeFileSync(jpeg, JPEG_MIN);
    expect((await run('template', 'logo', jpeg, ...C)).err).toContain('--alt');
    const ok = await run('template', 'logo', jpeg, ...C, '--alt', 'Kommunvapnet', '--json');
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out).logo).toMatchObject({ mediaType: 'image/jpeg', alt: 'Kommunvapnet' });
    expect((await run('template', 'logo', '--remove', ...C)).out).toContain('Logotyp: (ingen)');
    const reset = await run('template', 'reset', ...C);
    expect(reset.out).toContain('(standardmallen)');
    expect((await sections()).map((s) => s.title)).toEqual([
      'Resultatrapport',
      'Resultat',
      'Årsprognos',
      'Investeringsverksamhet',
      'Sammanfattande kommentarer till kommunstyrelsen (FU)',
      'Nyckeltal',
    ]);
  });
});
