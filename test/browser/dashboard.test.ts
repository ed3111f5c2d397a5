/**
 * The web app in a real browser: the real server on a fresh demo database, Debian's Chromium,
 * and axe-core for WCAG 2.1 AA. Needs the built web app (built here if dist/web is missing).
 * Without Chromium the suite is skipped, except under CI=true where that is a failure.
 * UPPFOLJNING_SCREENSHOTS=<dir> saves screenshots of each view there.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

const DASHBOARD = '/socialnamnden/2025-04';
/** The seed's figures, printed with no-break spaces and U+2212 minus. */
const mnkr = (text: string) => new RegExp(`^${text.replace('+', '\\+').replace('-', '[-\u2212]')}\\s*mnkr$`);

describe.skipIf(SKIP_BROWSER)('web app in Chromium', () => {
  const session = browserSession();
  const { pageErrors, screenshot } = session;

  const card = (label: RegExp) =>
    session.page
      .locator('.card')
      .filter({ has: session.page.locator('dt', { hasText: label }) })
      .locator('.card-value');

  it('opens the latest period of the demo committee, with the totals and every area', async () => {
    await session.page.goto(`${session.server.url}/`);
    await session.page.waitForURL(`**${DASHBOARD}`);
    await expect.poll(() => session.page.title()).toBe('Socialnämnden, april 2025 – Uppföljning');
    await session.page.getByRole('heading', { level: 1, name: 'Socialnämnden' }).waitFor();
    expect(await session.page.locator('html').getAttribute('lang')).toBe('sv');

    expect(await card(/^Resultat ackumulerat$/).innerText()).toMatch(mnkr('+13,7'));
    expect(await card(/^Avvikelse mot budget$/).innerText()).toMatch(mnkr('+10,5'));
    expect(await card(/^Årsprognos$/).innerText()).toMatch(mnkr('+22,0'));

    const table = session.page.getByRole('table', { name: /Resultat per verksamhetsområde/ });
    await expect
      .poll(() => table.getByRole('columnheader').allInnerTexts())
      .toEqual(['Verksamhetsområde', 'Resultat ack.', 'Budget ack.', 'Avvikelse', 'Avvikelse mars', 'Årsprognos (avvikelse)']);
    const report = (await (await session.server.fetch(`/api/committees/socialnamnden/reports/2025-04`)).json()) as {
      areas: { name: string; material: boolean }[];
    };
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(report.areas.length);
    const rowOf = (name: string) => rows.filter({ has: session.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
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
    const { serious } = await runAxe(session.page);
    expect(serious).toEqual([]);
  });

  it('switches to mars: the URL and the figures follow', async () => {
    const before = await card(/^Resultat ackumulerat$/).innerText();
    const periods = session.page.getByRole('navigation', { name: /^Period/ });
    expect(await periods.getByRole('link').allInnerTexts()).toEqual(['januari', 'februari', 'mars', 'april ✓']);
    await periods.getByRole('link', { name: 'mars', exact: true }).click();
    await session.page.waitForURL(`**/socialnamnden/2025-03`);
    await expect.poll(() => card(/^Resultat ackumulerat$/).innerText()).not.toBe(before);
    await expect.poll(() => session.page.title()).toBe('Socialnämnden, mars 2025 – Uppföljning');
    const current = periods.getByRole('link', { name: 'mars', exact: true });
    expect(await current.getAttribute('aria-current')).toBe('page');
    // Focus stays on the switcher (the user may go on to another month).
    expect(await current.evaluate((el) => el === document.activeElement)).toBe(true);
    await session.page.getByRole('columnheader', { name: 'Avvikelse februari' }).waitFor();
    await screenshot('dashboard-mars');

    await session.page.goBack();
    await session.page.waitForURL(`**${DASHBOARD}`);
    await expect.poll(() => card(/^Resultat ackumulerat$/).innerText()).toMatch(mnkr('+13,7'));
  });

  it('opens the report as a document with its table of contents and its six sections', async () => {
    await session.page.getByRole('link', { name: /^Visa rapporten/ }).click();
    await session.page.waitForURL(`**${DASHBOARD}/rapport`);
    const article = session.page.locator('article.report');
    await article.waitFor();
    const sections = (
      (await (await session.server.fetch(`/api/committees/socialnamnden/reports/2025-04`)).json()) as {
        sections: { number: string; title: string }[];
      }
    ).sections;
    expect(sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6']);
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
    expect(await session.page.title()).toMatch(/^Resultatrapport Socialnämnden april 2025/);
    const htmlLink = session.page.getByRole('link', { name: 'Öppna som HTML-fil' });
    expect(await htmlLink.getAttribute('href')).toBe('/api/committees/socialnamnden/reports/2025-04.html');
    expect(await session.page.getByRole('button', { name: 'Skriv ut' }).isEnabled()).toBe(true);
    await screenshot('report-view');

    const { serious } = await runAxe(session.page);
    expect(serious).toEqual([]);
  });

  it('serves the standalone HTML report, accessible on its own', async () => {
    const response = await session.page.goto(`${session.server.url}/api/committees/socialnamnden/reports/2025-04.html`);
    expect(response?.status()).toBe(200);
    expect(await session.page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await session.page.title()).not.toBe('');
    expect(await session.page.getByRole('heading').count()).toBeGreaterThanOrEqual(5);
    await screenshot('report-standalone');
    const { serious } = await runAxe(session.page);
    expect(serious).toEqual([]);
  });

  it('shows errors in Swedish and starts the keyboard at the skip link', async () => {
    await session.page.goto(`${session.server.url}/okand-namnd/2025-04`);
    const alert = session.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/kunde inte hämtas/);
    await session.page.keyboard.press('Tab');
    expect(await session.page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till huvudinnehållet');
    expect(pageErrors).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
