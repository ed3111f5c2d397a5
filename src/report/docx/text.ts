/**
 * Text into Word runs: every string is made safe for XML (characters XML 1.0 cannot hold are
 * removed; docx escapes & < > itself), and figures are formatted exactly as the HTML report
 * formats them (formatFigure), in the character style "Belopp".
 */
import { TextRun } from 'docx';
import { formatFigure } from '../html.ts';
import type { Inline, PrintableDocument } from '../model.ts';
import { FIGURE_STYLE } from './look.ts';

/** C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF; unpaired surrogates. */
const XML_ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text as Word can hold it: XML-illegal characters removed, and tabs and line breaks as spaces
 * (as the HTML report shows them: texts are split into paragraphs before they get here).
 */
export function xmlText(s: string): string {
  return s.replace(XML_ILLEGAL, '').replace(/[\t\r\n]+/g, ' ');
}

export interface RunLook {
  bold?: boolean;
  italics?: boolean;
  /** Figures in running text stand out (as the HTML's semi-bold); in tables they do not. */
  boldFigures?: boolean;
  /** In half-points; absent: the style's. */
  size?: number;
}

/** A figure as the HTML report prints it. */
function figureText(doc: PrintableDocument, id: string): string {
  const f = doc.figures[id];
  if (!f) throw new Error(`report refers to an unknown figure ${id}`);
  return formatFigure(f);
}

/** The runs of a piece of inline content: text runs and formatted figures. */
export function inlineRuns(doc: PrintableDocument, parts: readonly Inline[], look: RunLook = {}): TextRun[] {
  const base = { bold: look.bold, italics: look.italics, size: look.size };
  return parts.flatMap((p) => {
    if (typeof p === 'string') {
      const text = xmlText(p);
      return text === '' ? [] : [new TextRun({ ...base, text })];
    }
    return [
      new TextRun({ ...base, text: figureText(doc, p.figure), style: FIGURE_STYLE, bold: look.bold || look.boldFigures || undefined }),
    ];
  });
}

/** The plain text of inline content (the table of contents' cached entries, column widths). */
export function inlineText(doc: PrintableDocument, parts: readonly Inline[]): string {
  return parts.map((p) => (typeof p === 'string' ? xmlText(p) : figureText(doc, p.figure))).join('');
}
