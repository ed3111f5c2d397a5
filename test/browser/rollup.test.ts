/**
 * The roll-up to kommunstyrelsen in a real browser (the real server on a fresh database with the
 * demo's three committees, Chromium, axe for WCAG 2.1 AA): reached from the home page, its table
 * with the municipality's total and the source of each committee's figures, a period chosen,
 * a committee's report opened from its row, and the committees' summaries.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '#app/report.ts';
import { publishVersion } from '#app/versions.ts';
import { formatMoney } from '#core/format.ts';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER, withUserPage } from '../helpers/browser-session.ts';

/** A deviation as the table prints it: "+10,5". */
const cell = (amount: number) => formatMoney(amount, 'mnkr', { signed: true, bare: true });

describe.skipIf(SKIP_BROWSER)('the roll-up to kommunstyrelsen in Chromium', () => {
  const session = browserSession({ demo: 'all' });
  const { pageErrors, screenshot } = session;
  async function expectAccessible() {
    const { serious } = await runAxe(session.page);
    expect(serious).toEqual([]);
  }
  const table = () => session.page.getByRole('table', { name: /Resultat per nämnd/ });
  const row = (name: string) => table().getByRole('row').filter({ hasText: name });

  it('opens from the home page with every committee, the total and where the figures come from', async () => {
    const page = session.page;
    await publishVersion(session.server.db, 'socialnamnden', '2025-04', 'controller');
    await page.goto(`${session.server.url}/`);
    await page.getByRole('link', { name: 'Sammanställning till kommunstyrelsen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sammanställning till kommunstyrelsen' }).waitFor();
    await page.waitForURL(/\/sammanstallning\/2025-04$/);
    await row('Tekniska nämnden').waitFor();
    for (const id of ['barn-och-utbildningsnamnden', 'socialnamnden', 'tekniska-namnden']) {
      const own = await buildReport(session.server.db, id, '2025-04');
      const cells = await row(own.committee.name).getByRole('cell').allInnerTexts();
      expect(cells[2], id).toBe(cell(own.total.deviation));
    }
    expect(await row('Socialnämnden').getByRole('cell').last().innerText()).toMatch(/^Publicerad version 1, \d{4}-\d\d-\d\d/);
    expect(await row('Tekniska nämnden').getByRole('cell').last().innerText()).toBe('Utkast');
    const total = await row('Kommunen totalt').getByRole('cell').allInnerTexts();
    expect(total[0]).toMatch(/^[\d\s\u00a0]+,\d$/);
    await page.getByRole('heading', { level: 2, name: 'Nämndernas sammanfattningar till kommunstyrelsen' }).waitFor();
    await page
      .getByRole('article', { name: 'Barn- och utbildningsnämnden' })
      .getByText('Förvaltningen har tagit fram en åtgärdsplan')
      .waitFor();
    await expectAccessible();
    await screenshot('rollup-april');
    expect(pageErrors).toEqual([]);
  });

  it('changes period, and opens a committee report from its row', async () => {
    const page = session.page;
    await page
      .getByRole('navigation', { name: /Period/ })
      .getByRole('link', { name: 'februari' })
      .click();
    await page.waitForURL(/\/sammanstallning\/2025-02$/);
    await page.getByRole('status').filter({ hasText: 'Visar sammanställningen för februari 2025.' }).waitFor({ state: 'attached' });
    const feb = await buildReport(session.server.db, 'tekniska-namnden', '2025-02');
    await expect.poll(async () => (await row('Tekniska nämnden').getByRole('cell').allInnerTexts())[2]).toBe(cell(feb.total.deviation));
    await expectAccessible();
    await row('Tekniska nämnden').getByRole('link', { name: 'Tekniska nämnden' }).click();
    await page.waitForURL(/\/tekniska-namnden\/2025-02\/rapport$/);
    await page.getByRole('heading', { level: 1, name: /Resultatrapport februari 2025/ }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("shows a reader Socialnämnden's published version only, linked to that version, and says when a month has none", async () => {
    await withUserPage(session, 'ledamot', async (page) => {
      await page.goto(`${session.server.url}/sammanstallning/2025-04`);
      const rows = page.getByRole('table', { name: /Resultat per nämnd/ }).getByRole('row');
      await rows.filter({ hasText: 'Socialnämnden' }).waitFor();
      expect(await rows.filter({ hasText: 'Tekniska nämnden' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Socialnämnden' }).click();
      await page.waitForURL(/\/socialnamnden\/2025-04\/version\/1$/);
      await page.goto(`${session.server.url}/sammanstallning/2025-03`);
      await rows.filter({ hasText: 'Ingen publicerad version för mars 2025.' }).waitFor();
      const { serious } = await runAxe(page);
      expect(serious).toEqual([]);
    });
  });
});
