/**
 * Reading a .docx back in tests: its zip parts (yauzl) and their XML as a small element tree
 * (saxes, which throws on XML that is not well-formed), with the queries the Word tests need.
 */
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
  parent: XmlElement | null;
}

/** Every part of the zip, by its path. */
export async function unzipParts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  const parts = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          parts.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
        stream.on('error', reject);
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return parts;
}

/** Parses XML into a tree; throws at the first well-formedness error. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], parent: null };
  let current = root;
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    const el: XmlElement = { name: t.name, attributes: { ...(t.attributes as Record<string, string>) }, children: [], parent: current };
    current.children.push(el);
    if (!t.isSelfClosing) current = el;
  });
  parser.on('closetag', (t) => {
    if (!t.isSelfClosing && current.parent) current = current.parent;
  });
  parser.on('text', (t) => current.children.push(t));
  parser.write(text).close();
  return root;
}

export const isElement = (n: XmlElement | string): n is XmlElement => typeof n !== 'string';

/** Every element named `name` under `el`, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export const first = (el: XmlElement, name: string): XmlElement | undefined => findAll(el, name)[0];

/** The text of an element's w:t runs, concatenated. */
export const wordText = (el: XmlElement): string =>
  findAll(el, 'w:t')
    .map((t) => t.children.filter((c): c is string => typeof c === 'string').join(''))
    .join('');

/** A paragraph's style id (w:pPr/w:pStyle), or '' when it has none. */
export const paragraphStyle = (p: XmlElement): string => {
  const pPr = p.children.find((c): c is XmlElement => isElement(c) && c.name === 'w:pPr');
  const style = pPr?.children.find((c): c is XmlElement => isElement(c) && c.name === 'w:pStyle');
  return style?.attributes['w:val'] ?? '';
};

/** The parts of a Word document the tests read, parsed. */
export interface WordParts {
  parts: Map<string, Buffer>;
  document: XmlElement;
  styles: XmlElement;
  headers: XmlElement[];
  footers: XmlElement[];
}

export async function readWord(bytes: Uint8Array): Promise<WordParts> {
  const parts = await unzipParts(bytes);
  const xml = (name: string) => {
    const part = parts.get(name);
    if (!part) throw new Error(`no ${name} in the document`);
    return parseXml(part.toString('utf8'));
  };
  const named = (re: RegExp) => [...parts.keys()].filter((k) => re.test(k)).map(xml);
  // Every XML part must be well-formed, not only the ones the tests look into.
  for (const name of parts.keys()) if (/\.(xml|rels)$/.test(name)) xml(name);
  return {
    parts,
    document: xml('word/document.xml'),
    styles: xml('word/styles.xml'),
    headers: named(/^word\/header\d*\.xml$/),
    footers: named(/^word\/footer\d*\.xml$/),
  };
}
