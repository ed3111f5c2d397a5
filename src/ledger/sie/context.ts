/**
 * State shared by the record readers of one file: the current line and its fields, the decoder,
 * interned accounts and objects, and warnings.
 */
import { limitText, MAX_CODE_CHARS, MAX_NAME_CHARS, MAX_SIE_ACCOUNTS, MAX_SIE_LIST_PAIRS, MAX_SIE_OBJECTS } from '../limits.ts';
import { FieldDecoder } from './encoding.ts';
import { ByteInterner } from './tables.ts';
import { CLOSE, LineTokens, OPEN, parseDate, parseOre, TEXT } from './tokenizer.ts';
import { SieError, type SieWarning } from './types.ts';

/** At most this many warnings of one kind are listed; the rest are counted in a summary. */
const WARNINGS_PER_KIND = 50;
/** The largest amount in öre that doubles hold exactly (2^53 - 1). */
export const MAX_ORE = Number.MAX_SAFE_INTEGER;

export class ReadContext {
  readonly dimension: number;
  readonly fileName: string | undefined;
  decoder = new FieldDecoder('cp437');
  readonly tokens = new LineTokens();
  /** Accounts by interned index (tag 0). */
  readonly accounts = new ByteInterner();
  accountNames: (string | undefined)[] = [];
  accountTypes: (string | undefined)[] = [];
  /** Objects by interned index; the tag is the dimension. */
  readonly objects = new ByteInterner();
  objectNames: (string | undefined)[] = [];
  /** Object list of the last readObjectList call: dimension, object index, dimension, ... */
  list = new Int32Array(64);
  listLen = 0;
  readonly warnings: SieWarning[] = [];
  private warningCounts = new Map<string, number>();

  lineNo = 0;
  private lineBuf: Buffer = Buffer.alloc(0);
  private lineStart = 0;
  private lineEnd = 0;
  private readonly decodeFn = (b: Buffer, s: number, e: number): string => this.decoder.decode(b, s, e);

  /** The project dimension, or -1 when none is asked for. */
  readonly projectDimension: number;

  constructor(dimension: number, fileName: string | undefined, projectDimension = -1) {
    this.dimension = dimension;
    this.projectDimension = projectDimension;
    this.fileName = fileName;
  }

  setLine(buf: Buffer, start: number, end: number, lineNo: number): void {
    this.lineBuf = buf;
    this.lineStart = start;
    this.lineEnd = end;
    this.lineNo = lineNo;
  }

  lineText(): string {
    const end = Math.min(this.lineEnd, this.lineStart + 400);
    return this.decoder.decode(this.lineBuf, this.lineStart, end).trim();
  }

  /** Throws a SieError naming the current line and quoting it. */
  fail(message: string, line = this.lineNo): never {
    throw new SieError(message, line, line === this.lineNo ? this.lineText() : undefined, this.fileName);
  }

  /** Adds a warning; `kind` groups warnings for the cap (defaults to the message). */
  warn(message: string, line = this.lineNo, kind = message): void {
    const n = (this.warningCounts.get(kind) ?? 0) + 1;
    this.warningCounts.set(kind, n);
    if (n <= WARNINGS_PER_KIND) this.warnings.push({ line, message });
  }

  /** Adds a warning only the first time this message is given. */
  warnOnce(message: string, line = this.lineNo): void {
    if (!this.warningCounts.has(message)) this.warn(message, line);
  }

  /** Appends a summary for each kind of warning that was cut off. */
  summariseWarnings(): void {
    for (const [kind, n] of this.warningCounts) {
      if (n > WARNINGS_PER_KIND)
        this.warnings.push({
          line: 0,
          message: `${n - WARNINGS_PER_KIND} ${n - WARNINGS_PER_KIND === 1 ? 'varning' : 'varningar'} till av samma slag: ${kind}`,
        });
    }
  }

  /** A code (account, object id, voucher series or number) as read; fails when it is longer than MAX_CODE_CHARS. */
  code(text: string, what: string): string {
    if (text.length > MAX_CODE_CHARS) this.fail(`${what} "${text.slice(0, 20)}…" är längre än gränsen ${MAX_CODE_CHARS} tecken`);
    return text;
  }

  /** A name or text, cut to MAX_NAME_CHARS with a warning when it is longer (see limits.ts). */
  name(text: string, what: string): string {
    if (text.length <= MAX_NAME_CHARS) return text;
    this.warn(`${what} är längre än gränsen ${MAX_NAME_CHARS} tecken och kortades`, this.lineNo, 'namn och texter som kortades');
    return text.slice(0, MAX_NAME_CHARS);
  }

  /** Decoded text of field i ('' when absent). */
  text(i: number): string {
    const t = this.tokens;
    if (i >= t.count || t.kind[i] !== TEXT) return '';
    return this.decoder.decode(t.src[i]!, t.start[i]!, t.end[i]!);
  }

  /**
   * Decoded text of the last field of a record, field i: when it is unquoted and more fields
   * follow (a name with spaces written without quotes), they are joined with single spaces.
   */
  textRest(i: number): string {
    const t = this.tokens;
    if (i >= t.count || t.quoted[i] === 1 || i === t.count - 1) return this.text(i);
    const parts: string[] = [];
    for (let k = i; k < t.count && t.kind[k] === TEXT; k++) parts.push(this.text(k));
    return parts.join(' ');
  }

  /** Interned index of the account in field i; fails when the field is missing or empty. */
  account(i: number, what: string): number {
    const t = this.tokens;
    if (i >= t.count || t.kind[i] !== TEXT || t.len(i) === 0) this.fail(`${what} saknar konto`);
    return this.accountAt(t.src[i]!, t.start[i]!, t.end[i]!);
  }

  /** Interned index of the account whose id is buf[start..end). */
  accountAt(buf: Buffer, start: number, end: number): number {
    const index = this.accounts.intern(buf, start, end, 0, this.decodeFn);
    if (index === this.accountNames.length) {
      this.code(this.accounts.strings[index]!, 'kontot');
      if (index >= MAX_SIE_ACCOUNTS)
        this.fail(`filen har fler än gränsen ${limitText(MAX_SIE_ACCOUNTS)} konton; är det verkligen en bokföring?`);
      this.accountNames.push(undefined);
      this.accountTypes.push(undefined);
    }
    return index;
  }

  /** Amount in öre of field i; fails with a message that says what is wrong with it. */
  amount(i: number, what: string): number {
    const t = this.tokens;
    if (i >= t.count || t.len(i) === 0) this.fail(`${what} saknar belopp`);
    const ore = parseOre(t.src[i]!, t.start[i]!, t.end[i]!);
    if (Number.isNaN(ore)) this.fail(notAnAmount(t.ascii(i), what));
    return ore;
  }

  /** Interned index of the object of dimension dim whose id is buf[start..end); -1 for ''. */
  objectAt(dim: number, buf: Buffer, start: number, end: number): number {
    if (end === start) return -1;
    const index = this.objects.intern(buf, start, end, dim, this.decodeFn);
    if (index === this.objectNames.length) {
      this.code(this.objects.strings[index]!, 'objektet');
      if (index >= MAX_SIE_OBJECTS)
        this.fail(`filen har fler än gränsen ${limitText(MAX_SIE_OBJECTS)} objekt; är det verkligen en bokföring?`);
      this.objectNames.push(undefined);
    }
    return index;
  }

  /** Interned index of the object in field i of dimension dim; -1 for an empty id. */
  object(dim: number, i: number): number {
    const t = this.tokens;
    return this.objectAt(dim, t.src[i]!, t.start[i]!, t.end[i]!);
  }

  /**
   * The date in field i as yyyymmdd; -1 when the field is absent or empty. A field that is no day
   * of the calendar (20250230, 20251301) fails, naming what the date is of.
   */
  date(i: number, what: string, prefix = ''): number {
    const t = this.tokens;
    if (i >= t.count || t.kind[i] !== TEXT || t.len(i) === 0) return -1;
    const ymd = parseDate(t.src[i]!, t.start[i]!, t.end[i]!);
    if (ymd < 0) this.fail(prefix + notADate(t.ascii(i), what));
    return ymd;
  }

  /** Whole number in field i (a year index or dimension); NaN when it is none. */
  int(i: number): number {
    const t = this.tokens;
    if (i >= t.count || t.kind[i] !== TEXT) return Number.NaN;
    const buf = t.src[i]!;
    let p = t.start[i]!;
    const e = t.end[i]!;
    let sign = 1;
    if (p < e && (buf[p] === 0x2d || buf[p] === 0x2b)) sign = buf[p++] === 0x2d ? -1 : 1;
    if (p === e || e - p > 9) return Number.NaN;
    let n = 0;
    for (; p < e; p++) {
      const d = buf[p]! - 48;
      if (d < 0 || d > 9) return Number.NaN;
      n = n * 10 + d;
    }
    return sign * n;
  }

  /**
   * Reads the object list that opens at field i into `this.list` (pairs of dimension and object
   * index) and returns the index of the field after it. An empty quoted field "" is an empty list;
   * another field that is no list leaves the list empty and returns i.
   */
  readObjectList(i: number, what: string): number {
    const t = this.tokens;
    this.listLen = 0;
    if (i >= t.count) return i;
    // Some programs write "" where the list belongs: an empty list.
    if (t.kind[i] !== OPEN) return t.kind[i] === TEXT && t.quoted[i] === 1 && t.len(i) === 0 ? i + 1 : i;
    if (t.unclosedList) this.fail(`objektlistan i ${what} avslutas inte med "}"`);
    i++;
    while (t.kind[i] !== CLOSE) {
      const dim = this.int(i);
      if (!(dim >= 0) || i + 1 >= t.count || t.kind[i + 1] !== TEXT)
        this.fail(`felaktig objektlista i ${what}: väntade par av dimension och objekt, t.ex. {1 "100"}`);
      const obj = this.object(dim, i + 1);
      if (obj >= 0) {
        if (this.listLen >= 2 * MAX_SIE_LIST_PAIRS) this.fail(`objektlistan i ${what} har fler än gränsen ${MAX_SIE_LIST_PAIRS} objekt`);
        if (this.listLen + 2 > this.list.length) {
          const bigger = new Int32Array(this.list.length * 2);
          bigger.set(this.list);
          this.list = bigger;
        }
        this.list[this.listLen++] = dim;
        this.list[this.listLen++] = obj;
      }
      i += 2;
    }
    return i + 1;
  }
}

/** Why a field that parseOre refused is no amount, in Swedish. */
function notAnAmount(text: string, what: string): string {
  const m = /^[+-]?(\d*)(?:\.(\d*))?$/.exec(text);
  if (m && (m[1] || m[2])) {
    if ((m[2] ?? '').replace(/0+$/, '').length > 2)
      return `"${text}" i ${what} har fler än två decimaler (belopp anges i kronor med högst två decimaler, t.ex. 12.50)`;
    return `"${text}" i ${what} är ett för stort belopp (högst 90071992547409.91 kan räknas exakt)`;
  }
  return `"${text}" i ${what} är inget belopp (SIE-filer skriver belopp med decimalpunkt, t.ex. 12.50)`;
}

/** Why a field that parseDate refused is no date, in Swedish. */
export function notADate(text: string, what: string): string {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (m) return `"${text}" i ${what} är inget datum som finns (år ${m[1]}, månad ${m[2]}, dag ${m[3]}; år 1900–2199)`;
  return `felaktigt datum "${text}" i ${what} (väntade ÅÅÅÅMMDD)`;
}
