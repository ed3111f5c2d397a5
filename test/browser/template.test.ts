/**
 * The report template page in a real browser (the real server on a fresh demo database,
 * Chromium, axe for WCAG 2.1 AA): two sections swapped with the keyboard (the move announced,
 * focus kept), one renamed, the charts removed, saved; the report page follows (its sections'
 * order and headings). A stale save is shown as such and keeps what was typed. The controller
 * reaches the page from the menu; the reader has no such entry.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';
import { PNG_1x1 } from '../helpers/images.ts';

const PAGE = '/socialnamnden/rapportmall';

describe.skipIf(SKIP_BROWSER)('the report template page in Chromium', () => {
  const session = browserSession();
  const { pageErrors, screenshot } = session;

  it('reorders, renames and removes the charts, saves, and the report follows', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}${PAGE}`);
    await page.getByRole('heading', { level: 1, name: 'Rapportmall' }).waitFor();
    const heading = (n: number) => page.getByRole('textbox', { name: `Rubrik för avsnitt ${n}` });
    expect(await heading(1).inputValue()).toBe('Resultatrapport');
    expect(await heading(2).inputValue()).toBe('Resultat');
    expect(await page.getByRole('textbox', { name: 'Kommunens namn' }).inputValue()).toBe('Exempelkommun');
    expect(await page.getByRole('img', { name: 'Exempelkommuns logotyp' }).count()).toBe(1);
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
    await screenshot('template-page');

    // "Resultat" up with the keyboard: announced, focus stays on the button pressed.
    const up = page.getByRole('button', { name: 'Flytta upp Resultat', exact: true });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Resultat flyttades upp till plats 1 av 6.');
    expect(await heading(1).inputValue()).toBe('Resultat');
    expect(await heading(2).inputValue()).toBe('Resultatrapport');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('↑ Flytta upp Resultat');
    // At the top it says so instead of moving.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Resultat kan inte flyttas upp: det är först.');

    await heading(3).fill('Prognos för helåret');
    for (const name of [
      'Avvikelse per verksamhetsområde',
      'Ackumulerat utfall mot budget per månad',
      'Årsprognosens utveckling',
      'Nyckeltal över året',
    ]) {
      const box = page.getByRole('checkbox', { name });
      expect(await box.isChecked(), name).toBe(true);
      await box.uncheck();
    }
    await page.getByRole('button', { name: 'Spara mallen' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Rapportmallen är sparad.');
    const stored = (await (await session.server.fetch('/api/committees/socialnamnden/template')).json()) as {
      template: { sections: { key: string; title: string }[]; charts: string[] };
    };
    expect(stored.template.sections.map((s) => s.title)).toEqual([
      'Resultat',
      'Resultatrapport',
      'Prognos för helåret',
      'Investeringsverksamhet',
      'Sammanfattande kommentarer till kommunstyrelsen (FU)',
      'Nyckeltal',
    ]);
    expect(stored.template.charts).toEqual([]);

    await page.goto(`${session.server.url}/socialnamnden/2025-04/rapport`);
    const report = page.locator('article.report');
    await report.locator('section h2').first().waitFor();
    expect((await report.locator('section > h2').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      '1 Resultat',
      '2 Resultatrapport',
      '3 Prognos för helåret',
      '4 Investeringsverksamhet',
      '5 Sammanfattande kommentarer till kommunstyrelsen (FU)',
    ]);
    expect(await report.locator('figure.chart, .report-chart').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows a stale save as such, keeping what was typed', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}${PAGE}`);
    await page.getByRole('heading', { level: 1, name: 'Rapportmall' }).waitFor();
    const title = page.getByRole('textbox', { name: 'Rubrik för avsnitt 1' });
    await title.fill('Min rubrik');
    // Someone else saves meanwhile.
    const current = (await (await session.server.fetch('/api/committees/socialnamnden/template')).json()) as {
      template: { cover: { municipality: string } };
      version: number;
    };
    const other = await session.server.fetch('/api/committees/socialnamnden/template', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...current.template, cover: { municipality: 'Annan kommun' }, version: current.version }),
    });
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: 'Spara mallen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Mallen har ändrats av någon annan' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/ingenting sparades/);
    expect(await title.inputValue()).toBe('Min rubrik');
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
    await page.getByRole('button', { name: 'Läs in den sparade mallen' }).click();
    await expect.poll(() => title.inputValue()).toBe('Resultat');
    expect(await page.getByRole('textbox', { name: 'Kommunens namn' }).inputValue()).toBe('Annan kommun');
    await page.getByRole('button', { name: 'Spara mallen' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Rapportmallen är sparad.');
  });
});

describe.skipIf(SKIP_BROWSER)('the logo on the template page', () => {
  const session = browserSession();
  it('refuses an HTML file named logo.png, takes a PNG with its text alternative, removes it, and resets the template', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}${PAGE}`);
    await page.getByRole('heading', { level: 2, name: 'Logotyp' }).waitFor();
    const file = page.getByLabel('Ny logotyp');
    const alt = page.getByRole('textbox', { name: 'Textalternativ' });
    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await alt.fill('Ny logotyp');
    await page.getByRole('button', { name: 'Ladda upp logotypen' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'ingen PNG- eller JPEG-bild' });
    await error.waitFor();
    expect(await error.innerText()).toMatch(/Ingenting ändrades\.$/);
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('img', { name: 'Exempelkommuns logotyp' }).count()).toBe(1);

    // 5 MB: refused before it is even read.
    await file.setInputFiles({ name: 'stor.png', mimeType: 'image/png', buffer: Buffer.concat([PNG_1x1, Buffer.alloc(5 * 1024 ** 2)]) });
    await page.getByRole('button', { name: 'Ladda upp logotypen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bilden är 5121 kB; logotypen får vara högst 512 kB.' }).waitFor();

    await file.setInputFiles({ name: 'vapen.png', mimeType: 'image/png', buffer: PNG_1x1 });
    await page.getByRole('img', { name: 'Förhandsvisning: Ny logotyp' }).waitFor();
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
    await page.getByRole('button', { name: 'Ladda upp logotypen' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Logotypen är sparad.');
    await page.getByRole('img', { name: 'Ny logotyp' }).waitFor();
    const logo = await session.server.fetch('/api/committees/socialnamnden/template/logo');
    expect(Buffer.from(await logo.arrayBuffer()).equals(PNG_1x1)).toBe(true);
    await page.getByRole('button', { name: 'Ta bort logotypen' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Logotypen är borttagen.');
    await page.getByText('Rapporten har ingen logotyp.').waitFor();

    // Back to the default template: asked first, focus on the confirmation.
    await page.getByRole('button', { name: 'Återställ standardmallen' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, återställ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Standardmallen är återställd.');
    await page.getByText('Nämnden har standardmallen').waitFor();
    expect(await page.getByRole('textbox', { name: 'Kommunens namn' }).inputValue()).toBe('');
  });
});

describe.skipIf(SKIP_BROWSER)('the template page in the menu', () => {
  const session = browserSession({ user: 'controller' });
  it('is in the controller’s menu of the committee', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rapportmall' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapportmall' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(PAGE);
  });
});

describe.skipIf(SKIP_BROWSER)('the template page for an area manager', () => {
  const session = browserSession({ user: 'omradeschef' });
  it('is not in the menu, and the page says who may change the template', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04`);
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Texter' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Rapportmall' }).count()).toBe(0);
    await page.goto(`${session.server.url}${PAGE}`);
    await page.getByText('Bara nämndens controller och administratörer kan ändra rapportmallen.').waitFor();
    expect(await page.getByRole('button', { name: 'Spara mallen' }).count()).toBe(0);
    expect((await runAxe(page)).serious).toEqual([]);
  });
});
