/**
 * The report's files over HTTP (PDF, Word, Excel): the draft marked "Utkast" until a version is
 * published, then the latest published version (frozen: a later edit is only in the draft, which
 * ?utkast=1 gives), a given version by number, file names that say which, a reader's access
 * (published versions only), 404 in Swedish for a version that does not exist, and ETags.
 */
import { describe, expect, it } from 'vitest';
import { saveText } from '#app/texts.ts';
import { publishVersion } from '#app/versions.ts';
import { MEDIA_TYPES } from '#report/formats.ts';
import { SKIP_BROWSER } from './helpers/browser-session.ts';
import { docxText, pdfText, xlsxText } from './helpers/document-text.ts';
import { testServerSuite } from './helpers/server.ts';

const REPORT = '/api/committees/socialnamnden/reports/2025-04';
const LATER_TEXT = 'Tillagt efter publiceringen.';

describe.skipIf(SKIP_BROWSER)('the report as PDF, Word and Excel over HTTP', () => {
  const suite = testServerSuite();
  const bytes = (res: { rawPayload: Buffer }) => new Uint8Array(res.rawPayload);

  it('gives the draft, marked "Utkast", while nothing is published', async () => {
    for (const format of ['pdf', 'docx', 'xlsx'] as const) {
      const res = await suite.get(`${REPORT}.${format}`);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers['content-type']).toBe(MEDIA_TYPES[format]);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="resultatrapport-socialnamnden-2025-04-utkast.${format}"`);
    }
    expect(pdfText(bytes(await suite.get(`${REPORT}.pdf`)))).toMatch(/Utkast/);
    expect((await docxText(bytes(await suite.get(`${REPORT}.docx`)))).headers).toMatch(/Utkast/);
    expect(await xlsxText(bytes(await suite.get(`${REPORT}.xlsx`)))).toMatch(/Utkast/);
  });

  it('gives the latest published version once there is one, frozen; the draft with ?utkast=1', async () => {
    const { db } = suite.server;
    await publishVersion(db, 'socialnamnden', '2025-04', 'controller');
    await saveText(db, {
      committeeId: 'socialnamnden',
      period: '2025-04',
      areaId: null,
      kind: 'summary',
      body: LATER_TEXT,
      version: null,
      user: 'controller',
    });
    const published = await suite.get(`${REPORT}.docx`);
    expect(published.headers['content-disposition']).toBe('attachment; filename="resultatrapport-socialnamnden-2025-04-version-1.docx"');
    const text = await docxText(bytes(published));
    expect(text.headers).not.toMatch(/Utkast/);
    expect(text.body).toMatch(/Version 1/);
    expect(text.body).not.toContain(LATER_TEXT);
    const draft = await suite.get(`${REPORT}.docx?utkast=1`);
    expect(draft.headers['content-disposition']).toMatch(/-utkast\.docx"$/);
    expect((await docxText(bytes(draft))).body).toContain(LATER_TEXT);
    const pdf = pdfText(bytes(await suite.get(`${REPORT}.pdf`)));
    expect(pdf).not.toContain(LATER_TEXT);
    expect(pdf).not.toMatch(/Utkast/);
    const byNumber = await suite.get('/api/committees/socialnamnden/versions/2025-04/1/xlsx');
    expect(byNumber.statusCode).toBe(200);
    expect(byNumber.headers['content-disposition']).toMatch(/-version-1\.xlsx"$/);
  });

  it('lets a reader download the published version, not the draft', async () => {
    const reader = await suite.server.as('ledamot');
    expect((await reader(`${REPORT}.pdf`)).statusCode).toBe(403);
    const version = await reader('/api/committees/socialnamnden/versions/2025-04/1/pdf');
    expect(version.statusCode).toBe(200);
    expect(version.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says in Swedish that a version does not exist, and answers 304 to the same ETag', async () => {
    const missing = await suite.get(`${REPORT}.pdf?version=7`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatch(/ingen publicerad version 7 för april 2025/);
    const bad = await suite.get(`${REPORT}.pdf?version=noll`);
    expect(bad.statusCode).toBe(400);
    const first = await suite.get(`${REPORT}.xlsx`);
    const again = await suite.server.app.inject({ url: `${REPORT}.xlsx`, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });
});
