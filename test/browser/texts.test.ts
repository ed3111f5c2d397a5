/**
 * Texts in a real browser (the real server on a fresh demo database, Debian's Chromium, axe for
 * WCAG 2.1 AA): a comment and an action written on the area page autosave, survive a reload and
 * show in the report; a draft typed just before a reload is not lost; a save over someone else's
 * shows both versions and "Behåll min" saves the writer's; a script typed into a text stays text;
 * the Texter page lists the states, filters them and sets the materiality threshold.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

const AREA = '/socialnamnden/2025-04/omrade/rekrytering';

describe.skipIf(SKIP_BROWSER)('texts in Chromium', () => {
  const session = browserSession();
  const { pageErrors, screenshot } = session;
  async function expectAccessible() {
    const { serious } = await runAxe(session.page);
    expect(serious).toEqual([]);
  }
  const box = (label: RegExp) => session.page.getByRole('textbox', { name: label });
  const comment = () => box(/^Kommentar till avvikelsen/);
  const action = () => box(/^Åtgärd till avvikelsen/);
  const statusOf = (label: RegExp) =>
    session.page
      .locator('.text-editor')
      .filter({ has: box(label) })
      .locator('.text-status');

  it('writes a comment and an action on the area page, keeps them over a reload and shows them in the report', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}${AREA}`);
    await page.getByRole('heading', { level: 2, name: 'Texter till rapporten' }).waitFor();
    await expect.poll(() => statusOf(/^Kommentar till avvikelsen/).innerText()).toBe('Sparad (version 1)');
    await comment().fill('');
    await comment().pressSequentially('Färre köpta jourhem i april.');
    await comment().press('Enter');
    await comment().press('Enter');
    await comment().pressSequentially('- egna jourhem\n- nätverkshem');
    await action().fill('Rekryteringen av familjehem fortsätter hela våren.');
    await expect.poll(() => statusOf(/^Kommentar till avvikelsen/).innerText()).toBe('Sparad (version 2)');
    await expect.poll(() => statusOf(/^Åtgärd till avvikelsen/).innerText()).toBe('Sparad (version 2)');
    await expectAccessible();
    await screenshot('texts-area');

    await page.reload();
    await expect.poll(() => comment().inputValue()).toBe('Färre köpta jourhem i april.\n\n- egna jourhem\n- nätverkshem');
    expect(await action().inputValue()).toBe('Rekryteringen av familjehem fortsätter hela våren.');

    await page.goto(`${session.server.url}/socialnamnden/2025-04/rapport`);
    const report = page.locator('article.report');
    await report.waitFor();
    const heading = report.locator('#kommentar-rekrytering');
    await heading.waitFor();
    expect(await report.locator('#kommentar-rekrytering + p').innerText()).toBe('Färre köpta jourhem i april.');
    expect(await report.locator('#kommentar-rekrytering + p + ul').locator('li').allInnerTexts()).toEqual(['egna jourhem', 'nätverkshem']);
    expect(await report.locator('#atgard-rekrytering + p').innerText()).toBe('Rekryteringen av familjehem fortsätter hela våren.');
  });

  it('keeps a draft typed just before a reload and saves it after', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}${AREA}`);
    await expect.poll(() => statusOf(/^Kommentar till avvikelsen/).innerText()).toBe('Sparad (version 2)');
    await comment().fill('Utkast som inte hann sparas.');
    await page.reload();
    await expect.poll(() => comment().inputValue()).toBe('Utkast som inte hann sparas.');
    await expect.poll(() => statusOf(/^Kommentar till avvikelsen/).innerText()).toBe('Sparad (version 3)');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('uppfoljning:text:')))).toEqual([]);

    // Leaving the page before the autosave: the pending save is sent on the way out.
    await comment().fill('Skrivet precis innan jag gick.');
    await page.getByRole('link', { name: 'Tillbaka till översikten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Socialnämnden' }).waitFor();
    const stored = async () =>
      (await (await session.server.fetch(`/api/committees/socialnamnden/texts/2025-04/comment?area=rekrytering`)).json()) as {
        body: string;
        version: number;
      };
    await expect.poll(stored).toMatchObject({ body: 'Skrivet precis innan jag gick.', version: 4 });
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('uppfoljning:text:')))).toEqual([]);
  });

  it('shows both versions when someone else saved meanwhile; "Behåll min" saves the writer’s text', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}${AREA}`);
    await expect.poll(() => statusOf(/^Åtgärd till avvikelsen/).innerText()).toBe('Sparad (version 2)');
    // Another writer saves version 3.
    const put = await session.server.fetch(`/api/committees/socialnamnden/texts/2025-04/action?area=rekrytering`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Den andras åtgärd.', version: 2 }),
    });
    expect(put.status).toBe(200);
    await action().fill('Min åtgärd.');
    const conflict = page.getByRole('heading', { level: 4, name: /Åtgärd till avvikelsen: texten har sparats av admin/ });
    await conflict.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H4');
    const view = page.locator('.text-conflict');
    expect(await view.locator('.text-conflict-body').allInnerTexts()).toEqual(['Min åtgärd.', 'Den andras åtgärd.']);
    expect(await page.getByRole('textbox', { name: 'Sammanslagen text' }).inputValue()).toBe('Min åtgärd.');
    await expectAccessible();
    await screenshot('texts-conflict');
    await page.getByRole('button', { name: 'Behåll min' }).click();
    await expect.poll(() => statusOf(/^Åtgärd till avvikelsen/).innerText()).toBe('Sparad (version 4)');
    expect(await view.count()).toBe(0);
    // The history holds both saves.
    await page.locator('.text-editor').filter({ has: action() }).getByText('Historik', { exact: true }).click();
    const history = page.locator('.text-editor').filter({ has: action() }).locator('.text-history-list > li .text-history-head');
    await expect.poll(() => history.allInnerTexts()).toHaveLength(4);
    expect((await history.allInnerTexts())[0]).toMatch(/^Version 4, \d{4}-\d\d-\d\d kl\. \d\d:\d\d av admin$/);
  });

  it('keeps a script typed into a text as text, on the page and in the report', async () => {
    const page = session.page;
    const script = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    await page.goto(`${session.server.url}${AREA}`);
    await expect.poll(() => statusOf(/^Kommentar till avvikelsen/).innerText()).toMatch(/^Sparad/);
    await comment().fill(script);
    await expect.poll(() => statusOf(/^Kommentar till avvikelsen/).innerText()).toBe('Sparad (version 5)');
    await page.reload();
    await expect.poll(() => comment().inputValue()).toBe(script);
    await page.goto(`${session.server.url}/socialnamnden/2025-04/rapport`);
    await page.locator('#kommentar-rekrytering').waitFor();
    expect(await page.locator('#kommentar-rekrytering + p').innerText()).toBe(script);
    // No element of the text's: the only image is the cover's logo.
    expect(await page.locator('article.report img:not(.logo), article.report script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('lists every text with its state on the Texter page, filters them and sets the threshold', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Texter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Texter' }).waitFor();
    const table = page.getByRole('table', { name: /Texter för april 2025/ });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + 6 + 15 * 3);
    await page.getByLabel('Tillstånd').selectOption('required');
    await expect.poll(() => table.getByRole('rowheader').allInnerTexts()).toEqual(['Familjerättsenheten', 'Familjerättsenheten']);
    await expectAccessible();
    await screenshot('texts-page');
    // The committee's texts are edited here.
    expect(await box(/^Till kommunstyrelsen: resultat/).inputValue()).toMatch(/^Överskottet beror i huvudsak/);

    const threshold = page.getByRole('textbox', { name: 'Väsentlighetsgräns (tkr)' });
    expect(await threshold.inputValue()).toBe('150');
    await threshold.fill('mycket');
    await page.getByRole('button', { name: 'Spara gränsen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Okänd enhet "mycket"' }).waitFor();
    expect(await threshold.getAttribute('aria-invalid')).toBe('true');
    await threshold.fill('1 000 mnkr');
    await page.getByRole('button', { name: 'Spara gränsen' }).click();
    await page.getByRole('status').filter({ hasText: 'Väsentlighetsgränsen är nu 1' }).waitFor();
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(0);
    await threshold.fill('150');
    await page.getByRole('button', { name: 'Spara gränsen' }).click();
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(2);
    expect(pageErrors).toEqual([]);
  });

  it('shows last month’s text as copied until it is kept or edited', async () => {
    const page = session.page;
    const put = await session.server.fetch(`/api/committees/socialnamnden/texts/2025-03/forecast-comment?area=tillstand`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Prognosen från mars.', version: 0 }),
    });
    expect(put.status).toBe(200);
    await page.goto(`${session.server.url}/socialnamnden/2025-04/texter`);
    await page.getByLabel('Tillstånd').selectOption('copied');
    const table = page.getByRole('table', { name: /Texter för april 2025/ });
    await expect.poll(() => table.getByRole('row').allInnerTexts()).toHaveLength(2);
    expect((await table.getByRole('row').nth(1).innerText()).replace(/\s+/g, ' ')).toMatch(
      /^Tillståndsenheten Kommentar till prognosen Kopierad från mars 2025 \d{4}-\d\d-\d\d av admin –$/,
    );
    await table.getByRole('link', { name: 'Tillståndsenheten' }).click();
    const forecast = box(/^Kommentar till prognosen/);
    await expect.poll(() => forecast.inputValue()).toBe('Prognosen från mars.');
    expect(await statusOf(/^Kommentar till prognosen/).innerText()).toBe('Kopierad från mars 2025, inte sparad för perioden');
    await page.getByRole('button', { name: 'Behåll texten för perioden' }).click();
    await expect.poll(() => statusOf(/^Kommentar till prognosen/).innerText()).toBe('Sparad (version 1)');
    expect(await page.getByRole('button', { name: 'Behåll texten för perioden' }).count()).toBe(0);
    await expectAccessible();
    expect(pageErrors).toEqual([]);
  });
});
