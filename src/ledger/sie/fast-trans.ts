/**
 * The hot path: a #TRANS line read straight from its bytes, without the general tokenizer, for the
 * shapes that make up nearly every file (fields without escapes). Anything unusual (a backslash
 * in quotes, a quote not closed, a malformed amount or list) makes it give up, having added
 * nothing, so that the general path reads the line and reports what is wrong with it. So does a
 * control byte (the general path warns about it) in the fields it reads, which are all of the
 * line's when vouchers go to a sink (as in an import); without one, the text fields are skipped
 * unread, control bytes and all. A tab inside quotes also takes the general path.
 */
import type { ReadContext } from './context.ts';
import { NO_OBJECTS, OTHER_DIMENSIONS } from './tables.ts';
import { BACKSLASH, LBRACE, parseDate, parseOre, QUOTE, RBRACE, SPACE, TAB } from './tokenizer.ts';

/** A byte the fast path takes inside quotes: printable (or ≥ 0x80), no quote or backslash. */
const inQuotes = (c: number): boolean => (c > QUOTE ? c !== BACKSLASH : c === SPACE || c === 0x21);
/** The first index from p that is no blank (space or tab). */
function skipBlanks(buf: Buffer, p: number, end: number): number {
  while (p < end && (buf[p] === SPACE || buf[p] === TAB)) p++;
  return p;
}
/** The index of the quote that closes a quoted field whose text starts at p; -1 when it needs the general path. */
function closingQuote(buf: Buffer, p: number, end: number): number {
  while (p < end && inQuotes(buf[p]!)) p++;
  return p < end && buf[p] === QUOTE ? p : -1;
}
/** True from p to end there is no control byte (below 0x20 but tab). */
function clean(buf: Buffer, p: number, end: number): boolean {
  for (; p < end; p++) if (buf[p]! < SPACE && buf[p] !== TAB) return false;
  return true;
}

/** Result of a successful fast read; fields are reused from line to line. */
export class FastTrans {
  account = 0;
  /** Object index of the chosen dimension, NO_OBJECTS or OTHER_DIMENSIONS. */
  object = NO_OBJECTS;
  /** Object index of the project dimension, or NO_OBJECTS. */
  project = NO_OBJECTS;
  amount = 0;
  /** Byte range of the transaction text (only looked for when `wantText`). */
  textStart = 0;
  textEnd = 0;

  /**
   * Reads the fields after the label, from p to end. Returns false when the general path must
   * read the line.
   */
  read(ctx: ReadContext, buf: Buffer, p: number, end: number, wantText: boolean): boolean {
    p = skipBlanks(buf, p, end);
    // Account.
    let s = p;
    if (buf[p] === QUOTE) {
      s = ++p;
      p = closingQuote(buf, p, end);
      if (p < 0) return false;
    } else {
      while (p < end && buf[p]! > SPACE) p++;
      if (p < end && buf[p] !== SPACE && buf[p] !== TAB) return false;
    }
    if (p === s) return false;
    const account = ctx.accountAt(buf, s, p);
    if (buf[p] === QUOTE) p++;
    p = skipBlanks(buf, p, end);
    // Object list: pairs of dimension and object id, either quoted or not.
    let object = NO_OBJECTS;
    let project = NO_OBJECTS;
    if (buf[p] === LBRACE) {
      p++;
      for (;;) {
        p = skipBlanks(buf, p, end);
        if (p >= end) return false;
        if (buf[p] === RBRACE) {
          p++;
          break;
        }
        const quotedDim = buf[p] === QUOTE;
        if (quotedDim) p++;
        let dim = 0;
        const ds = p;
        while (p < end && buf[p]! >= 0x30 && buf[p]! <= 0x39) dim = dim * 10 + buf[p++]! - 0x30;
        if (p === ds || p - ds > 6) return false;
        if (quotedDim && buf[p++] !== QUOTE) return false;
        if (buf[p] !== SPACE && buf[p] !== TAB) return false;
        p = skipBlanks(buf, p, end);
        let os = p;
        let oe: number;
        if (buf[p] === QUOTE) {
          os = ++p;
          oe = closingQuote(buf, p, end);
          if (oe < 0) return false;
          p = oe + 1;
        } else {
          while (p < end && buf[p]! > SPACE && buf[p] !== RBRACE) p++;
          oe = p;
          if (oe === os || (p < end && buf[p]! < SPACE && buf[p] !== TAB)) return false;
        }
        const o = ctx.objectAt(dim, buf, os, oe);
        if (o >= 0) {
          if (dim === ctx.dimension) {
            if (object < 0) object = o;
          } else if (object === NO_OBJECTS) {
            object = OTHER_DIMENSIONS;
          }
          if (dim === ctx.projectDimension && project < 0) project = o;
        }
      }
      p = skipBlanks(buf, p, end);
    }
    // Amount.
    s = p;
    while (p < end && buf[p] !== SPACE && buf[p] !== TAB) p++;
    const amount = parseOre(buf, s, p);
    if (Number.isNaN(amount)) return false;
    // Transaction date: absent, empty or a day of the calendar (else the general path says why).
    p = skipBlanks(buf, p, end);
    if (p < end) {
      s = buf[p] === QUOTE ? p + 1 : p;
      const e = skipField(buf, p, end);
      if (e < 0) return false;
      const de = buf[p] === QUOTE ? e - 1 : e;
      if (de > s && parseDate(buf, s, de) < 0) return false;
      p = e;
    }
    if (wantText) {
      // Then the text.
      p = skipBlanks(buf, p, end);
      s = p;
      if (buf[p] === QUOTE) {
        s = ++p;
        p = closingQuote(buf, p, end);
        if (p < 0) return false;
      } else {
        while (p < end && buf[p]! > SPACE) p++;
      }
      this.textStart = s;
      this.textEnd = p;
    }
    if (wantText && !clean(buf, p, end)) return false;
    this.account = account;
    this.object = object;
    this.project = project;
    this.amount = amount;
    return true;
  }
}

/**
 * Reads up to n ≤ 4 plain fields (unquoted, or quoted without escapes) after p into out: start
 * and end of field f at 2f and 2f+1 (-1, -1 when missing), and at 8+f the OR of its bytes (below
 * 0x80 when it is ASCII). False when a field needs the general tokenizer or holds a control byte,
 * or (with `rest`) the rest of the line holds one.
 */
export function plainFields(buf: Buffer, p: number, end: number, n: number, out: Int32Array, rest: boolean): boolean {
  for (let f = 0; f < n; f++) {
    p = skipBlanks(buf, p, end);
    let or = 0;
    if (p >= end) {
      out[2 * f] = -1;
      out[2 * f + 1] = -1;
    } else if (buf[p] === QUOTE) {
      const s = ++p;
      for (let c = buf[p]!; p < end && inQuotes(c); c = buf[++p]!) or |= c;
      if (p >= end || buf[p] !== QUOTE) return false;
      out[2 * f] = s;
      out[2 * f + 1] = p++;
    } else {
      if (buf[p] === LBRACE) return false;
      const s = p;
      for (let c = buf[p]!; p < end && c > SPACE; c = buf[++p]!) or |= c;
      if (p < end && buf[p] !== SPACE && buf[p] !== TAB) return false;
      out[2 * f] = s;
      out[2 * f + 1] = p;
    }
    out[8 + f] = or;
  }
  return !rest || clean(buf, p, end);
}

/** Skips blanks and one field; -1 when the field needs the general tokenizer. */
function skipField(buf: Buffer, p: number, end: number): number {
  p = skipBlanks(buf, p, end);
  if (buf[p] === QUOTE) {
    const q = closingQuote(buf, p + 1, end);
    return q < 0 ? -1 : q + 1;
  }
  if (buf[p] === LBRACE) return -1;
  while (p < end && buf[p]! > SPACE) p++;
  return p < end && buf[p] !== SPACE && buf[p] !== TAB ? -1 : p;
}
