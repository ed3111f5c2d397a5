/**
 * The items page and the key figures in Chromium, on the demo: an item's inputs are changed and
 * its computation and the report follow; a wrong amount is shown by its field; key-figure values
 * are typed and pasted into the grid, a wrong one is marked, and the area page shows them; a bad
 * sheet names its row and column. axe finds no serious WCAG 2.1 AA violation on either page.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

const ITEMS = '/socialnamnden/2025-04/poster';
const KPIS = '/socialnamnden/2025-04/nyckeltal';
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe.skipIf(SKIP_BROWSER)('items and key figures in Chromium', () => {
  const session = browserSession();
  const report = async () =>
    (await (await session.server.fetch(`/api/committees/socialnamnden/reports/2025-04`)).json()) as {
      total: { forecastDeviation: number; committeeItems: { key: string; result: number }[] };
      kpis: { id: string; values: { area: string | null; period: string; value: number }[] }[];
    };

  it('lists the items with their inputs and computations', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}${ITEMS}`);
    await page.getByRole('heading', { level: 1, name: 'Poster på nämndnivå' }).waitFor();
    const table = page.getByRole('table', { name: /Poster i årsprognosen/ });
    const po = table.getByRole('row', { name: /Fastställt PO-påslag/ });
    expect(nb(await po.innerText())).toContain('100,0 mnkr × (44,5 % − 42,3 %) = 2,2 mnkr');
    expect(nb(await page.locator('.item-sum').innerText())).toBe('PO-påslag och löneöversyn: 2,2 − 0,6 = 1,6 mnkr');
    expect((await runAxe(page)).serious).toEqual([]);
  });

  it('changes the fixed PO rate: the preview, the table and the report follow', async () => {
    const { page } = session;
    await page.getByRole('button', { name: /^Ändra Fastställt PO-påslag/ }).click();
    const fixed = page.getByLabel('Fastställt PO-påslag, %');
    await expect.poll(() => fixed.inputValue()).toBe('42,3');
    await fixed.fill('42,0');
    await expect
      .poll(async () => nb(await page.locator('.item-preview .item-formula').innerText()))
      .toBe('100,0 mnkr × (44,5 % − 42 %) = 2,5 mnkr');
    await page.getByRole('button', { name: 'Spara ändringen' }).click();
    await expect.poll(async () => nb(await page.getByRole('status').innerText())).toMatch(/är sparad: .* = 2,5 mnkr\./);
    await expect.poll(async () => nb(await page.locator('.item-sum').innerText())).toContain('2,5 − 0,6 = 1,9 mnkr');
    expect((await report()).total.committeeItems.find((i) => i.key === 'po-paslag')?.result).toBe(250_000_000);
  });

  it('shows a wrong amount by its field, then adds the grant to the total', async () => {
    const { page } = session;
    const before = (await report()).total.forecastDeviation;
    await page.getByRole('radio', { name: 'Statsbidrag' }).check();
    await page.getByLabel('Nyckel').fill('nytt-bidrag');
    const amount = page.getByLabel('Belopp');
    await amount.fill('1,5 miljoner');
    await page.getByRole('button', { name: 'Lägg till posten' }).click();
    await expect.poll(() => amount.getAttribute('aria-invalid')).toBe('true');
    expect(await amount.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.field-error').first().innerText()).toContain('Okänd enhet "miljoner"');
    await amount.fill('1,5 mnkr');
    await page.getByRole('button', { name: 'Lägg till posten' }).click();
    await page.getByRole('row', { name: /Statsbidrag \(nytt-bidrag\)/ }).waitFor();
    await expect.poll(async () => (await report()).total.forecastDeviation).toBe(before + 150_000_000);
  });

  it('takes key-figure values typed and pasted into the grid, and marks a wrong one', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Nyckeltal' }).click();
    await page.waitForURL(`**${KPIS}`);
    await page.getByRole('heading', { level: 1, name: 'Nyckeltal' }).waitFor();
    const cell = (area: string, month: string) => page.getByLabel(`Placeringar på HVB, ${area}, ${month}`, { exact: true });
    expect(await cell('Utredningsenheter barn', 'april').inputValue()).toBe('11');
    // A block copied from Excel: two months of two rows, pasted from Hela nämnden, mars.
    await cell('Hela nämnden', 'mars').evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '31\t30\r\n2\t1,5\r\n');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await cell('Hela nämnden', 'april').inputValue()).toBe('30');
    expect(await cell('Utredningsenhet vuxen', 'april').inputValue()).toBe('1,5');
    await page.getByRole('button', { name: 'Spara värden' }).click();
    const wrong = cell('Utredningsenhet vuxen', 'april');
    await expect.poll(() => wrong.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').innerText()).toContain('Utredningsenhet vuxen, april: "1,5" ska vara ett heltal');
    expect((await runAxe(page)).serious).toEqual([]);
    await wrong.fill('2');
    await wrong.press('Enter');
    await page.getByRole('button', { name: 'Spara värden' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('4 värden för Placeringar på HVB är sparade.');
    const hvb = (await report()).kpis.find((k) => k.id === 'placeringar-hvb');
    expect(hvb?.values.filter((v) => v.area === null).map((v) => [v.period, v.value])).toEqual([
      ['2025-03', 31],
      ['2025-04', 30],
    ]);
  });

  it('names the row and column of a bad sheet, and shows the values on the area page', async () => {
    const { page } = session;
    await page.getByLabel('Fil med nyckeltal').setInputFiles({
      name: 'nyckeltal.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nyckeltal;område;period;värde\nsjukfranvaro;;2025-04;6,5\nsjukfranvaro;;2025-04;6,55\n'),
    });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    const error = page.locator('.form-panel', { hasText: 'Filen lästes inte in' });
    await expect.poll(() => error.innerText()).toMatch(/Rad\s*3[\s\S]*Kolumn\s*värde/);
    await page.goto(`${session.server.url}/socialnamnden/2025-04/omrade/utredning-barn`);
    const kpis = page.getByRole('table', { name: 'Områdets nyckeltal per månad' });
    const row = kpis.getByRole('row', { name: /Placeringar på HVB/ });
    await expect.poll(async () => (await row.getByRole('cell').allInnerTexts()).map(nb)).toEqual(['14', '13', '12', '11', '–']);
    expect((await runAxe(page)).serious).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
