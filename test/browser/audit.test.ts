/**
 * The Ändringslogg page in a real browser: a forecast changed and a text saved show up with who,
 * what, before and after in readable form; the filters (area, period, what) narrow the list and
 * the CSV link downloads what is shown, with its BOM; the page is reached from the main menu by
 * keyboard and is axe-clean. The area manager has no menu entry and no access.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

describe.skipIf(SKIP_BROWSER)('the audit log in Chromium', () => {
  const session = browserSession();
  const { pageErrors, screenshot } = session;

  it('lists the changes with before and after, filters them and downloads them as CSV', async () => {
    const page = session.page;
    // A controller changes a forecast; the administrator (this page) reads the log.
    const controller = await session.server.as('controller');
    const put = await controller({
      method: 'PUT',
      url: '/api/committees/socialnamnden/forecasts/2025-04/boende',
      payload: { deviation: -123_456 },
    });
    expect(put.statusCode, put.body).toBe(200);

    await page.goto(`${session.server.url}/socialnamnden/2025-04`);
    await page.getByRole('heading', { level: 1, name: 'Socialnämnden' }).waitFor();
    const menuLink = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ändringslogg' });
    await menuLink.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Ändringslogg' });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Ändringslogg');
    expect(page.url()).toBe(`${session.server.url}/socialnamnden/andringslogg`);
    // The demo's own changes and the forecast above.
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'ändringar' }).innerText())
      .toMatch(/^Visar 1–50 av \d+ ändringar, nyaste först\.$/);

    await page.getByLabel('Område').selectOption({ label: 'Boendeenheten' });
    await page.getByLabel('Period').selectOption({ label: 'april 2025' });
    await page.getByLabel('Vad').selectOption({ label: 'Prognos' });
    const rows = page.locator('.audit-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const cells = await rows.first().locator('td').allInnerTexts();
    expect(cells.slice(1)).toEqual([
      'controller',
      'Boendeenheten',
      'april 2025',
      'Prognos boende',
      'ändrad',
      'Avvikelse: 1 700 000 kr',
      'Avvikelse: −1 234,56 kr',
    ]);
    expect((await rows.nth(1).locator('td').allInnerTexts()).slice(1, 6)).toEqual([
      'demo',
      'Boendeenheten',
      'april 2025',
      'Prognos boende',
      'skapad',
    ]);
    expect(await page.getByRole('status').filter({ hasText: 'ändringar' }).innerText()).toBe('Visar 1–2 av 2 ändringar, nyaste först.');
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
    await screenshot('audit');

    const csvLink = page.getByRole('link', { name: 'Ladda ner CSV' });
    expect(await csvLink.getAttribute('href')).toBe('/api/committees/socialnamnden/audit.csv?area=boende&period=2025-04&entity=forecast');
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.press('Enter')]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(path, 'utf8');
    expect(download.suggestedFilename()).toBe('andringslogg-socialnamnden.csv');
    expect(csv.startsWith('\uFEFFtid,användare,nämnd,område,period,vad,nyckel,åtgärd,före,efter\r\n')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
    expect(csv).toContain(
      ',controller,socialnamnden,Boendeenheten,2025-04,Prognos,boende,ändrad,"{""deviation"":170000000}","{""deviation"":-123456}"',
    );

    // A filter that matches nothing says so.
    await page.getByLabel('Vad').selectOption({ label: 'Import' });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Inga' }).innerText()).toBe('Inga ändringar med det filtret.');
    expect(pageErrors).toEqual([]);
  });
});

describe.skipIf(SKIP_BROWSER)('the audit log for an area manager in Chromium', () => {
  const session = browserSession({ user: 'omradeschef' });

  it('has no menu entry, and the page says the log is not theirs', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04`);
    await page.getByRole('heading', { level: 1, name: 'Socialnämnden' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Texter' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Ändringslogg' }).count()).toBe(0);
    await page.goto(`${session.server.url}/socialnamnden/andringslogg`);
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/^Ändringsloggen kunde inte hämtas\./);
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
