/**
 * Warnings about the file as a whole, given once it has been read: its encoding, accounts and
 * objects used without being declared, and how objects are named in messages.
 */
import type { ReadContext } from './context.ts';
import { claimedEncoding } from './encoding.ts';
import type { SieParser } from './parser.ts';

/** At most this many object ids are named in one message. */
const NAMED = 5;

/**
 * Names objects for a message, grouped by dimension in order of appearance, e.g.
 * `dimension 1: 777, 778; dimension 6: P1 …` (an ellipsis when there are more than NAMED).
 */
export function nameObjects(ctx: ReadContext, objects: Iterable<number>): string {
  const byDimension = new Map<number, string[]>();
  let n = 0;
  let more = false;
  for (const o of objects) {
    if (n === NAMED) {
      more = true;
      break;
    }
    const dim = ctx.objects.tagOf(o);
    let ids = byDimension.get(dim);
    if (!ids) byDimension.set(dim, (ids = []));
    const id = ctx.objects.strings[o]!;
    ids.push(/^[^\s,;"]+$/.test(id) ? id : `"${id}"`);
    n++;
  }
  const parts = [...byDimension].map(([dim, ids]) => `dimension ${dim}: ${ids.join(', ')}`);
  return `${parts.join('; ')}${more ? ' …' : ''}`;
}

/** Accounts and objects used without #KONTO or #OBJEKT. */
export function undeclaredWarnings(ctx: ReadContext): void {
  const accounts = ctx.accountNames.filter((n) => n === undefined).length;
  if (accounts > 0) ctx.warn(`${accounts} ${accounts === 1 ? 'konto' : 'konton'} används utan att anges med #KONTO`, 0);
  const objects: number[] = [];
  ctx.objectNames.forEach((name, o) => {
    if (name === undefined) objects.push(o);
  });
  if (objects.length > 0) ctx.warn(`${objects.length} objekt används utan att anges med #OBJEKT (${nameObjects(ctx, objects)})`, 0);
}

export function encodingWarnings(p: SieParser): void {
  const ctx = p.ctx;
  const detected = p.detection.encoding;
  const odd = p.detection.odd;
  if (odd > 0 && detected === 'utf8') {
    ctx.warn(`${odd} byte följer inte teckenkodningen UTF-8 (den första på den här raden); de läses som "\uFFFD"`, p.oddLine);
  } else if (odd > 0) {
    ctx.warn(
      `${odd} byte motsvarar inget troligt tecken i teckenkodningen ${detected} (den första på den här raden); filen kan blanda teckenkodningar`,
      p.oddLine,
    );
  }
  const claimed = claimedEncoding(p.format);
  if (claimed === null) ctx.warn(`okänt #FORMAT "${p.format}"; filen läses med teckenkodningen ${detected}`, 0);
  else if (claimed !== detected) {
    const claim = p.format === null ? `saknar #FORMAT (alltså PC8, ${claimed})` : `anger #FORMAT ${p.format} (${claimed})`;
    ctx.warn(`filen ${claim} men har teckenkodningen ${detected}; den läses som ${detected}`, 0);
  }
  if (ctx.decoder.invalidUtf8 > 0 && odd === 0)
    ctx.warn(`${ctx.decoder.invalidUtf8} fält har byte som inte följer teckenkodningen UTF-8 (de läses som "\uFFFD")`, 0);
}
