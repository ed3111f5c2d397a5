/**
 * Marks what a page draws outside the structure tree as artifacts. Chromium's tagged PDF puts the
 * page's own content in marked-content sequences tied to the structure tree, but draws the header
 * and footer templates (and some borders) unmarked: neither content nor artifact, which PDF/UA
 * forbids and which checkers report as untagged content. This wraps each unmarked text object,
 * painted path, image and shading in `/Artifact <</Type /Pagination>> BDC … EMC`.
 *
 * Works on the decoded content stream as a latin1 string (one char per byte), with a small
 * lexer of the content stream syntax (ISO 32000-1, 7.8.2): strings, names, arrays, dictionaries,
 * comments and inline images are skipped as units, so nothing inside them reads as an operator.
 */

const OPEN = '/Artifact <</Type /Pagination >>BDC\n';
const CLOSE = '\nEMC\n';

const WHITE = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const DELIM = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const PATH_START = new Set(['m', 're']);
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const XOBJECT = new Set(['Do', 'sh']);
/** Operators that may sit inside an artifact between two drawings: they only set the graphics state. */
const STATE = new Set([
  'rg',
  'RG',
  'g',
  'G',
  'k',
  'K',
  'cs',
  'CS',
  'sc',
  'SC',
  'scn',
  'SCN',
  'gs',
  'w',
  'J',
  'j',
  'M',
  'd',
  'ri',
  'i',
  'cm',
]);

interface Operator {
  name: string;
  /** Where its first operand (or itself, without operands) starts, and where it ends. */
  start: number;
  end: number;
}

/** Skips a literal string starting at its "(": returns the index after its ")". */
function skipLiteral(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return s.length;
}

/** After "ID": the inline image's data, up to the "EI" that ends it. */
function skipInlineImage(s: string, i: number): number {
  const at = s.slice(i).search(/[\0\t\n\f\r ]EI(?=[\0\t\n\f\r ]|$)/);
  return at < 0 ? s.length : i + at + 3;
}

/** The operators of a content stream, each with the span of its operands. */
export function operators(s: string): Operator[] {
  const out: Operator[] = [];
  let operandStart = -1;
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (WHITE.has(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '%') {
      while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
      continue;
    }
    if (c === '(') i = skipLiteral(s, i);
    else if (c === '<' && s[i + 1] === '<') i += 2;
    else if (c === '>' && s[i + 1] === '>') i += 2;
    else if (c === '<') i = s.indexOf('>', i) + 1 || s.length;
    else if (c === '[' || c === ']' || c === '{' || c === '}') i++;
    else if (c === '/') {
      i++;
      while (i < s.length && !WHITE.has(s[i] as string) && !DELIM.has(s[i] as string)) i++;
    } else {
      while (i < s.length && !WHITE.has(s[i] as string) && !DELIM.has(s[i] as string)) i++;
      const word = s.slice(start, i);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && word !== 'true' && word !== 'false' && word !== 'null') {
        out.push({ name: word, start: operandStart < 0 ? start : operandStart, end: i });
        operandStart = -1;
        if (word === 'ID') {
          i = skipInlineImage(s, i);
          const image = out.pop() as Operator;
          out.push({ ...image, end: i, name: 'EI' });
        }
        continue;
      }
    }
    if (operandStart < 0) operandStart = start;
  }
  return out;
}

/** The spans [start, end) of what is drawn outside any marked-content sequence. */
export function unmarkedSpans(s: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  /** The text object open (BT … ET), and whether marked content began inside it. */
  let text: { start: number; depth: number; marked: boolean } | null = null;
  let pathStart = -1;
  let imageStart = -1;
  const unmarked = (start: number, end: number) => {
    if (depth === 0) spans.push([start, end]);
  };
  for (const op of operators(s)) {
    if (op.name === 'BDC' || op.name === 'BMC') {
      depth++;
      if (text) text.marked = true;
    } else if (op.name === 'EMC') depth = Math.max(0, depth - 1);
    else if (op.name === 'BT') text = { start: op.start, depth, marked: false };
    else if (op.name === 'ET') {
      if (text && text.depth === 0 && !text.marked) unmarked(text.start, op.end);
      text = null;
    } else if (text) continue;
    else if (PATH_START.has(op.name) && pathStart < 0) pathStart = op.start;
    else if (op.name === 'n') pathStart = -1;
    else if (PAINT.has(op.name)) {
      if (pathStart >= 0) unmarked(pathStart, op.end);
      pathStart = -1;
    } else if (XOBJECT.has(op.name)) unmarked(op.start, op.end);
    else if (op.name === 'BI') imageStart = op.start;
    else if (op.name === 'EI') {
      unmarked(imageStart >= 0 ? imageStart : op.start, op.end);
      imageStart = -1;
    }
  }
  return spans;
}

/** Joins spans with only graphics-state operators between them (a dotted line is hundreds of dots). */
function joined(s: string, spans: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && operators(s.slice(last[1], span[0])).every((op) => STATE.has(op.name))) last[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/** The content stream with every unmarked drawing wrapped as a pagination artifact. */
export function markArtifacts(s: string): { content: string; marked: number } {
  const spans = joined(s, unmarkedSpans(s));
  if (spans.length === 0) return { content: s, marked: 0 };
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += `${s.slice(at, start)}${OPEN}${s.slice(start, end)}${CLOSE}`;
    at = end;
  }
  return { content: out + s.slice(at), marked: spans.length };
}
