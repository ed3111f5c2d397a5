/**
 * "Ångra import" in a real browser (the real server on a fresh demo database, Debian's Chromium,
 * axe for WCAG 2.1 AA): a one-row budget sheet changes one area on the dashboard and says what it
 * replaced; the log offers the undo on that import only; a modal dialog asks first (Esc cancels,
 * the keyboard confirms); the log then shows the undo and the dashboard its figures as before.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

describe.skipIf(SKIP_BROWSER)('undo of an import in Chromium', () => {
  const session = browserSession();
  const { pageErrors, screenshot } = session;
  async function expectAccessible() {
    const { serious } = await runAxe(session.page);
    expect(serious).toEqual([]);
  }

  it('undoes a budget sheet from the import log, after asking, and the figures follow', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04`);
    const areas = page.getByRole('table', { name: /Resultat per verksamhetsområde/ });
    const row = () => areas.getByRole('row').filter({ hasText: 'Utredningsenhet vuxen' }).innerText();
    // The other areas (the committee's total moves with the one area).
    const others = () =>
      areas.getByRole('row').filter({ hasNotText: 'Utredningsenhet vuxen' }).filter({ hasNotText: 'totalt' }).allInnerTexts();
    const total = () => areas.getByRole('row').filter({ hasText: 'totalt' }).innerText();
    await areas.waitFor();
    const rowBefore = await row();
    const othersBefore = await others();
    const totalBefore = await total();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Importera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera' }).waitFor();
    await page.getByRole('radio', { name: 'Budget (CSV/Excel)' }).check();
    const sheet = 'period;ansvar;konto;budget\n2025-03;6110;4610;-99 000,00\n';
    await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    const summary = page.getByRole('region', { name: 'Importen är klar' });
    await summary.waitFor();
    expect(await summary.getByText('Filen ersatte beloppen för 1 par av period och ansvar').count()).toBe(1);

    const log = page.getByRole('table', { name: /Importer till Socialnämnden/ });
    const latest = log.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'budget.csv' }) });
    await latest.waitFor();
    // The button is on the latest import only (the demo load below it cannot be undone).
    expect(await log.getByRole('button', { name: 'Ångra import' }).count()).toBe(1);
    const undo = latest.getByRole('button', { name: 'Ångra import' });

    // The dashboard shows the sheet's figure: one area changed, the others not.
    await summary.getByRole('link', { name: /Visa översikten/ }).click();
    await areas.waitFor();
    await expect.poll(row).not.toBe(rowBefore);
    expect(await others()).toEqual(othersBefore);
    await page.goBack();
    await undo.waitFor();

    const dialog = page.getByRole('dialog', { name: 'Ångra importen av budget.csv?' });
    await undo.click();
    await dialog.waitFor();
    await expectAccessible();
    await screenshot('undo-dialog');
    // Escape cancels, and focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ångra import');

    // By keyboard: open, focus starts on "Avbryt", Shift+Tab reaches the confirmation, Enter confirms.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    expect(await focused()).toBe('Avbryt');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Ja, ångra importen');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Importen av budget.csv är ångrad' }).waitFor();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => latest.innerText()).toMatch(/Ångrad \d{4}-\d\d-\d\d \d\d:\d\d av admin/);
    expect(await log.getByRole('button', { name: 'Ångra import' }).count()).toBe(0);
    await screenshot('undo-done');
    await expectAccessible();

    // The figures were fetched again: the dashboard is as before the import.
    await page.goForward();
    await areas.waitFor();
    await expect.poll(row).toBe(rowBefore);
    expect(await others()).toEqual(othersBefore);
    expect(await total()).toBe(totalBefore);
    expect(pageErrors).toEqual([]);
  });
});
