/**
 * The report (or the roll-up: any PrintableDocument) as a Word document (.docx): a cover with a
 * table of contents, then the numbered sections. Word's own headings, styles, numbering, a table
 * style, fields for the TOC and the page numbers (updated when Word opens the file), the charts as
 * PNG images with their text alternatives. The figures are formatted as the HTML report formats
 * them, so the two show the same numbers.
 */
import { Document, Packer } from 'docx';
import { chartPng } from '../charts/render.ts';
import type { PrintableDocument, RenderOptions } from '../model.ts';
import { type BlockContext, sectionChildren } from './blocks.ts';
import { coverChildren, pageFooter, pageHeader, tableOfContents } from './cover.ts';
import { MARGIN, PAGE } from './page.ts';
import { documentStyles, NUMBERING } from './styles.ts';
import { xmlText } from './text.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function renderDocx(doc: PrintableDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  let listInstance = 0;
  const ctx: BlockContext = { doc, chartPng: (chart) => chartPng(chart), nextListInstance: () => ++listInstance };
  const body = doc.sections.flatMap((s, i) => sectionChildren(ctx, s, i));
  const file = new Document({
    title: xmlText(doc.title),
    creator: 'Uppföljning',
    lastModifiedBy: 'Uppföljning',
    description: xmlText(doc.cover.subtitle),
    styles: documentStyles(),
    numbering: NUMBERING,
    features: { updateFields: true },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        headers: { default: pageHeader(doc.cover) },
        footers: { default: pageFooter() },
        children: [...coverChildren(doc, options), ...tableOfContents(doc), ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
