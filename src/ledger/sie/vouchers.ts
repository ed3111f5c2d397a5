/**
 * Vouchers: #VER, its braces and #TRANS rows. Amounts are summed per month (of the voucher date),
 * account and object of the chosen dimension as they are read, so no voucher is kept in memory
 * unless a sink asks for it. #RTRANS and #BTRANS (corrections in SIE 4E) are checked for their
 * place but never summed: a reader that knows them takes the #TRANS that follows each #RTRANS,
 * which is how a reader that does not know them sees the file as well.
 */

import { limitText, MAX_SIE_BALANCE_KEYS } from '../limits.ts';
import { MAX_ORE, type ReadContext } from './context.ts';
import { asciiText } from './encoding.ts';
import { FastTrans, plainFields } from './fast-trans.ts';
import { ByteInterner, NO_OBJECTS, OTHER_DIMENSIONS, TripleSums } from './tables.ts';
import { isoDate, monthOf, parseDate, periodText } from './tokenizer.ts';
import type { SieSink, SieTransaction, SieVoucher } from './types.ts';

export class VoucherReader {
  /** öre per (month index, account index, object index or NO_OBJECTS / OTHER_DIMENSIONS). */
  readonly sums = new TripleSums();
  readonly months = new Set<number>();
  vouchers = 0;
  transactions = 0;
  /** Line of the first #VER. */
  firstLine = 0;
  private open = false;
  private braced = false;
  private verLine = 0;
  private month = 0;
  private balance = 0;
  private current: SieVoucher | null = null;
  private readonly fast = new FastTrans();
  private readonly ranges = new Int32Array(12);
  private readonly series = new ByteInterner();
  private readonly decodeFn: (b: Buffer, s: number, e: number) => string;
  private lastSeries = -1;
  private lastMonth = -1;
  /** Raw bytes of "series number" of the open voucher, for messages. */
  private readonly verId = Buffer.alloc(64);
  private verIdLen = 0;
  private lastDate = -1;
  private lastIso = '';
  private readonly ctx: ReadContext;
  private readonly sink: SieSink;

  constructor(ctx: ReadContext, sink: SieSink) {
    this.ctx = ctx;
    this.sink = sink;
    this.decodeFn = (b, s, e) => ctx.decoder.decode(b, s, e);
  }

  /** #VER series number date text [regdate sign] */
  begin(): void {
    const ctx = this.ctx;
    const t = ctx.tokens;
    if (this.open) this.unclosed();
    const date = ctx.date(3, '#VER');
    if (date < 0) ctx.fail('#VER saknar datum');
    this.start(date);
    this.remember(t.src[1]!, t.start[1]!, t.end[1]!, t.src[2]!, t.start[2]!, t.end[2]!);
    if (this.sink.voucher) {
      this.current = {
        series: ctx.code(ctx.text(1), 'verifikationsserien'),
        number: ctx.code(ctx.text(2), 'verifikationsnumret'),
        date: this.iso(date),
        text: ctx.name(ctx.text(4), 'verifikationstexten'),
        line: ctx.lineNo,
        transactions: [],
      };
    }
  }

  /** #VER from the bytes after its label; false when the line must go the general way. */
  fastBegin(buf: Buffer, p: number, end: number): boolean {
    const r = this.ranges;
    const sink = this.sink.voucher !== undefined;
    if (this.open || !plainFields(buf, p, end, sink ? 4 : 3, r, sink) || r[4]! < 0) return false;
    const date = parseDate(buf, r[4]!, r[5]!);
    if (date < 0) return false;
    this.start(date);
    this.remember(buf, r[0]!, r[1]!, buf, r[2]!, r[3]!);
    if (this.sink.voucher) {
      const ctx = this.ctx;
      const dec = ctx.decoder;
      const series = r[0]! < 0 ? '' : this.seriesText(buf, r[0]!, r[1]!);
      const number = r[2]! < 0 ? '' : r[10]! < 0x80 ? asciiText(buf, r[2]!, r[3]!) : dec.decode(buf, r[2]!, r[3]!);
      const text = r[6]! < 0 ? '' : r[11]! < 0x80 ? asciiText(buf, r[6]!, r[7]!) : dec.decode(buf, r[6]!, r[7]!);
      ctx.code(series, 'verifikationsserien');
      ctx.code(number, 'verifikationsnumret');
      this.current = {
        series,
        number,
        date: this.iso(date),
        text: ctx.name(text, 'verifikationstexten'),
        line: ctx.lineNo,
        transactions: [],
      };
    }
    return true;
  }

  private start(date: number): void {
    if (this.firstLine === 0) this.firstLine = this.ctx.lineNo;
    this.open = true;
    this.braced = false;
    this.verLine = this.ctx.lineNo;
    this.month = monthOf(date);
    this.balance = 0;
  }

  /** Series are few: their text is interned, and the last one is tried first. */
  private seriesText(buf: Buffer, start: number, end: number): string {
    const last = this.lastSeries;
    if (last >= 0 && this.series.equals(last, buf, start, end)) return this.series.strings[last]!;
    this.lastSeries = this.series.intern(buf, start, end, 0, this.decodeFn);
    return this.series.strings[this.lastSeries]!;
  }

  /** Copies the bytes of series and number (a missing field has start -1). */
  private remember(b1: Buffer, s1: number, e1: number, b2: Buffer, s2: number, e2: number): void {
    const id = this.verId;
    let n = 0;
    for (let i = s1; i < e1 && n < 31; i++) id[n++] = b1[i]!;
    id[n++] = 0x20;
    for (let i = s2; i < e2 && n < 63; i++) id[n++] = b2[i]!;
    this.verIdLen = n;
  }

  private iso(date: number): string {
    if (date !== this.lastDate) {
      this.lastDate = date;
      this.lastIso = isoDate(date);
    }
    return this.lastIso;
  }

  /** A line that is only "{". */
  openBrace(): void {
    if (!this.open || this.braced) this.ctx.fail(this.open ? 'en andra "{" i samma verifikation' : '"{" utan #VER före');
    this.braced = true;
  }

  /** #TRANS account {objects} amount [date text quantity sign] */
  trans(): void {
    const ctx = this.ctx;
    this.enter('#TRANS');
    const account = ctx.account(1, '#TRANS');
    const i = ctx.readObjectList(2, '#TRANS');
    let object = NO_OBJECTS;
    let project = NO_OBJECTS;
    const list = ctx.list;
    let found = false;
    for (let k = 0; k < ctx.listLen; k += 2) {
      if (list[k] === ctx.projectDimension && project < 0) project = list[k + 1]!;
      if (found) continue;
      if (list[k] === ctx.dimension) {
        object = list[k + 1]!;
        found = true;
      } else {
        object = OTHER_DIMENSIONS;
      }
    }
    const amount = ctx.amount(i, '#TRANS');
    ctx.date(i + 1, 'transaktionsdatumet i #TRANS');
    this.add(account, object, amount);
    if (this.current) {
      const tx: SieTransaction = {
        account: ctx.accounts.strings[account]!,
        object: object >= 0 ? ctx.objects.strings[object]! : null,
        amount,
        text: ctx.name(ctx.text(i + 2), 'transaktionstexten'),
      };
      if (project >= 0) tx.project = ctx.objects.strings[project]!;
      this.current.transactions.push(tx);
    }
  }

  /**
   * #TRANS from the bytes after its label, on the fast path (see fast-trans.ts); false when the
   * line must go the general way.
   */
  fastTrans(buf: Buffer, p: number, end: number): boolean {
    if (!this.braced || !this.open) return false;
    const f = this.fast;
    if (!f.read(this.ctx, buf, p, end, this.current !== null)) return false;
    this.add(f.account, f.object, f.amount);
    if (this.current) {
      const ctx = this.ctx;
      const tx: SieTransaction = {
        account: ctx.accounts.strings[f.account]!,
        object: f.object >= 0 ? ctx.objects.strings[f.object]! : null,
        amount: f.amount,
        text: ctx.name(ctx.decoder.decode(buf, f.textStart, f.textEnd), 'transaktionstexten'),
      };
      if (f.project >= 0) tx.project = ctx.objects.strings[f.project]!;
      this.current.transactions.push(tx);
    }
    return true;
  }

  /** Sums a posting; fails when a sum would no longer be exact. */
  private add(account: number, object: number, amount: number): void {
    const sum = this.sums.add(this.month, account, object, amount);
    if (this.sums.size > MAX_SIE_BALANCE_KEYS) this.tooManyKeys();
    const balance = this.balance + amount;
    if (Math.abs(sum) > MAX_ORE || Math.abs(balance) > MAX_ORE) this.tooLarge(account, sum);
    this.balance = balance;
    this.transactions++;
  }

  private tooManyKeys(): never {
    return this.ctx.fail(
      `verifikationerna ger fler än gränsen ${limitText(MAX_SIE_BALANCE_KEYS)} olika saldon (månad, konto och objekt); är det verkligen en bokföring?`,
    );
  }

  private tooLarge(account: number, sum: number): never {
    const ctx = this.ctx;
    const what =
      Math.abs(sum) > MAX_ORE
        ? `summan för konto ${ctx.accounts.strings[account]} i ${periodText(this.month)}`
        : `summan av verifikationen på rad ${this.verLine}`;
    return ctx.fail(`beloppen är för stora för att summeras exakt: ${what} blir större än 2^53 öre (90071992547409,91 kr)`);
  }

  /** #RTRANS / #BTRANS: only their place is checked. */
  ignoredTrans(label: string): void {
    this.enter(label);
  }

  /** A line that is only "}". */
  close(): void {
    const ctx = this.ctx;
    if (!this.open) ctx.fail('"}" utan någon öppen verifikation');
    this.open = false;
    this.vouchers++;
    if (this.month !== this.lastMonth) this.months.add((this.lastMonth = this.month));
    if (this.balance !== 0) {
      const id = ctx.decoder.decode(this.verId, 0, this.verIdLen).trim();
      ctx.warn(
        `verifikation ${id || '(utan nummer)'} (rad ${this.verLine}) balanserar inte: debet och kredit skiljer ${formatOre(this.balance)}`,
        this.verLine,
        'verifikationer som inte balanserar',
      );
    }
    const v = this.current;
    this.current = null;
    if (v) this.sink.voucher!(v);
  }

  /** A record that may not stand inside a voucher. */
  otherRecord(): void {
    if (this.open) this.unclosed();
  }

  /** End of file (the context still holds the last line). */
  end(): void {
    if (this.open) this.ctx.fail(`filen slutar mitt i verifikationen som börjar på rad ${this.verLine} (är filen ofullständig?)`);
  }

  private enter(label: string): void {
    if (!this.open) this.ctx.fail(`${label} står utanför en verifikation`);
    if (!this.braced) {
      this.ctx.warn(
        `verifikationen på rad ${this.verLine} saknar inledande "{"; dess transaktioner läses ändå`,
        this.verLine,
        'verifikationer utan inledande "{"',
      );
      this.braced = true;
    }
  }

  private unclosed(): never {
    return this.ctx.fail(`verifikationen på rad ${this.verLine} saknar avslutande "}"`);
  }
}

/** öre → "-1234,50 kr", for messages. */
export function formatOre(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')} kr`;
}
