/**
 * Import, mapping and drill-down in a real browser: the real server on a fresh demo database,
 * Debian's Chromium, and axe-core for WCAG 2.1 AA on each page. Skipped without Chromium, except
 * under CI=true where that is a failure. UPPFOLJNING_SCREENSHOTS=<dir> saves screenshots there.
 */
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';
import { SIE_HEAD, SIE_VOUCHERS, SMALL_SIE } from '../helpers/imports.ts';

describe.skipIf(SKIP_BROWSER)('import, mapping and drill-down in Chromium', () => {
  const session = browserSession();
  const { pageErrors, screenshot } = session;
  async function expectAccessible() {
    const { serious } = await runAxe(session.page);
    expect(serious).toEqual([]);
  }
  const sieFile = (name: string, content: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });

  it('uploads a SIE file through the import page and shows the summary and the log', async () => {
    await session.page.goto(`${session.server.url}/`);
    await session.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Importera' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Importera' }).waitFor();
    expect(await session.page.title()).toBe('Importera – Uppföljning');
    await expectAccessible();

    await session.page.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Ny nämnd …' });
    await session.page.getByLabel('Id för den nya nämnden').fill('testnamnden');
    expect(await session.page.getByRole('radio', { name: 'SIE-fil' }).isChecked()).toBe(true);
    await session.page.getByLabel('Fil', { exact: true }).setInputFiles(sieFile('liten.se', SMALL_SIE));
    // Slow the first poll of the job down, to see the progress between upload and summary.
    let delayed = false;
    await session.page.route('**/api/imports/*', async (route) => {
      if (!delayed) {
        delayed = true;
        await new Promise((resolve) => setTimeout(resolve, 800));
      }
      await route.continue();
    });
    await session.page.getByRole('button', { name: 'Läs in filen' }).click();
    const progress = session.page.getByRole('region', { name: 'Importerar liten.se' });
    await progress.waitFor();
    const uploadBar = progress.getByRole('progressbar', { name: /Överföring till servern/ });
    await expect.poll(() => uploadBar.getAttribute('value')).toBe(String(Buffer.byteLength(SMALL_SIE)));
    expect(await progress.getByRole('progressbar', { name: /Inläsning och kontroll/ }).count()).toBe(1);

    const summary = session.page.getByRole('region', { name: 'Importen är klar' });
    await summary.waitFor();
    await session.page.unroute('**/api/imports/*');
    const fact = (label: string) =>
      summary
        .locator('.facts div')
        .filter({ has: session.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
        .locator('dd');
    expect(await fact('Verifikationer').innerText()).toBe('3');
    expect(await fact('Transaktioner').innerText()).toBe('6');
    expect(await fact('Fil').innerText()).toBe('liten.se');
    expect(await fact('Räkenskapsår').innerText()).toMatch(/2025-01-01 – 2025-12-31/);
    // SMALL_SIE says #FORMAT PC8 but is written as UTF-8 (its å, ä, ö): the reader's warning shows.
    expect(await summary.getByText('filen anger #FORMAT PC8 (cp437) men har teckenkodningen utf8; den läses som utf8').count()).toBe(1);
    // The progress is gone; focus moved to the summary.
    expect(await progress.count()).toBe(0);
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('import-summary-heading');

    const log = session.page.getByRole('table', { name: /Importer till Testnämnden/ });
    await log.getByRole('rowheader', { name: 'liten.se' }).waitFor();
    await screenshot('import-summary');
    await expectAccessible();
  });

  it('shows the error that stopped an import, with its line, and that nothing changed', async () => {
    const broken = [...SIE_HEAD, ...SIE_VOUCHERS].join('\n').replace('1000.00', '12,50');
    await session.page.getByLabel('Fil', { exact: true }).setInputFiles(sieFile('trasig.se', broken));
    await session.page.getByRole('button', { name: 'Läs in filen' }).click();
    const alert = session.page.getByRole('alert').filter({ hasText: 'stoppades' });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toMatch(/Importen av trasig\.se stoppades/);
    expect(text).toMatch(new RegExp(`Rad\\s+${SIE_HEAD.length + 3}`));
    expect(text).toMatch(/"12,50" i #TRANS är inget belopp/);
    expect(text).toMatch(/Inget ändrades/);
    await screenshot('import-error');
    await expectAccessible();
  });

  it('cancels a running import with "Avbryt import"; nothing changed', async () => {
    const target = session.server.db.target;
    if (!('file' in target)) throw new Error('the browser tests run on a SQLite file');
    // Another connection holds the write lock: the import waits for it until cancelled.
    const other = new SQLite(target.file);
    other.exec('begin immediate');
    try {
      await session.page.goto(`${session.server.url}/import`);
      await session.page.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Ny nämnd …' });
      await session.page.getByLabel('Id för den nya nämnden').fill('avbryts');
      await session.page.getByLabel('Fil', { exact: true }).setInputFiles(sieFile('avbryts.se', SMALL_SIE));
      await session.page.getByRole('button', { name: 'Läs in filen' }).click();
      const progress = session.page.getByRole('region', { name: 'Importerar avbryts.se' });
      const cancel = progress.getByRole('button', { name: 'Avbryt import' });
      await expect
        .poll(async () => (await progress.getByRole('progressbar', { name: /Överföring/ }).getAttribute('value')) ?? '')
        .toBe(String(Buffer.byteLength(SMALL_SIE)));
      await expectAccessible();
      await cancel.click();
      const alert = session.page.getByRole('alert').filter({ hasText: 'avbröts' });
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toMatch(/Importen av avbryts\.se avbröts/);
      expect(text).toMatch(/Inget ändrades/);
      expect(await session.page.evaluate(() => document.activeElement?.textContent)).toMatch(/avbröts/);
      await screenshot('import-cancelled');
      await expectAccessible();
    } finally {
      other.exec('rollback');
      other.close();
    }
    const log = (await (await session.server.fetch(`/api/committees/testnamnden/imports`)).json()) as {
      imports: { fileName: string }[];
    };
    expect(log.imports.map((i) => i.fileName)).not.toContain('avbryts.se');
  });

  it('opens the mapping page and merges two codes into a new area', async () => {
    await session.page.goto(`${session.server.url}/testnamnden/mappning`);
    await session.page.getByRole('heading', { level: 1, name: 'Mappning av ansvar' }).waitFor();
    const table = session.page.getByRole('table', { name: /Varje ansvarskod/ });
    await table.getByRole('rowheader', { name: '200' }).waitFor();
    expect(
      await session.page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Mappning' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await expectAccessible();

    await session.page.getByLabel('Område för ansvar 100 Enhet 100').selectOption({ label: 'Nytt område …' });
    await session.page.getByLabel('Namn på nytt område för ansvar 100').fill('Sammanslaget');
    await session.page.getByRole('button', { name: 'Spara mappningen' }).click();
    await session.page.getByRole('status').filter({ hasText: 'Mappningen är sparad' }).waitFor();
    await session.page.getByLabel('Område för ansvar 200 Enhet 200').selectOption({ label: 'Sammanslaget' });
    expect(await table.getByText('Ändrad').count()).toBe(1);
    await session.page.getByRole('button', { name: 'Spara mappningen' }).click();
    // Saved: the table is read again, with no pending change.
    await expect.poll(() => table.getByText('Ändrad').count()).toBe(0);
    await expect.poll(() => session.page.getByLabel('Område för ansvar 200 Enhet 200').inputValue()).toBe('sammanslaget');
    const report = (await (await session.server.fetch(`/api/committees/testnamnden/reports/2025-02`)).json()) as {
      areas: { name: string; actualResult: number }[];
    };
    expect(report.areas.find((a) => a.name === 'Sammanslaget')?.actualResult).toBe(-220_000 + 25_050);
    await screenshot('mapping');
    await expectAccessible();
  });

  it('drills down from the dashboard to an area, its account groups, and the postings of an account', async () => {
    await session.page.goto(`${session.server.url}/socialnamnden/2025-04`);
    const areas = session.page.getByRole('table', { name: /Resultat per verksamhetsområde/ });
    const firstArea = areas.locator('tbody').getByRole('link').first();
    const areaName = await firstArea.innerText();
    await firstArea.click();
    await session.page.waitForURL(/\/socialnamnden\/2025-04\/omrade\/[^/]+$/);
    await session.page.getByRole('heading', { level: 1, name: areaName }).waitFor();
    const drill = session.page.getByRole('table', { name: /resultat per kontogrupp och konto/ });
    await drill.waitFor();
    expect(await drill.getByRole('columnheader').allInnerTexts()).toEqual(['Konto', 'Namn', 'Utfall', 'Budget', 'Avvikelse']);
    expect(await drill.locator('th[scope="rowgroup"]').count()).toBeGreaterThan(0);
    await screenshot('drill-area');
    await expectAccessible();

    const account = drill.locator('tbody th[scope="row"]').getByRole('link').first();
    const number = (await account.innerText()).trim().split(/\s/)[0] ?? '';
    await account.click();
    await session.page.waitForURL(new RegExp(`/konto/${number}$`));
    await session.page.getByRole('heading', { level: 1, name: new RegExp(`^Konto ${number}`) }).waitFor();
    const postings = session.page.getByRole('table', { name: /Konteringar på konto/ });
    await postings.waitFor();
    expect(await postings.locator('caption').innerText()).toMatch(/debet \(kostnad\) positivt/);
    expect(await postings.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await postings.locator('tfoot').innerText()).toMatch(/Summa/);
    await screenshot('drill-postings');
    await expectAccessible();

    await session.page.getByRole('link', { name: /Tillbaka till området/ }).click();
    await session.page.getByRole('heading', { level: 1, name: areaName }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
