/**
 * The HTML the PDF is made from, which is the preview's (renderHtml): the title block with the
 * municipality, the logo (only an image type as a data: URI), the committee, and the version, or
 * "Utkast" with its date and a banner; the contents as links only in the preview, with a place
 * for each section's page number when printed (the print layout itself: test/pdf-report.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '#report/html.ts';
import type { ReportDocument } from '#report/model.ts';
import { demoApril, TEST_NOW } from './helpers/pdf-demo.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('the report’s HTML for print and preview', () => {
  let doc: ReportDocument;
  beforeAll(async () => {
    doc = await demoApril();
  });

  it('marks a draft "Utkast" with the day it was printed (Swedish time), with a banner', () => {
    const html = renderHtml(doc, { now: new Date('2025-12-01T23:30:00Z') });
    expect(doc.cover.status.kind).toBe('draft');
    expect(html).toContain('<p class="version">Utkast, 2025-12-02</p>');
    expect(html).toContain('<p class="draft-banner"><span class="draft-label">Utkast</span>: rapporten är inte publicerad');
    expect(html).toContain('<header class="report-title draft">');
  });

  it('says which version a published report is, who published it and when, without a banner', () => {
    const published: ReportDocument = {
      ...doc,
      cover: { ...doc.cover, status: { kind: 'published', version: 2, publishedAt: '2025-05-12T06:15:00Z', publishedBy: 'controller' } },
    };
    const html = renderHtml(published, { now: TEST_NOW, fragment: true });
    expect(html).toContain('<p class="version">Version 2, publicerad 2025-05-12 av controller</p>');
    expect(html).not.toContain('draft-banner');
    expect(html).not.toContain('Utkast');
  });

  it('prints the municipality and its logo as a data: URI with its alternative text, escaped', () => {
    const withLogo: ReportDocument = {
      ...doc,
      cover: {
        ...doc.cover,
        municipality: 'Exempelkommun <b>',
        logo: { mediaType: 'image/png', base64: PNG, alt: 'Exempelkommuns "logotyp"' },
      },
    };
    const html = renderHtml(withLogo, { now: TEST_NOW, fragment: true });
    expect(html).toContain(
      `<div class="issuer"><img class="logo" src="data:image/png;base64,${PNG}" alt="Exempelkommuns &quot;logotyp&quot;"><p class="municipality">Exempelkommun &lt;b&gt;</p></div>`,
    );
  });

  it('leaves out a logo that is not a PNG, JPEG or SVG image in base64', () => {
    for (const logo of [
      { mediaType: 'text/html', base64: PNG, alt: 'x' },
      { mediaType: 'image/png', base64: `${PNG}" onerror="alert(1)`, alt: 'x' },
    ]) {
      const html = renderHtml({ ...doc, cover: { ...doc.cover, logo } }, { now: TEST_NOW });
      expect(html).not.toContain('<img');
      expect(html).not.toContain('onerror');
    }
  });

  it('gives the preview its contents as links only, and the print a place for each page number', () => {
    const preview = renderHtml(doc, { now: TEST_NOW, fragment: true });
    expect(preview).not.toContain('toc-page');
    expect(preview).toContain(`<li><a href="#${doc.sections[0]?.id}"><span class="num">1</span> ${doc.sections[0]?.title}</a></li>`);
    const reserved = renderHtml(doc, { now: TEST_NOW, tocPages: {} });
    expect(reserved.match(/<span class="toc-page"><\/span>/g)).toHaveLength(doc.sections.length);
    const numbered = renderHtml(doc, { now: TEST_NOW, tocPages: Object.fromEntries(doc.sections.map((s, i) => [s.id, i + 3])) });
    for (const [i, s] of doc.sections.entries()) {
      expect(numbered).toContain(
        `<a href="#${s.id}"><span class="num">${s.number}</span> ${s.title}</a><span class="toc-page">${i + 3}</span>`,
      );
    }
  });
});
