/**
 * A committee with a split fiscal year (July–June) in a real browser: the labels, the period
 * switcher and the investments heading follow its fiscal year, not the calendar year.
 * Before the contract carried the fiscal year this failed on "januari–mars 2010", the
 * calendar-year labels the issue names.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';
import { importAndWait } from '../helpers/imports.ts';

/** Fiscal years 2009-07 – 2010-06 (previous) and 2010-07 – 2011-06 (current), one voucher a month. */
function splitYearSie(): string {
  const lines = ['#FLAGGA 0', '#SIETYP 4', '#FNAMN "Kulturnämnden"', '#RAR 0 20100701 20110630', '#RAR -1 20090701 20100630'];
  lines.push('#KONTO 5010 "Löner"', '#KONTO 1930 "Bank"', '#DIM 1 "Ansvar"', '#OBJEKT 1 "100" "Bibliotek"');
  const months = ['200907', '200908', '200909', '200910', '200911', '200912', '201001', '201002', '201003', '201007', '201008'];
  months.forEach((p, i) => {
    lines.push(`#PBUDGET ${p < '201007' ? -1 : 0} ${p} 5010 {1 "100"} 10000.00`);
    lines.push(`#VER A ${i + 1} ${p}15 "Lön ${p}"`, '{', `#TRANS 5010 {1 "100"} 9000.00`, '#TRANS 1930 {} -9000.00', '}');
  });
  return `${lines.join('\n')}\n`;
}

describe.skipIf(SKIP_BROWSER)('a split fiscal year in Chromium', () => {
  const session = browserSession();
  const { pageErrors, screenshot } = session;
  const lead = () => session.page.locator('.page-head .lead').innerText();
  const switcher = () => session.page.getByRole('navigation', { name: /^Period/ });

  it('labels the year to date and the fiscal year from July', async () => {
    const job = await importAndWait(session.server.app, { kind: 'sie', committee: 'kulturnamnden' }, splitYearSie(), 'kultur.se');
    expect(job.state).toBe('done');
    await session.page.goto(`${session.server.url}/kulturnamnden/2010-03`);
    await session.page.getByRole('heading', { level: 1, name: 'Kulturnämnden' }).waitFor();
    await expect.poll(lead).toBe('Ekonomiskt läge ackumulerat juli 2009 – mars 2010');
    expect(await switcher().getByRole('heading').innerText()).toBe('Period 2009/2010');
    expect(await switcher().getByRole('link').allInnerTexts()).toEqual([
      'juli',
      'augusti',
      'september',
      'oktober',
      'november',
      'december',
      'januari',
      'februari',
      'mars ✓',
      '2010/2011',
    ]);
    expect(await session.page.locator('#areas-caption').innerText()).toMatch(/ackumulerat juli 2009 – mars 2010, i mnkr$/);
    expect(await session.page.locator('#investments-heading').innerText()).toBe('Investeringar 2009/2010');
    await screenshot('split-year-dashboard');
    const { serious } = await runAxe(session.page);
    expect(serious).toEqual([]);
  });

  it('switches within the year and to the next fiscal year', async () => {
    await switcher().getByRole('link', { name: 'december', exact: true }).click();
    await session.page.waitForURL('**/kulturnamnden/2009-12');
    await expect.poll(lead).toBe('Ekonomiskt läge ackumulerat juli–december 2009');
    await switcher().getByRole('link', { name: '2010/2011' }).click();
    await session.page.waitForURL('**/kulturnamnden/2010-08');
    await expect.poll(lead).toBe('Ekonomiskt läge ackumulerat juli–augusti 2010');
    expect(await switcher().getByRole('link').allInnerTexts()).toEqual(['juli', 'augusti ✓', '2009/2010']);
  });

  it('labels the drill-down pages from July', async () => {
    await session.page.goto(`${session.server.url}/kulturnamnden/2010-03/omrade/100`);
    await expect.poll(lead).toBe('Avvikelse per kontogrupp och konto, ackumulerat juli 2009 – mars 2010');
    await session.page
      .getByRole('table', { name: /resultat per kontogrupp/ })
      .getByRole('link', { name: /^5010/ })
      .click();
    await expect.poll(lead).toBe('Konteringar ackumulerat juli 2009 – mars 2010, senaste först');
    // The nine months July–March of the year to date, not January–March.
    await expect
      .poll(() =>
        session.page
          .getByRole('table', { name: /Konteringar på konto/ })
          .locator('tbody tr')
          .count(),
      )
      .toBe(9);
    expect(pageErrors).toEqual([]);
  });
});
