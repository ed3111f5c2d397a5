/**
 * The monthly cycle in Chromium with two people in two browser contexts, each signed in with their
 * own session: the controller opens April; the area manager (omradeschef) writes the comment of
 * Utredningsenhet vuxen and marks it ready; the controller returns it with a note (an empty note is
 * refused by the field); the manager sees the note on the area page and in "Att göra", fixes the
 * text and marks it ready again; the controller accepts it and, the other areas accepted, approves
 * the whole report on the overview, whose filters show what is missing, late and returned. axe
 * finds no serious WCAG 2.1 AA violation on the overview, the area panel or the to-do list. Then
 * the controller publishes version 1; a reader (ledamot) sees that version, never the draft; and
 * an import afterwards changes the draft but neither the version nor the reader's page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTable } from '#app/import-table.ts';
import { runAxe } from '../helpers/axe.ts';
import { SKIP_BROWSER } from '../helpers/browser-session.ts';
import { findChromium, launchChromium } from '../helpers/chromium.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { ensureWebBuild } from '../helpers/web-build.ts';

const OVERVIEW = '/socialnamnden/2025-04/granskning';
const AREA = '/socialnamnden/2025-04/omrade/utredning-vuxen';
const API = '/api/committees/socialnamnden/cycle/2025-04';

interface Person {
  context: BrowserContext;
  page: Page;
  csrf: string;
}

describe.skipIf(SKIP_BROWSER)('the cycle with two people in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let controller: Person;
  let manager: Person;
  const errors: string[] = [];

  async function signIn(username: string): Promise<Person> {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const signedIn = await context.request.post(`${server.url}/api/session`, { data: { username, password: `demo-${username}` } });
    expect(signedIn.status(), await signedIn.text()).toBe(200);
    const session = (await (await context.request.get(`${server.url}/api/session`)).json()) as { csrfToken: string };
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${username}: ${e.message}`));
    return { context, page, csrf: session.csrfToken };
  }
  async function expectAccessible(page: Page) {
    expect((await runAxe(page)).serious).toEqual([]);
  }
  const panel = (p: Person) => p.page.locator('#granskning');
  const areaState = async (p: Person) => (await panel(p).locator('.state-badge').first().innerText()).trim();

  beforeAll(async () => {
    const chromium = findChromium();
    if (!chromium) throw new Error('CI=true but Chromium was not found');
    await ensureWebBuild();
    server = await startTestServer({ listen: true });
    browser = await launchChromium(chromium);
    controller = await signIn('controller');
    manager = await signIn('omradeschef');
  });
  afterAll(async () => {
    await controller?.context.close();
    await manager?.context.close();
    await browser?.close();
    await server?.close();
  });

  it('the controller opens the period with its deadlines on the overview', async () => {
    const { page } = controller;
    await page.goto(`${server.url}${OVERVIEW}`);
    await page.getByRole('heading', { level: 1, name: 'Granskning' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Öppna perioden' }).waitFor();
    const areas = page.getByLabel('Områdenas tidsgräns');
    expect(await areas.inputValue()).toBe('2025-05-07');
    await areas.fill('2025-05-12');
    await page.getByRole('button', { name: 'Öppna perioden' }).click();
    const field = page.locator('.field-error');
    await expect.poll(() => field.innerText()).toBe('Områdenas tidsgräns ska ligga före eller på hela rapportens.');
    await areas.fill('2025-05-07');
    await page.getByRole('button', { name: 'Öppna perioden' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Perioden är öppnad.');
    const table = page.getByRole('table', { name: /Alla områden, april 2025/ });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(16);
    // Familjerättsenheten is material without comment and action: "Saknas" shows it alone.
    await page.getByLabel('Saknas (1)').check();
    const saknas = page.getByRole('table', { name: /Saknas, april 2025/ });
    expect(await saknas.getByRole('rowheader').allInnerTexts()).toEqual(['Familjerättsenheten']);
    await expectAccessible(page);
  });

  it('the area manager writes the comment and marks the area ready', async () => {
    const { page } = manager;
    await page.goto(`${server.url}${AREA}`);
    await page.getByRole('heading', { level: 2, name: 'Granskning' }).waitFor();
    expect(await areaState(manager)).toBe('Pågår');
    const comment = page.getByRole('textbox', { name: /^Kommentar till avvikelsen/ });
    await comment.fill('Fler placeringar än budgeterat under våren.');
    const status = page.locator('.text-editor').filter({ has: comment }).locator('.text-status');
    await expect.poll(() => status.innerText()).toMatch(/^Sparad \(version \d+\)$/);
    await panel(manager).getByRole('button', { name: 'Markera klart' }).click();
    await expect.poll(() => areaState(manager)).toBe('Klar för granskning');
    expect(await panel(manager).getByRole('status').innerText()).toBe('Området är markerat klart.');
    await expectAccessible(page);
  });

  it('the controller returns it with a note; an empty note is refused by its field', async () => {
    const { page } = controller;
    await page.goto(`${server.url}${AREA}#granskning`);
    await expect.poll(() => areaState(controller)).toBe('Klar för granskning');
    await panel(controller).getByRole('button', { name: 'Återsänd med kommentar' }).click();
    const note = page.getByLabel('Kommentar till områdeschefen');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.getByRole('button', { name: 'Återsänd området' }).click();
    await expect.poll(() => panel(controller).locator('.field-error').innerText()).toBe('Skriv vad områdeschefen ska rätta.');
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    await note.fill('Förklara vilka placeringar det gäller och vad de kostar.');
    await page.getByRole('button', { name: 'Återsänd området' }).click();
    await expect.poll(() => areaState(controller)).toBe('Återsänd');
    await expectAccessible(page);
  });

  it('the area manager sees the note in the to-do list and on the area page, fixes the text and marks it ready again', async () => {
    const { page } = manager;
    await page.goto(`${server.url}/att-gora`);
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: 'Utredningsenhet vuxen (april 2025) är återsänt' });
    await item.waitFor();
    expect(await item.innerText()).toContain('Controllerns kommentar: Förklara vilka placeringar det gäller och vad de kostar.');
    await expectAccessible(page);
    await item.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Utredningsenhet vuxen' }).waitFor();
    await expect.poll(() => areaState(manager)).toBe('Återsänd');
    expect(await panel(manager).locator('.cycle-note').innerText()).toBe(
      'Controllerns kommentar: Förklara vilka placeringar det gäller och vad de kostar.',
    );
    const comment = page.getByRole('textbox', { name: /^Kommentar till avvikelsen/ });
    await comment.fill('Fler placeringar än budgeterat: tre externa HVB-placeringar sedan februari, 1,2 mnkr.');
    const status = page.locator('.text-editor').filter({ has: comment }).locator('.text-status');
    await expect.poll(() => status.innerText()).toMatch(/^Sparad \(version \d+\)$/);
    await panel(manager).getByRole('button', { name: 'Markera klart' }).click();
    await expect.poll(() => areaState(manager)).toBe('Klar för granskning');
    // The manager may not accept their own area: the server says so.
    const accept = await manager.context.request.post(`${server.url}${API}/areas/utredning-vuxen/accept`, {
      headers: { 'x-csrf-token': manager.csrf },
    });
    expect(accept.status()).toBe(403);
  });

  it('the controller accepts it and, every area accepted, approves the whole report', async () => {
    const { page } = controller;
    // From the overview, where the area is ready again, to its page.
    await page.goto(`${server.url}${OVERVIEW}`);
    const ready = page.getByRole('row', { name: /Utredningsenhet vuxen/ });
    await expect.poll(() => ready.innerText()).toContain('Klar för granskning');
    await ready.getByRole('link', { name: 'Utredningsenhet vuxen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utredningsenhet vuxen' }).waitFor();
    await expect.poll(() => areaState(controller)).toBe('Klar för granskning');
    await panel(controller).getByRole('button', { name: 'Godkänn område' }).click();
    await expect.poll(() => areaState(controller)).toBe('Godkänd');
    // The other fourteen areas through the API (Familjerättsenheten first gets its texts).
    const post = (url: string, data?: unknown) =>
      controller.context.request.fetch(`${server.url}${url}`, {
        method: url.includes('/texts/') ? 'PUT' : 'POST',
        headers: { 'x-csrf-token': controller.csrf },
        ...(data ? { data } : {}),
      });
    for (const kind of ['comment', 'action'])
      expect(
        (await post(`/api/committees/socialnamnden/texts/2025-04/${kind}?area=familjeratt`, { body: 'Skrivet.', version: 0 })).status(),
      ).toBe(200);
    const state = (await (await controller.context.request.get(`${server.url}${API}`)).json()) as {
      areas: { id: string; state: string }[];
    };
    for (const a of state.areas.filter((x) => x.state !== 'accepted')) {
      expect((await post(`${API}/areas/${a.id}/ready`)).status()).toBe(200);
      expect((await post(`${API}/areas/${a.id}/accept`)).status()).toBe(200);
    }
    await page.goto(`${server.url}${OVERVIEW}`);
    await page.getByRole('heading', { level: 2, name: 'Hela rapporten' }).waitFor();
    await page.getByRole('button', { name: 'Godkänn hela rapporten' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Hela rapporten är godkänd.');
    const whole = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Hela rapporten' }) });
    expect(await whole.locator('.state-badge').first().innerText()).toBe('Godkänd');
    expect(await whole.innerText()).toContain('15 av 15 områden godkända.');
    const row = page.getByRole('row', { name: /Utredningsenhet vuxen/ });
    expect(await row.innerText()).toMatch(/Godkänd.*2025-05-07.*controller, \d{4}-\d\d-\d\d \d\d:\d\d/s);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('the controller publishes the approved report; a reader sees that version, and an import afterwards leaves it unchanged', async () => {
    const { page } = controller;
    // Publishing before approval is refused; here the report is approved (above).
    await page.goto(`${server.url}/socialnamnden/2025-04/versioner`);
    await page.getByRole('heading', { level: 1, name: 'Publicerade versioner' }).waitFor();
    await page.getByRole('button', { name: 'Publicera version 1' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 1 av rapporten för april 2025 är publicerad.' }).waitFor();
    const state = (await (await controller.context.request.get(`${server.url}${API}`)).json()) as {
      state: string;
      publishedVersion: number;
    };
    expect(state).toMatchObject({ state: 'published', publishedVersion: 1 });
    const frozen = async () =>
      (await controller.context.request.get(`${server.url}/api/committees/socialnamnden/versions/2025-04/1`)).text();
    const published = await frozen();

    const reader = await signIn('ledamot');
    try {
      expect((await reader.context.request.get(`${server.url}/api/committees/socialnamnden/reports/2025-04`)).status()).toBe(403);
      await reader.page.goto(`${server.url}/socialnamnden/2025-04`);
      const banner = reader.page.getByRole('region', { name: 'Version som visas' });
      await expect.poll(() => banner.locator('p').first().innerText()).toMatch(/^Publicerad version 1, .*\(publicerad av controller\)/);
      const row = () =>
        reader.page
          .getByRole('table', { name: /Resultat per verksamhetsområde/ })
          .getByRole('row')
          .filter({ hasText: 'Rekryteringsenheten' })
          .innerText();
      const before = await row();
      await expectAccessible(reader.page);

      // An import afterwards: 100 000 kr more of Rekryteringsenheten's purchases in April.
      const rows = await server.db.kysely
        .selectFrom('ledger_balances')
        .selectAll()
        .where('period', '=', '2025-04')
        .where('code', '=', '6130')
        .execute();
      const lines = rows.map(
        (r) => `2025-04;6130;${r.account};${((r.amount + (r.account === '4620' ? 10_000_000 : 0)) / 100).toFixed(2).replace('.', ',')}`,
      );
      const file = join(mkdtempSync(join(tmpdir(), 'uppf-browser-cycle-')), 'april.csv');
      writeFileSync(file, `period;ansvar;konto;belopp\n${lines.join('\n')}\n`);
      await importTable(server.db, file, { committeeId: 'socialnamnden', kind: 'actual', user: 'controller' });

      // The working report moved (its result 100 000 kr lower); the published version, byte for byte, and the reader's page did not.
      const draft = (await (await controller.context.request.get(`${server.url}/api/committees/socialnamnden/reports/2025-04`)).json()) as {
        areas: { code: string; actualResult: number }[];
      };
      expect(JSON.parse(published).areas.find((a: { code: string }) => a.code === 'rekrytering').actualResult - 10_000_000).toBe(
        draft.areas.find((a) => a.code === 'rekrytering')?.actualResult,
      );
      expect(await frozen()).toBe(published);
      await reader.page.reload();
      await expect.poll(row).toBe(before);
      expect(errors).toEqual([]);
    } finally {
      await reader.context.close();
    }
  });
});
