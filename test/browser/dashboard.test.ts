/**
 * The web app in a real browser: the real server on a fresh demo database, Debian's Chromium,
 * and axe-core for WCAG 2.1 AA. Needs the built web app (built here if dist/web is missing).
 * Without Chromium the suite is skipped, except under CI=true where that is a failure.
 * UPPFOLJNING_SCREENSHOTS=<dir> saves screenshots of each view there.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { findChromium, launchChromium } from '../helpers/chromium.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { ensureWebBuild } from '../helpers/web-build.ts';

const chromiumPath = findChromium();
const inCi = process.env.CI === 'true';
if (!chromiumPath && !inCi) {
  console.warn('Chromium not found (set UPPFOLJNING_CHROME or apt-get install chromium): browser tests skipped.');
}

const screenshotDir = process.env.UPPFOLJNING_SCREENSHOTS;
const DASHBOARD = '/socialnamnden/2025-04';
/** The seed's figures, printed with no-break spaces and U+2212 minus. */
const mnkr = (text: string) => new RegExp(`^${text.replace('+', '\\+').replace('-', '[-\u2212]')}\\s*mnkr$`);

describe.skipIf(!chromiumPath && !inCi)('web app in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!chromiumPath) throw new Error('CI=true but Chromium was not found (UPPFOLJNING_CHROME or /usr/bin/chromium)');
    await ensureWebBuild();
    server = await startTestServer({ listen: true });
    browser = await launchChromium(chromiumPath);
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function screenshot(name: string) {
    if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
  }

  const card = (label: RegExp) =>
    page
      .locator('.card')
      .filter({ has: page.locator('dt', { hasText: label }) })
      .locator('.card-value');

  it('opens the latest period of the demo committee, with the totals and every area', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(`**${DASHBOARD}`);
    await expect.poll(() => page.title()).toBe('Socialnämnden, april 2025 – Uppföljning');
    await page.getByRole('heading', { level: 1, name: 'Socialnämnden' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');

    expect(await card(/^Resultat ackumulerat$/).innerText()).toMatch(mnkr('+13,7'));
    expect(await card(/^Avvikelse mot budget$/).innerText()).toMatch(mnkr('+10,5'));
    expect(await card(/^Årsprognos$/).innerText()).toMatch(mnkr('+22,0'));

    const table = page.getByRole('table', { name: /Resultat per verksamhetsområde/ });
    await expect
      .poll(() => table.getByRole('columnheader').allInnerTexts())
      .toEqual(['Verksamhetsområde', 'Resultat ack.', 'Budget ack.', 'Avvikelse', 'Avvikelse mars', 'Årsprognos (avvikelse)']);
    const report = (await (await fetch(`${server.url}/api/committees/socialnamnden/reports/2025-04`)).json()) as {
      areas: { name: string; material: boolean }[];
    };
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(report.areas.length);
    const rowOf = (name: string) => rows.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
    const material = report.areas.filter((a) => a.material);
    expect(material.length).toBeGreaterThan(0);
    for (const area of report.areas) {
      const header = await rowOf(area.name).getByRole('rowheader').innerText();
      expect(header.includes('Väsentlig'), area.name).toBe(area.material);
    }
    // Negative figures keep their sign (not colour alone).
    const negatives = await table.locator('td.negative').allInnerTexts();
    expect(negatives.length).toBeGreaterThan(0);
    for (const text of negatives) expect(text).toMatch(/^\u2212/);
    await screenshot('dashboard-april');
  });

  it('has no serious WCAG 2.1 AA violation on the dashboard', async () => {
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
  });

  it('switches to mars: the URL and the figures follow', async () => {
    const before = await card(/^Resultat ackumulerat$/).innerText();
    const periods = page.getByRole('navigation', { name: /^Period/ });
    expect(await periods.getByRole('link').allInnerTexts()).toEqual(['januari', 'februari', 'mars', 'april ✓']);
    await periods.getByRole('link', { name: 'mars', exact: true }).click();
    await page.waitForURL(`**/socialnamnden/2025-03`);
    await expect.poll(() => card(/^Resultat ackumulerat$/).innerText()).not.toBe(before);
    await expect.poll(() => page.title()).toBe('Socialnämnden, mars 2025 – Uppföljning');
    const current = periods.getByRole('link', { name: 'mars', exact: true });
    expect(await current.getAttribute('aria-current')).toBe('page');
    // Focus stays on the switcher (the user may go on to another month).
    expect(await current.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('columnheader', { name: 'Avvikelse februari' }).waitFor();
    await screenshot('dashboard-mars');

    await page.goBack();
    await page.waitForURL(`**${DASHBOARD}`);
    await expect.poll(() => card(/^Resultat ackumulerat$/).innerText()).toMatch(mnkr('+13,7'));
  });

  it('opens the report as a document with its table of contents and five sections', async () => {
    await page.getByRole('link', { name: /^Visa rapporten/ }).click();
    await page.waitForURL(`**${DASHBOARD}/rapport`);
    const article = page.locator('article.report');
    await article.waitFor();
    const sections = (
      (await (await fetch(`${server.url}/api/committees/socialnamnden/reports/2025-04`)).json()) as {
        sections: { number: string; title: string }[];
      }
    ).sections;
    expect(sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5']);
    const headings = await article.getByRole('heading').allInnerTexts();
    for (const section of sections) {
      expect(
        headings.some((h) => h.includes(section.title)),
        `heading "${section.title}"`,
      ).toBe(true);
    }
    const toc = article.getByRole('navigation');
    for (const section of sections.slice(1)) {
      await toc
        .getByRole('link', { name: new RegExp(escapeRegExp(section.title)) })
        .first()
        .waitFor();
    }
    expect(await page.title()).toMatch(/^Resultatrapport Socialnämnden april 2025/);
    const htmlLink = page.getByRole('link', { name: 'Öppna som HTML-fil' });
    expect(await htmlLink.getAttribute('href')).toBe('/api/committees/socialnamnden/reports/2025-04.html');
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isEnabled()).toBe(true);
    await screenshot('report-view');

    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
  });

  it('serves the standalone HTML report, accessible on its own', async () => {
    const response = await page.goto(`${server.url}/api/committees/socialnamnden/reports/2025-04.html`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.title()).not.toBe('');
    expect(await page.getByRole('heading').count()).toBeGreaterThanOrEqual(5);
    await screenshot('report-standalone');
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
  });

  it('shows errors in Swedish and starts the keyboard at the skip link', async () => {
    await page.goto(`${server.url}/okand-namnd/2025-04`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/kunde inte hämtas/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till huvudinnehållet');
    expect(pageErrors).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
