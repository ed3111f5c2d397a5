/**
 * Downloading the report from the web app in Chromium: the report page's "Ladda ner" gives the
 * working draft (marked "Utkast") and, once a version is published, that version; a reader gets a
 * version's files from the Versioner page; the roll-up page gives its own. Each download is a real
 * file of its kind, named for what it is, and the pages pass axe.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { publishVersion } from '#app/versions.ts';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER, withUserPage } from '../helpers/browser-session.ts';
import { docxText, pdfText, xlsxText } from '../helpers/document-text.ts';

/** Clicks the link and answers the downloaded file's suggested name and bytes. */
async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe.skipIf(SKIP_BROWSER)('downloading the report in Chromium', () => {
  const session = browserSession();

  it('downloads the draft from the report page as PDF, Word and Excel', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04/rapport`);
    const downloads = page.getByRole('region', { name: 'Ladda ner' });
    await downloads.waitFor();
    const pdf = await download(page, downloads.getByRole('link', { name: 'PDF, arbetsutkast' }));
    expect(pdf.name).toBe('resultatrapport-socialnamnden-2025-04-utkast.pdf');
    expect(pdfText(pdf.bytes)).toMatch(/Utkast/);
    const word = await download(page, downloads.getByRole('link', { name: 'Word, arbetsutkast' }));
    expect(word.name).toBe('resultatrapport-socialnamnden-2025-04-utkast.docx');
    expect((await docxText(word.bytes)).body).toContain('Resultatrapport april 2025');
    const excel = await download(page, downloads.getByRole('link', { name: 'Excel, arbetsutkast' }));
    expect(excel.name).toBe('resultatrapport-socialnamnden-2025-04-utkast.xlsx');
    expect(await xlsxText(excel.bytes)).toContain('Utredningsenhet vuxen');
    const axe = await runAxe(page);
    expect(axe.all).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('offers the published version beside the draft once one is published', async () => {
    await publishVersion(session.server.db, 'socialnamnden', '2025-04', 'controller');
    const page = session.page;
    await page.reload();
    const downloads = page.getByRole('region', { name: 'Ladda ner' });
    await expect.poll(() => downloads.getByText('Publicerad version 1:').count()).toBe(1);
    const word = await download(page, downloads.getByRole('link', { name: 'Word, publicerad version 1' }));
    expect(word.name).toBe('resultatrapport-socialnamnden-2025-04-version-1.docx');
    expect((await docxText(word.bytes)).headers).not.toMatch(/Utkast/);
    await session.screenshot('report-downloads');
  });

  it("gives a reader the version's files on the Versioner page", async () => {
    await withUserPage(session, 'ledamot', async (page) => {
      await page.goto(`${session.server.url}/socialnamnden/2025-04/versioner`);
      const pdf = await download(page, page.getByRole('link', { name: 'PDF för version 1' }));
      expect(pdf.name).toBe('resultatrapport-socialnamnden-2025-04-version-1.pdf');
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await runAxe(page)).all).toEqual([]);
    });
  });

  it('downloads the roll-up to kommunstyrelsen from its page', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/sammanstallning/2025-04`);
    const excel = await download(page, page.getByRole('link', { name: 'Excel, sammanställningen för april 2025' }));
    expect(excel.name).toBe('sammanstallning-2025-04.xlsx');
    expect(await xlsxText(excel.bytes)).toContain('Socialnämnden');
    expect((await runAxe(page)).all).toEqual([]);
  });
});
