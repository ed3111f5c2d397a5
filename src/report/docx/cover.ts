/**
 * The cover or title block (municipality, logo, organisation, title, what the figures are, the
 * version or "Utkast" with its date), the table of contents as a Word TOC field over Heading 1–2
 * (its entries cached so a viewer that does not update fields still lists the sections), and the
 * running header ("Utkast" on every page of a draft, the committee and the period) and footer
 * ("Sida X av Y" from the PAGE and NUMPAGES fields).
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TableOfContents, TextRun } from 'docx';
import { swedishDate } from '#core/cycle.ts';
import type { Cover, PrintableDocument, RenderOptions } from '../model.ts';
import { sectionBookmark, sectionHeadingText } from './blocks.ts';
import { logoImage } from './image.ts';
import { STYLE } from './look.ts';
import { inlineText, xmlText } from './text.ts';

const day = (iso: string) => {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? xmlText(iso.slice(0, 10)) : swedishDate(at);
};

/** "Utkast 2026-12-02" or "Version 2, publicerad 2025-05-12 av Anna Andersson". */
export function statusLine(cover: Cover, options: RenderOptions): string {
  const s = cover.status;
  if (s.kind === 'draft') return `Utkast ${swedishDate(options.now ?? new Date())}`;
  const by = xmlText(s.publishedBy).trim();
  return `Version ${s.version}, publicerad ${day(s.publishedAt)}${by ? ` av ${by}` : ''}`;
}

export function coverChildren(doc: PrintableDocument, options: RenderOptions): Paragraph[] {
  const { cover } = doc;
  const out: Paragraph[] = [];
  const logo = cover.logo ? logoImage(cover.logo) : null;
  if (logo) out.push(new Paragraph({ spacing: { after: 240 }, children: [logo] }));
  const municipality = xmlText(cover.municipality).trim();
  if (municipality) out.push(new Paragraph({ style: STYLE.meta, children: [new TextRun({ text: municipality, bold: true })] }));
  out.push(
    new Paragraph({
      style: STYLE.kicker,
      spacing: { before: logo || municipality ? 120 : 1200 },
      children: [new TextRun(xmlText(cover.organisation))],
    }),
    new Paragraph({ style: 'Title', children: [new TextRun(xmlText(cover.title))] }),
    new Paragraph({ style: STYLE.meta, children: [new TextRun(xmlText(cover.subtitle))] }),
    new Paragraph({
      style: STYLE.meta,
      spacing: { before: 240 },
      children: [new TextRun({ text: statusLine(cover, options), bold: cover.status.kind === 'draft' })],
    }),
  );
  return out;
}

/** The table of contents: a TOC field over Heading 1–2 with hyperlinks; Word fills in the page numbers on opening (updateFields). */
export function tableOfContents(doc: PrintableDocument): (Paragraph | TableOfContents)[] {
  const cachedEntries = doc.sections.flatMap((s, i) => [
    { title: sectionHeadingText(s), level: 1, href: sectionBookmark(i) },
    ...s.blocks.flatMap((b) => (b.type === 'heading' && b.level === 3 ? [{ title: inlineText(doc, b.content), level: 2 }] : [])),
  ]);
  return [
    new Paragraph({ style: STYLE.tocHeading, children: [new TextRun('Innehåll')] }),
    new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-2', hideTabAndPageNumbersInWebView: true, cachedEntries }),
  ];
}

/** The running header: "Utkast" first on a draft, then who reports and the title with its period. */
export function pageHeader(cover: Cover): Header {
  const parts = [xmlText(cover.organisation), xmlText(cover.title)].filter((p) => p.trim() !== '');
  if (cover.status.kind === 'published') parts.push(`version ${cover.status.version}`);
  const rest = parts.join(' · ');
  const runs =
    cover.status.kind === 'draft'
      ? [new TextRun({ text: 'Utkast', bold: true }), ...(rest ? [new TextRun(` · ${rest}`)] : [])]
      : [new TextRun(rest)];
  return new Header({ children: [new Paragraph({ style: STYLE.header, children: runs })] });
}

export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
