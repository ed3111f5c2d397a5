/**
 * Published versions in a real browser (the real server on a fresh demo database, Debian's
 * Chromium, axe for WCAG 2.1 AA): the controller publishes April from the Versioner page; an
 * import and a text edit change the working draft; version 2 is published and the diff page
 * names the changed figure and text; the dashboard switches between the draft and a version; a
 * reader (published versions only) sees the latest published version, and for a month without
 * one, a message.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTable } from '#app/import-table.ts';
import { saveText } from '#app/texts.ts';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER, signInContext } from '../helpers/browser-session.ts';

describe.skipIf(SKIP_BROWSER)('published versions in Chromium', () => {
  const session = browserSession({ user: 'controller' });
  const { pageErrors, screenshot } = session;
  async function expectAccessible(page = session.page) {
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
  }
  /** Rekryteringsenheten's row on the dashboard as version 2 shows it (after the import). */
  let rowOfVersion2 = '';
  const rekryteringRow =
    (page = session.page) =>
    () =>
      page
        .getByRole('table', { name: /Resultat per verksamhetsområde/ })
        .getByRole('row')
        .filter({ hasText: 'Rekryteringsenheten' })
        .innerText();

  /** Another 100 000 kr of purchases for Rekryteringsenheten in April, and a new comment: the draft changes. */
  async function changeTheDraft() {
    const db = session.server.db;
    const rows = await db.kysely
      .selectFrom('ledger_balances')
      .selectAll()
      .where('period', '=', '2025-04')
      .where('code', '=', '6130')
      .execute();
    const lines = rows.map(
      (r) => `2025-04;6130;${r.account};${((r.amount + (r.account === '4620' ? 10_000_000 : 0)) / 100).toFixed(2).replace('.', ',')}`,
    );
    const file = join(mkdtempSync(join(tmpdir(), 'uppf-browser-versions-')), 'april.csv');
    writeFileSync(file, `period;ansvar;konto;belopp\n${lines.join('\n')}\n`);
    await importTable(db, file, { committeeId: 'socialnamnden', kind: 'actual', user: 'controller' });
    await saveText(db, {
      committeeId: 'socialnamnden',
      period: '2025-04',
      areaId: 'rekrytering',
      kind: 'comment',
      body: 'Fler köpta jourhem än budgeterat, och en dyr placering i april.',
      version: null,
      user: 'omradeschef',
    });
  }

  it('publishes from the Versioner page, and a later import and edit leave the version as it was', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04`);
    const banner = page.getByRole('region', { name: 'Version som visas' });
    const showing = () => banner.locator('p').first().innerText();
    await expect.poll(showing).toMatch(/^Arbetsutkast – /);
    const rowPublished = await rekryteringRow()();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Versioner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Publicerade versioner' }).waitFor();
    await page.getByText('Ingen version för april 2025 är publicerad ännu.').waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'Publicera version 1' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 1 av rapporten för april 2025 är publicerad.' }).waitFor();
    const table = page.getByRole('table', { name: /Publicerade versioner för april 2025/ });
    await table.getByRole('rowheader', { name: 'Version 1' }).waitFor();

    await changeTheDraft();
    await page.getByRole('button', { name: 'Publicera version 2' }).click();
    await table.getByRole('rowheader', { name: 'Version 2' }).waitFor();
    await expectAccessible();
    await screenshot('versions-list');

    await table.getByRole('link', { name: 'Ändringar mot version 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ändringar från version 1 till version 2' }).waitFor();
    const area = page.getByRole('region', { name: 'Rekryteringsenheten' });
    const figures = area.getByRole('table', { name: 'Ändrade siffror för Rekryteringsenheten' });
    expect(await figures.getByRole('row').filter({ hasText: 'Köp av verksamhet: utfall' }).getByRole('cell').last().innerText()).toBe(
      '\u2212100\u00a0tkr',
    );
    expect(await area.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('dyr')]));
    await expectAccessible();
    await screenshot('versions-diff');

    // The dashboard: the draft has the import, version 1 the figures as published.
    await page.goto(`${session.server.url}/socialnamnden/2025-04`);
    await expect.poll(showing).toMatch(/^Arbetsutkast – /);
    await expect.poll(rekryteringRow()).not.toBe(rowPublished);
    const rowOfDraft = await rekryteringRow()();
    await banner.getByRole('link', { name: /^Version 1/ }).click();
    await expect.poll(showing).toMatch(/^Publicerad version 1, \d{4}-\d\d-\d\d \d\d:\d\d \(publicerad av /);
    expect(await banner.getByRole('link', { name: /^Version 1/ }).getAttribute('aria-current')).toBe('page');
    await expect.poll(rekryteringRow()).toBe(rowPublished);
    await expectAccessible();
    await banner.getByRole('link', { name: /^Version 2/ }).click();
    await expect.poll(showing).toMatch(/^Publicerad version 2, /);
    await expect.poll(rekryteringRow()).toBe(rowOfDraft);
    rowOfVersion2 = rowOfDraft;
    expect(pageErrors).toEqual([]);
  });

  it('shows a reader the latest published version, never the draft, and says when a month has none', async () => {
    const browser = session.page.context().browser();
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    try {
      context.setDefaultTimeout(10_000);
      await signInContext(context, session.server.url, 'ledamot');
      expect((await context.request.get(`${session.server.url}/api/committees/socialnamnden/reports/2025-04`)).status()).toBe(403);
      const page = await context.newPage();
      await page.goto(`${session.server.url}/socialnamnden/2025-04`);
      const banner = page.getByRole('region', { name: 'Version som visas' });
      const showing = () => banner.locator('p').first().innerText();
      await expect.poll(showing).toMatch(/^Publicerad version 2, \d{4}-\d\d-\d\d \d\d:\d\d \(publicerad av controller\)/);
      await expect.poll(rekryteringRow(page)).toBe(rowOfVersion2);
      expect(await banner.getByRole('link', { name: 'Arbetsutkast' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: /Visa rapporten/ }).count()).toBe(0);
      await expectAccessible(page);

      await page.goto(`${session.server.url}/socialnamnden/2025-03`);
      await expect
        .poll(showing)
        .toBe('Ingen publicerad version för mars 2025 ännu. Rapporten visas här när nämndens controller har publicerat den.');
      expect(await page.getByRole('table', { name: /Resultat per verksamhetsområde/ }).count()).toBe(0);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
