/**
 * Text measured as the charts draw it, without a canvas: a character's advance in DejaVu Sans
 * (the widest of the fonts the charts name, so the text fits in the others too), and labels
 * fitted to a width in at most so many lines, with an ellipsis where they had to be cut.
 */

/** A character's advance in ems. */
function advance(c: string): number {
  if (/[\s\u00a0\u202f]/.test(c)) return 0.32;
  if ("iljI.,:;|!'".includes(c)) return 0.28;
  if ('frt()[]-/'.includes(c)) return 0.4;
  if ('mwMW'.includes(c)) return 0.98;
  if (/[0-9+\u2212=<>_#$%&?]/.test(c)) return 0.64;
  if (/\p{Lu}/u.test(c)) return 0.72;
  return 0.62;
}

export function textWidth(text: string, fontSize = 12): number {
  let width = 0;
  for (const c of text) width += advance(c) * fontSize;
  return width;
}

const ELLIPSIS = '…';

function cut(text: string, width: number, fontSize: number): string {
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}${ELLIPSIS}`, fontSize) > width) chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}

/** Breaks a word wider than the line into pieces that fit. */
function pieces(word: string, width: number, fontSize: number): string[] {
  const out: string[] = [];
  let piece = '';
  for (const c of word) {
    if (piece && textWidth(piece + c, fontSize) > width) {
      out.push(piece);
      piece = '';
    }
    piece += c;
  }
  if (piece) out.push(piece);
  return out;
}

/** The text in lines no wider than `width` px, at most `maxLines` of them ("\n" between), cut with "…". */
export function fitLines(text: string, width: number, maxLines: number, fontSize = 12): string {
  const lines: string[] = [];
  let line = '';
  // Breaks at spaces only: a no-break space ("6,0 %") stays.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (textWidth(joined, fontSize) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const parts = pieces(word, width, fontSize);
    line = parts.pop() ?? '';
    lines.push(...parts);
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.join('\n');
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = cut(`${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, width, fontSize);
  return kept.join('\n');
}
