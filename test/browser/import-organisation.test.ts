/**
 * An SIE file of another organisation in a real browser: the import page names both organisations
 * and offers to import it anyway, which then works. Axe checks the page (WCAG 2.1 AA).
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';
import { SMALL_SIE } from '../helpers/imports.ts';

describe.skipIf(SKIP_BROWSER)('another organisation on the import page in Chromium', () => {
  const session = browserSession();
  const { screenshot } = session;
  const withOrg = (org: string, name: string) => SMALL_SIE.replace('#FNAMN "Testnämnden"', `#ORGNR ${org}\n#FNAMN "${name}"`);
  const file = (name: string, content: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });

  it('names both organisations and imports the file when the box is ticked', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/import`);
    await page.getByRole('heading', { level: 1, name: 'Importera' }).waitFor();
    await page.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Ny nämnd …' });
    await page.getByLabel('Id för den nya nämnden').fill('orgtest');
    await page.getByLabel('Fil', { exact: true }).setInputFiles(file('egen.se', withOrg('212000-0001', 'Testnämnden')));
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('region', { name: 'Importen är klar' }).waitFor();

    await page.getByLabel('Nämnd', { exact: true }).selectOption({ value: 'orgtest' });
    const other = withOrg('556000-0002', 'Annan AB').replace('1000.00', '1001.00').replace('-1000.00', '-1001.00');
    await page.getByLabel('Fil', { exact: true }).setInputFiles(file('annan.se', other));
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Importen av annan.se stoppades' }).waitFor();
    const choice = page.getByRole('form', { name: 'Annan organisation?' });
    await choice.waitFor();
    expect(await choice.innerText()).toMatch(/Filen annan\.se\s+Annan AB \(556000-0002\)/);
    expect(await choice.innerText()).toMatch(/Nämnden Testnämnden\s+Testnämnden \(212000-0001\)/);
    await screenshot('import-organisation');
    expect((await runAxe(page)).serious).toEqual([]);

    // Without the box ticked, the button says what is missing.
    await choice.getByRole('button', { name: 'Läs in filen igen' }).click();
    await choice.getByText('Kryssa i rutan för att läsa in filen ändå.').waitFor();
    await choice.getByLabel(/Ersätt organisationen: läs in filen från Annan AB \(556000-0002\) i Testnämnden ändå/).check();
    await choice.getByRole('button', { name: 'Läs in filen igen' }).click();
    await page.getByRole('region', { name: 'Importen är klar' }).waitFor();
    const report = (await (await session.server.fetch(`/api/committees/orgtest/reports/2025-01`)).json()) as {
      areas: { code: string | null; actualResult: number }[];
    };
    expect(report.areas.find((a) => a.code === '100')?.actualResult).toBe(-100_100);
    expect((await runAxe(page)).serious).toEqual([]);
  });
});
