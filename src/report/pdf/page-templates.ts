/**
 * The PDF's running header and footer, Chromium's header and footer templates: the committee (and
 * municipality) and the document's title above, the version or "Utkast" with its date and
 * "Sida x av y" below. Chromium draws them outside the structure tree; artifacts.ts marks them
 * as pagination artifacts. The templates are rendered on their own: styles must be inline and
 * every size explicit (their default font size is 0).
 */
import { escapeHtml } from '../escape.ts';
import { versionLine } from '../html-cover.ts';
import type { PrintableDocument } from '../model.ts';

const FONT = "font-family: Arial, 'Liberation Sans', Helvetica, 'Segoe UI', 'DejaVu Sans', sans-serif; font-size: 8pt; color: #333;";
/** The page's left and right margins (src/report/html-style.ts, @page). */
const SIDES = 'padding: 0 18mm 0 20mm;';
const ROW = `${FONT} ${SIDES} width: 100%; box-sizing: border-box; display: flex; justify-content: space-between; gap: 6mm; -webkit-print-color-adjust: exact;`;

export function headerTemplate(doc: PrintableDocument): string {
  const { cover } = doc;
  const issuer = [cover.municipality, cover.organisation].filter(Boolean).join(' · ');
  return `<div style="${ROW} margin-top: 9mm;"><span>${escapeHtml(issuer)}</span><span style="text-align: right;">${escapeHtml(cover.title)}</span></div>`;
}

export function footerTemplate(doc: PrintableDocument, now: Date): string {
  const draft = doc.cover.status.kind === 'draft';
  const version = versionLine(doc.cover.status, now);
  const status = draft
    ? `<span style="font-weight: 700; color: #8a1c1c;">${escapeHtml(version)}</span>`
    : `<span>${escapeHtml(version)}</span>`;
  return `<div style="${ROW} margin-bottom: 8mm;">${status}<span>Sida <span class="pageNumber"></span> av <span class="totalPages"></span></span></div>`;
}
