/**
 * The budget pages in Chromium: the dashboard flags Tillståndsenheten "Ej periodiserad budget" and
 * links to its periodization; a decision is added by keyboard (a wrong amount first, which its field
 * names), reaches the revised budget and the report, and is removed; a profile periodizes the
 * flagged line and the flag goes; an investment project is added. Every page axe-clean.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

const DASHBOARD = '/socialnamnden/2025-04';
const API = '/api/committees/socialnamnden';

describe.skipIf(SKIP_BROWSER)('budget pages in Chromium', () => {
  const session = browserSession();
  const { screenshot } = session;
  const json = async (url: string) => (await session.server.fetch(`${url}`)).json();
  const budgetResult = async (area: string) =>
    ((await json(`${API}/reports/2025-04`)) as { areas: { code: string; budgetResult: number }[] }).areas.find((a) => a.code === area)
      ?.budgetResult;

  it('flags Tillståndsenheten on the dashboard and links to its periodization', async () => {
    await session.page.goto(`${session.server.url}${DASHBOARD}`);
    const table = session.page.getByRole('table', { name: /Resultat per verksamhetsområde/ });
    const badges = table.getByRole('link', { name: /Ej periodiserad budget/ });
    await badges.first().waitFor();
    expect(await badges.count()).toBe(1);
    const row = table.locator('tbody tr').filter({ has: session.page.getByRole('link', { name: /Ej periodiserad budget/ }) });
    expect(await row.getByRole('rowheader').innerText()).toMatch(/^Tillståndsenheten/);
    // The dashboard lists the investment projects, from the same data as section 4.
    const projects = session.page.getByRole('table', { name: 'Investeringsprojekt, mnkr' });
    expect(await projects.getByRole('rowheader').allInnerTexts()).toEqual(['Inventarier och möbler', 'Anpassning av lokaler']);
    expect(await runAxe(session.page).then((r) => r.serious)).toEqual([]);
    await badges.first().click();
    await session.page.waitForURL(`**${DASHBOARD}/budget/periodisering`);
    await session.page.getByRole('heading', { level: 1, name: 'Periodisering av budgeten' }).waitFor();
    expect(await session.page.getByLabel('Område och kontogrupp', { exact: true }).inputValue()).toBe('tillstand/intakter');
  });

  it('periodizes the flagged line by a profile: the months follow and the flag goes', async () => {
    const page = session.page;
    await page.getByRole('radio', { name: 'Profil med tolv vikter' }).check();
    const weights = page.getByLabel('Vikter, januari till december');
    await weights.fill('1; 2; 3');
    await page.getByRole('button', { name: 'Spara periodiseringen' }).click();
    await page.getByText('Ange tolv vikter, en per månad (nu 3).').waitFor();
    expect(await weights.getAttribute('aria-invalid')).toBe('true');
    expect(await weights.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await runAxe(page).then((r) => r.serious)).toEqual([]);
    await weights.fill('0; 0; 0; 0; 0; 0; 0; 0; 1; 1; 1; 1');
    await weights.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Tillståndsenheten, intäkter: profil med tolv vikter.' }).waitFor();
    const months = page.getByRole('table', { name: /Profil med tolv vikter, tkr/ });
    await expect.poll(() => months.locator('td').allInnerTexts()).toEqual([...new Array(8).fill('0'), '222', '222', '222', '222']);
    const report = (await json(`${API}/reports/2025-04`)) as { areas: { code: string; budgetNotPeriodized: boolean }[] };
    expect(report.areas.find((a) => a.code === 'tillstand')?.budgetNotPeriodized).toBe(false);
    await screenshot('budget-periodisering');
    await page.getByRole('radio', { name: 'Som den inlästa budgeten' }).check();
    await page.getByRole('button', { name: 'Spara periodiseringen' }).click();
    await page.getByRole('status').filter({ hasText: 'som den inlästa budgeten' }).waitFor();
  });

  it('adds a decision by keyboard, sees it in the revised budget and the report, and removes it', async () => {
    const page = session.page;
    await page.getByRole('navigation', { name: 'Budget' }).getByRole('link', { name: 'Beslut och reviderad budget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Budgetbeslut' }).waitFor();
    expect(
      await page
        .getByRole('table', { name: /Budgetbeslut 2025/ })
        .getByRole('rowheader')
        .allInnerTexts(),
    ).toEqual([
      expect.stringMatching(/^Kommunstyrelsen: att utöka nämndens kommunbidrag/),
      expect.stringMatching(/^Kommunfullmäktige: gällande justering av investeringsbudget/),
    ]);
    expect(await runAxe(page).then((r) => r.serious)).toEqual([]);
    const before = await budgetResult('boende');
    await page.getByLabel('Beslutande organ').selectOption('KS');
    await page.getByLabel('Beslutsdatum').fill('2025-03-12');
    await page.getByLabel('Paragraf eller diarienummer (valfritt)').fill('§ 12');
    await page.getByLabel('Vad beslutet gäller').fill('att utöka ramen för boendestöd');
    await page.getByLabel('Område', { exact: true }).selectOption({ label: 'Boendeenheten' });
    const amount = page.getByLabel('Belopp', { exact: true });
    await amount.fill('120 pund');
    await amount.press('Enter');
    await page.getByText(/Okänd enhet "pund"/).waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    await amount.fill('120 tkr');
    await amount.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Beslutet ks-2025-03-12 är sparat.' }).waitFor();
    // 120 tkr more kommunbidrag a year, straight: 40 tkr by April.
    expect(((await budgetResult('boende')) ?? 0) - (before ?? 0)).toBe(4_000_000);
    const history = page.locator('details', { hasText: 'Historik: Boendeenheten' });
    await history.getByRole('rowheader', { name: /att utöka ramen för boendestöd/ }).waitFor();
    expect(await history.locator('tbody tr').last().locator('td').allInnerTexts()).toEqual([
      '2025-03-12',
      'Kommunbidrag',
      '+120',
      '+120',
      expect.any(String),
    ]);
    await screenshot('budget-beslut');
    const remove = page.getByRole('button', { name: 'Ta bort beslutet ks-2025-03-12' });
    await remove.focus();
    // It asks first.
    const asked = page.waitForEvent('dialog').then(async (d) => {
      expect(d.message()).toContain('Ta bort budgetbeslutet ks-2025-03-12?');
      await d.accept();
    });
    await page.keyboard.press('Enter');
    await asked;
    await page.getByRole('status').filter({ hasText: 'Beslutet ks-2025-03-12 är borttaget.' }).waitFor();
    expect(await budgetResult('boende')).toBe(before);
  });

  it("shows Övergripande's budget with the KS decision on its area page", async () => {
    const page = session.page;
    await page.goto(`${session.server.url}${DASHBOARD}/omrade/overgripande`);
    const section = page.getByRole('region', { name: 'Budget 2025' });
    await section.getByText(/efter ett beslut/).waitFor();
    expect(await section.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^2025-02-19: kommunbidrag \+47\s*tkr \(resultatet \+47\s*tkr\)$/),
    ]);
    expect(await runAxe(page).then((r) => r.serious)).toEqual([]);
  });

  it('adds an investment project: the investment budget follows', async () => {
    await session.page.goto(`${session.server.url}${DASHBOARD}/budget`);
    const page = session.page;
    await page.getByRole('navigation', { name: 'Budget' }).getByRole('link', { name: 'Investeringar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Investeringsprojekt' }).waitFor();
    await page.getByRole('table', { name: 'Investeringsprojekt, mnkr' }).waitFor();
    expect(await runAxe(page).then((r) => r.serious)).toEqual([]);
    await page.getByLabel('Id').fill('ombyggnad');
    await page.getByLabel('Namn').fill('Ombyggnad av lokaler');
    await page.getByLabel('Ursprunglig budget').fill('0,3 mnkr');
    await page.getByLabel('Konton för utfallet (valfritt)').fill('4010');
    await page.getByRole('button', { name: 'Spara projektet' }).click();
    await page.getByText(/"4010" är inget investeringskonto/).waitFor();
    await page.getByLabel('Konton för utfallet (valfritt)').fill('1110');
    await page.getByRole('button', { name: 'Spara projektet' }).click();
    await page.getByRole('status').filter({ hasText: 'Projektet Ombyggnad av lokaler är sparat.' }).waitFor();
    const report = (await json(`${API}/reports/2025-04`)) as { investments: { adjustedBudget: number } };
    expect(report.investments.adjustedBudget).toBe(200_000_000);
    await page.getByRole('rowheader', { name: /Ombyggnad av lokaler/ }).waitFor();
    await screenshot('budget-investeringar');
  });
});
