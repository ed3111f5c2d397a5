/**
 * Splits one SIE line (a byte range) into fields without allocating: fields are separated by
 * spaces or tabs, quotes are optional, `\"` and `\\` are escapes inside quotes (any other
 * backslash stays as it is), and `{ ... }` opens an object list whose unquoted items also end at
 * the closing brace. Fields with escapes are unescaped into a scratch buffer. Control bytes (C0
 * but tab and CR) stay in their fields; the first is noted in `control`.
 */
import { formatPeriod } from '#core/period.ts';

export const TEXT = 0;
export const OPEN = 1;
export const CLOSE = 2;

export const SPACE = 0x20;
export const TAB = 0x09;
export const CR = 0x0d;
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;

export class LineTokens {
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  kind = new Uint8Array(64);
  /** 1 when the field was quoted. */
  quoted = new Uint8Array(64);
  /** Buffer that holds each field: the line's buffer, or the scratch buffer for unescaped ones. */
  src: Buffer[] = [];
  unclosedQuote = false;
  unclosedList = false;
  /** The line's first control byte (below 0x20, not tab or CR), or -1. */
  control = -1;
  private scratch = Buffer.alloc(4096);
  private scratchLen = 0;

  tokenize(buf: Buffer, from: number, to: number): void {
    this.count = 0;
    this.scratchLen = 0;
    this.unclosedQuote = false;
    this.control = -1;
    let inList = false;
    let i = from;
    while (i < to) {
      const b = buf[i]!;
      if (b === SPACE || b === TAB) {
        i++;
      } else if (b === QUOTE) {
        const s = ++i;
        for (let c = buf[i]!; i < to && c !== QUOTE && c !== BACKSLASH; c = buf[++i]!) if (c < SPACE) this.note(c);
        if (i < to && buf[i] === BACKSLASH) {
          i = this.escaped(buf, s, to);
        } else {
          if (i >= to) this.unclosedQuote = true;
          this.push(buf, s, i, TEXT);
          this.quoted[this.count - 1] = 1;
          i++;
        }
      } else if (b === LBRACE && !inList) {
        this.push(buf, i, i + 1, OPEN);
        inList = true;
        i++;
      } else if (b === RBRACE && inList) {
        this.push(buf, i, i + 1, CLOSE);
        inList = false;
        i++;
      } else {
        const s = i;
        // A field ends at a blank (or "}" in a list); a control byte is part of it.
        for (;;) {
          if (inList) while (i < to && buf[i]! > SPACE && buf[i] !== RBRACE) i++;
          else while (i < to && buf[i]! > SPACE) i++;
          if (i >= to || buf[i]! >= SPACE || buf[i] === TAB) break;
          this.note(buf[i++]!);
        }
        this.push(buf, s, i, TEXT);
      }
    }
    this.unclosedList = inList;
  }

  /** Length in bytes of field i. */
  len(i: number): number {
    return this.end[i]! - this.start[i]!;
  }

  /** Field i as ASCII/Latin-1 text (labels, numbers, dates); '' when absent. */
  ascii(i: number): string {
    if (i >= this.count) return '';
    return this.src[i]!.toString('latin1', this.start[i]!, this.end[i]!);
  }

  /** Unescapes a quoted field that holds a backslash; returns the index after the closing quote. */
  private escaped(buf: Buffer, s: number, to: number): number {
    if (this.scratch.length < this.scratchLen + (to - s)) {
      const bigger = Buffer.alloc(Math.max(this.scratch.length * 2, this.scratchLen + (to - s)));
      this.scratch.copy(bigger, 0, 0, this.scratchLen);
      this.scratch = bigger;
      // Earlier fields that point into the old scratch buffer must follow it.
      for (let t = 0; t < this.count; t++) if (this.src[t] !== buf) this.src[t] = bigger;
    }
    const out = this.scratch;
    const first = this.scratchLen;
    let w = first;
    let i = s;
    let closed = false;
    while (i < to) {
      const c = buf[i]!;
      if (c < SPACE) this.note(c);
      if (c === QUOTE) {
        closed = true;
        i++;
        break;
      }
      if (c === BACKSLASH && i + 1 < to && (buf[i + 1] === QUOTE || buf[i + 1] === BACKSLASH)) {
        out[w++] = buf[i + 1]!;
        i += 2;
      } else {
        out[w++] = c;
        i++;
      }
    }
    if (!closed) this.unclosedQuote = true;
    this.scratchLen = w;
    this.push(out, first, w, TEXT);
    this.quoted[this.count - 1] = 1;
    return i;
  }

  private note(c: number): void {
    if (this.control < 0 && c !== TAB && c !== CR) this.control = c;
  }

  private push(buf: Buffer, s: number, e: number, kind: number): void {
    const n = this.count;
    if (n === this.start.length) this.growTo(n * 2);
    this.start[n] = s;
    this.end[n] = e;
    this.kind[n] = kind;
    this.quoted[n] = 0;
    this.src[n] = buf;
    this.count = n + 1;
  }

  private growTo(size: number): void {
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const kind = new Uint8Array(size);
    const quoted = new Uint8Array(size);
    start.set(this.start);
    end.set(this.end);
    kind.set(this.kind);
    quoted.set(this.quoted);
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.quoted = quoted;
  }
}

/**
 * Parses an SIE amount ("-1234.50", "12", "-155.2", "10.000000") exactly into öre. Returns NaN when
 * the field is not an amount: a decimal comma, more than two non-zero decimals, other characters,
 * an empty field or a value beyond 2^53 öre.
 */
export function parseOre(buf: Uint8Array, s: number, e: number): number {
  let i = s;
  let neg = false;
  if (i < e && buf[i] === 0x2d) {
    neg = true;
    i++;
  } else if (i < e && buf[i] === 0x2b) {
    i++;
  }
  let whole = 0;
  let digits = 0;
  while (i < e) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
    digits++;
    i++;
  }
  let frac = 0;
  let decimals = 0;
  if (i < e && buf[i] === 0x2e) {
    i++;
    while (i < e) {
      const d = buf[i]! - 48;
      if (d < 0 || d > 9) break;
      if (decimals < 2) frac = frac * 10 + d;
      else if (d !== 0) return Number.NaN;
      decimals++;
      i++;
    }
  }
  if (i !== e || digits + decimals === 0) return Number.NaN;
  if (decimals === 1) frac *= 10;
  const ore = whole * 100 + frac;
  if (!Number.isSafeInteger(ore)) return Number.NaN;
  return neg ? 0 - ore : ore;
}

/**
 * Parses a date field YYYYMMDD (or YYYY-MM-DD, which some programs write) into the number
 * yyyymmdd; -1 when it is no date of the calendar (20250230, month 13, a year before 1900).
 */
export function parseDate(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  let digits = 0;
  const len = e - s;
  if (len !== 8 && len !== 10) return -1;
  for (let i = s; i < e; i++) {
    const d = buf[i]! - 48;
    if (d >= 0 && d <= 9) {
      n = n * 10 + d;
      digits++;
    } else if (!(len === 10 && buf[i] === 0x2d && (i - s === 4 || i - s === 7))) {
      return -1;
    }
  }
  if (digits !== 8) return -1;
  return isCalendarDate(n) ? n : -1;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether yyyymmdd is a day of the calendar (20250230 is not; 20240229 is), in the years 1900–2199. */
export function isCalendarDate(ymd: number): boolean {
  const year = Math.floor(ymd / 10000);
  const month = Math.floor(ymd / 100) % 100;
  const day = ymd % 100;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

/** yyyymmdd → "YYYY-MM-DD". */
export function isoDate(ymd: number): string {
  const y = Math.floor(ymd / 10000);
  const m = Math.floor(ymd / 100) % 100;
  const d = ymd % 100;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Month index (year * 12 + month - 1) ↔ "YYYY-MM". */
export function monthOf(ymd: number): number {
  return Math.floor(ymd / 10000) * 12 + (Math.floor(ymd / 100) % 100) - 1;
}

export function periodText(month: number): string {
  return formatPeriod({ year: Math.floor(month / 12), month: (month % 12) + 1 });
}

/** Parses a period field YYYYMM into a month index; -1 when it is no period. */
export function parsePeriodField(buf: Uint8Array, s: number, e: number): number {
  if (e - s !== 6) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  const month = n % 100;
  const year = Math.floor(n / 100);
  return month >= 1 && month <= 12 && year >= 1900 && year <= 2199 ? year * 12 + month - 1 : -1;
}
