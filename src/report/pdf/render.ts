/**
 * The PDF of a printable document, made by Chromium from the same HTML as the preview
 * (renderHtml) with its print CSS: A4, tagged (structure tree), an outline of the headings, the
 * running header and footer, and a table of contents with page numbers.
 *
 * Chromium has no target-counter(), so the contents' page numbers take passes: the first renders
 * with room kept for the numbers, reads the page each section starts on (the named destinations
 * of the contents' links), writes them in and renders again; it is done when a render's pages are
 * the ones its contents say (at most MAX_PASSES renders). The last render is then mended: the
 * header and footer marked as artifacts, the outline's titles spaced as their headings.
 */
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { renderHtml } from '../html.ts';
import type { PrintableDocument, RenderOptions } from '../model.ts';
import { PdfRenderError } from './errors.ts';
import { footerTemplate, headerTemplate } from './page-templates.ts';
import { destinationPages, markPageArtifacts, mendOutlineTitles, setXmpMetadata } from './pdf-file.ts';

export const MAX_PASSES = 3;

export interface PdfResult {
  bytes: Uint8Array;
  /** The page each section starts on, by section id (as the contents print them). */
  sectionPages: Record<string, number>;
  pages: number;
  passes: number;
}

/** A section Chromium gave no destination for (none known) keeps an empty place in the contents. */
const samePages = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>, ids: readonly string[]) =>
  ids.every((id) => a[id] === b[id]);

/** Renders the document to PDF in the given (fresh) page. */
export async function renderPdfOnPage(page: Page, doc: PrintableDocument, options: RenderOptions = {}): Promise<PdfResult> {
  const now = options.now ?? new Date();
  const ids = doc.sections.map((s) => s.id);
  const print = {
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(doc),
    footerTemplate: footerTemplate(doc, now),
  };
  let written: Record<string, number> = {};
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    await page.setContent(renderHtml(doc, { now, tocPages: written }), { waitUntil: 'load' });
    // Fastest: parse at once (the default yields to the event loop every 100 objects, 10 times slower here).
    const pdf = await PDFDocument.load(await page.pdf(print), { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    const found = destinationPages(pdf, ids);
    if (samePages(found, written, ids)) {
      markPageArtifacts(pdf);
      mendOutlineTitles(pdf, await page.locator('h1, h2, h3, h4, h5, h6').allTextContents());
      setXmpMetadata(pdf, { title: doc.title, language: 'sv' });
      const bytes = await pdf.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
      return { bytes, sectionPages: found, pages: pdf.getPageCount(), passes: pass };
    }
    written = found;
  }
  throw new PdfRenderError(
    `PDF:en kunde inte göras: innehållsförteckningens sidnummer ändrade sidbrytningarna ${MAX_PASSES} gånger i rad.`,
    'layout',
  );
}
