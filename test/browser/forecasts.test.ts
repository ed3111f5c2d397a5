/**
 * Forecasts in a real browser on the demo: the grid (type, move by arrow keys, paste a block from
 * Excel, see the committee total change, save, a bad cell refused naming its area) and the area
 * page's forecast with its proposals and history; axe clean on both.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';
import { writeWholeYearSie } from '../helpers/forecast-year.ts';
import { importAndWait } from '../helpers/imports.ts';

describe.skipIf(SKIP_BROWSER)('forecasts in Chromium', () => {
  const session = browserSession();
  const { pageErrors, screenshot } = session;
  async function expectAccessible() {
    const { serious } = await runAxe(session.page);
    expect(serious).toEqual([]);
  }
  const total = (period: string) => session.page.locator(`tfoot td[data-total="${period}"]`).innerText();
  const reportArea = async (id: string) => {
    const res = await session.server.fetch(`/api/committees/socialnamnden/reports/2025-04`);
    const json = (await res.json()) as {
      areas: { code: string; forecastDeviation: number | null }[];
      total: { forecastDeviation: number };
    };
    return { area: json.areas.find((a) => a.code === id)?.forecastDeviation, total: json.total.forecastDeviation };
  };

  it('enters a forecast in the grid and sees the committee total change, then saves it', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Prognoser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prognoser per område' }).waitFor();
    expect(await total('2025-04')).toBe('+22\u00a0000');
    await expectAccessible();

    const cell = page.getByLabel('Rekryteringsenheten, april, tkr');
    expect(await cell.inputValue()).toBe('5\u00a0000');
    await cell.fill('-300');
    expect(await total('2025-04')).toBe('+16\u00a0700');
    expect(await page.getByRole('status').filter({ hasText: 'osparad' }).innerText()).toContain('1 osparad ändring');
    // The arrow keys move between cells (down a row; left at the start of the text).
    await cell.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Utredningsenhet ungdom, april, tkr');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Utredningsenhet ungdom, mars, tkr');

    // A block copied from Excel: two areas × two months, Swedish numbers, pasted into Boendeenheten, mars.
    await page.getByLabel('Boendeenheten, mars, tkr').evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', '1 100\t1 800,5\r\n−2\t0\r\n');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await page.getByLabel('Boendeenheten, april, tkr').inputValue()).toBe('1 800,5');
    expect(await page.getByLabel('Förebyggande insatser och aktiviteter, mars, tkr').inputValue()).toBe('−2');
    // April: 22 000 − 5 000 − 300 (Rekrytering) − 1 700 + 1 800,5 (Boende) = 16 800,5 → "+16 801" in whole tkr.
    expect(await total('2025-04')).toBe('+16\u00a0801');
    await screenshot('forecast-grid-edited');

    await page.getByRole('button', { name: 'Spara prognoserna' }).click();
    await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade.' }).waitFor();
    expect(await reportArea('rekrytering')).toEqual({ area: -30_000_000, total: 1_680_050_000 });
    expect((await reportArea('boende')).area).toBe(180_050_000);
    expect(await total('2025-04')).toBe('+16\u00a0801');
    await expectAccessible();
    expect(pageErrors).toEqual([]);
  });

  it('refuses a cell it cannot read, naming the area, and saves nothing', async () => {
    const page = session.page;
    const cell = page.getByLabel('Flyktingboende, april, tkr');
    await cell.fill('12 apor');
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Spara prognoserna' }).click();
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toMatch(/Ingenting sparades:\s+Flyktingboende, 2025-04: Okänd enhet "apor"/);
    expect((await reportArea('flyktingboende')).area).toBe(-60_000_000);
    await expectAccessible();
  });

  it('gives a forecast on the area page, as a full-year result, with the proposals and the earlier forecasts', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04/omrade/oppenvard`);
    const panel = page.getByRole('region', { name: 'Årsprognos april 2025' });
    await panel.waitFor();
    expect(await panel.innerText()).toMatch(/Förändring mot föregående prognos: \+300\u00a0tkr/);
    expect(await panel.innerText()).toMatch(/mars 2025: \+900\u00a0tkr/);
    expect(await panel.innerText()).toMatch(/Periodiserad \(utfall hittills \+ återstående månaders budget\): [+−]/);
    await expectAccessible();
    await panel.getByLabel('Avvikelse mot budget för helåret, tkr').fill('abc');
    await panel.getByRole('button', { name: 'Spara prognos' }).click();
    expect(await panel.locator('.field-error').innerText()).toContain('Okänd enhet "abc" i beloppet "abc"');
    await panel.getByRole('radio', { name: 'Helårsresultat' }).check();
    await panel.getByLabel('Resultat för helåret, tkr').fill('2 000');
    expect(await panel.innerText()).toMatch(/Motsvarar en avvikelse på \+2\u00a0000\u00a0tkr/);
    await panel.getByRole('button', { name: 'Spara prognos' }).click();
    await panel.getByRole('status').filter({ hasText: 'Prognosen är sparad.' }).waitFor();
    expect((await reportArea('oppenvard')).area).toBe(200_000_000);
    await expectAccessible();
    expect(pageErrors).toEqual([]);
  });

  it('shows forecast accuracy when the year is complete, and says why not before', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/prognossakerhet/2025`);
    expect(await page.getByRole('alert').innerText()).toMatch(/december 2025 saknas/);
    await expectAccessible();
    const sie = readFileSync(writeWholeYearSie(mkdtempSync(join(tmpdir(), 'uppf-browser-fc-'))));
    expect((await importAndWait(session.server.app, { kind: 'sie', committee: 'helar' }, sie, 'helar.se')).state).toBe('done');
    const put = await session.server.fetch(`/api/committees/helar/forecasts/2025-03/${encodeURIComponent('Enhet 100')}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deviation: -6_000_000 }),
    });
    expect(put.status).toBe(200);
    await page.goto(`${session.server.url}/helar/2025-12/prognos`);
    await page.getByRole('link', { name: 'Prognossäkerhet 2025' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prognossäkerhet 2025' }).waitFor();
    const row = page.getByRole('row', { name: /mars 2025/ }).first();
    // Forecast −60 000 kr against an outcome of −120 000 kr: 60 000 kr of the 1 080 000 kr net cost.
    expect((await row.innerText()).split('\t')).toEqual(['mars 2025', '−60', '−120', '+60', '+5,6\u00a0%']);
    await expectAccessible();
    expect(pageErrors).toEqual([]);
  });
});
