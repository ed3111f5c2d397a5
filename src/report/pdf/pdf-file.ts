/**
 * What the renderer reads from and mends in Chromium's PDF (pdf-lib): the page each section
 * starts on (its named destination, the target of the contents' link), the header and footer
 * marked as artifacts, and outline titles with the spaces Chromium drops where a heading wraps.
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import { markArtifacts } from './content-stream.ts';

function lookup(pdf: PDFDocument, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? pdf.context.lookup(value) : value;
}

const fromUrl = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The 1-based page of each named destination that is given, by name. Chromium names a link
 * target by its URL fragment, percent-encoded ("#årsprognos" is "%C3%A5rsprognos").
 */
export function destinationPages(pdf: PDFDocument, names: readonly string[]): Record<string, number> {
  const dests = lookup(pdf, pdf.catalog.get(PDFName.of('Dests')));
  const pageOf = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out: Record<string, number> = {};
  if (!(dests instanceof PDFDict)) return out;
  const wanted = new Set(names);
  for (const [key, value] of dests.entries()) {
    const name = [key.decodeText(), fromUrl(key.decodeText())].find((n) => wanted.has(n));
    if (name === undefined) continue;
    const dest = lookup(pdf, value);
    const target = dest instanceof PDFDict ? lookup(pdf, dest.get(PDFName.of('D'))) : dest;
    const page = target instanceof PDFArray ? target.get(0) : undefined;
    const number = page ? pageOf.get(page.toString()) : undefined;
    if (number !== undefined) out[name] = number;
  }
  return Object.fromEntries(names.filter((n) => out[n] !== undefined).map((n) => [n, out[n] as number]));
}

function decoded(stream: PDFRawStream): string | null {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const bytes = stream.getContents();
  if (filter === undefined) return Buffer.from(bytes).toString('latin1');
  if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) return inflateSync(bytes).toString('latin1');
  return null;
}

/** Wraps every page's unmarked drawing (the header and footer) as artifacts; returns how many. */
export function markPageArtifacts(pdf: PDFDocument): number {
  let marked = 0;
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = pdf.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const text = decoded(stream);
      if (text === null) continue;
      const result = markArtifacts(text);
      if (result.marked === 0) continue;
      marked += result.marked;
      pdf.context.assign(ref, pdf.context.flateStream(Buffer.from(result.content, 'latin1')));
    }
  }
  return marked;
}

/** Without any white space (JavaScript's \\s includes the no-break space). */
const bare = (s: string) => s.replace(/\s+/g, '');

function titleOf(pdf: PDFDocument, item: PDFDict): string {
  const title = lookup(pdf, item.get(PDFName.of('Title')));
  return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
}

function outlineItems(pdf: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const visit = (first: PDFObject | undefined) => {
    let item = lookup(pdf, first);
    while (item instanceof PDFDict) {
      items.push(item);
      visit(item.get(PDFName.of('First')));
      item = lookup(pdf, item.get(PDFName.of('Next')));
    }
  };
  const root = lookup(pdf, pdf.catalog.get(PDFName.of('Outlines')));
  if (root instanceof PDFDict) visit(root.get(PDFName.of('First')));
  return items;
}

/** The outline's titles, in order (pre-order, as a reader's bookmarks list them). */
export function outlineTitles(pdf: PDFDocument): string[] {
  return outlineItems(pdf).map((item) => titleOf(pdf, item));
}

/**
 * Gives each outline item the text of its heading (in document order), where the two are the
 * same but for white space: Chromium joins a wrapped heading's lines without the space.
 */
export function mendOutlineTitles(pdf: PDFDocument, headings: readonly string[]): void {
  let next = 0;
  for (const item of outlineItems(pdf)) {
    const title = bare(titleOf(pdf, item));
    const at = headings.findIndex((h, i) => i >= next && bare(h) === title);
    if (at < 0) continue;
    next = at + 1;
    const text = (headings[at] as string).replace(/[ \t\r\n]+/g, ' ').trim();
    if (text !== titleOf(pdf, item)) item.set(PDFName.of('Title'), PDFHexString.fromText(text));
  }
}

const xmlText = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

/**
 * The XMP metadata PDF/UA asks for (dc:title, and the language), beside the document information
 * Chromium writes. It claims no conformance level (pdfuaid): nothing here has checked one.
 */
export function setXmpMetadata(pdf: PDFDocument, meta: { title: string; language: string }): void {
  const xmp = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${xmlText(meta.language)}</rdf:li></rdf:Bag></dc:language>
<dc:format>application/pdf</dc:format>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = pdf.context.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
