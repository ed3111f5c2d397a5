/**
 * Reads SIE records line by line: identification records, the chart of accounts, dimensions and
 * objects, balances (#IB #UB #RES #PSALDO #PBUDGET) and vouchers (delegated to VoucherReader).
 * Unknown records and extra trailing fields are ignored. Balance rows are kept (they are few next
 * to vouchers) and resolved against #RAR when the file has ended.
 */
import { ReadContext } from './context.ts';
import { Crc32 } from './crc32.ts';
import { detectEncoding, type Detection } from './encoding.ts';
import type { LineConsumer } from './lines.ts';
import { parseDate, parseOre, parsePeriodField } from './tokenizer.ts';
import type { SieReadOptions, SieSink } from './types.ts';
import { VoucherReader } from './vouchers.ts';

/** A #PSALDO or #PBUDGET row. `list` holds pairs of dimension and object index. */
export interface PeriodRow {
  line: number;
  year: number;
  month: number;
  account: number;
  list: number[];
  amount: number;
}

/** An #IB, #UB or #RES row. */
export interface YearRow {
  line: number;
  year: number;
  account: number;
  amount: number;
}

export interface RarRow {
  index: number;
  start: number; // yyyymmdd
  end: number;
  line: number;
}

/** Packs a label's letters (after '#') into a number: five bits a letter, at most ten letters. */
function labelCode(buf: Uint8Array, start: number, end: number): number {
  if (end - start > 11 || buf[start] !== 0x23) return -1;
  let code = 0;
  for (let i = start + 1; i < end; i++) {
    const c = buf[i]!;
    code = code * 32 + (c >= 0x41 && c <= 0x5a ? c - 0x40 : c >= 0x30 && c <= 0x39 ? 27 : 31);
  }
  return code;
}
const L = (label: string): number => labelCode(Buffer.from(`#${label}`), 0, label.length + 1);
const TRANS = L('TRANS');
const VER = L('VER');
const RTRANS = L('RTRANS');
const BTRANS = L('BTRANS');
const PSALDO = L('PSALDO');
const PBUDGET = L('PBUDGET');
const IB = L('IB');
const UB = L('UB');
const RES = L('RES');
const KONTO = L('KONTO');
const KTYP = L('KTYP');
const OBJEKT = L('OBJEKT');
const DIM = L('DIM');
const UNDERDIM = L('UNDERDIM');
const RAR = L('RAR');
const SIETYP = L('SIETYP');
const PROGRAM = L('PROGRAM');
const FORMAT = L('FORMAT');
const FNAMN = L('FNAMN');
const KSUMMA = L('KSUMMA');
/** Known records that may not stand inside a voucher (others are ignored wherever they are). */
const NOT_IN_VOUCHER = new Set([PSALDO, PBUDGET, IB, UB, RES, KONTO, KTYP, OBJEKT, DIM, UNDERDIM, RAR, SIETYP, PROGRAM, FORMAT, FNAMN, KSUMMA, L('OIB'), L('OUB')]);

export class SieParser implements LineConsumer {
  readonly ctx: ReadContext;
  readonly vouchers: VoucherReader;
  sieType: number | null = null;
  program: string | null = null;
  format: string | null = null;
  companyName: string | null = null;
  detection: Detection = { encoding: 'cp437', odd: 0, oddOffset: -1 };
  /** Line of the first byte that is no likely character in the detected encoding. */
  oddLine = 0;
  readonly rar: RarRow[] = [];
  readonly dims = new Map<number, string>();
  readonly psaldo: PeriodRow[] = [];
  readonly pbudget: PeriodRow[] = [];
  readonly ib: YearRow[] = [];
  readonly ub: YearRow[] = [];
  readonly res: YearRow[] = [];
  /** First line of a record that needs #RAR to be understood. */
  needsRarLine = 0;
  records = 0;
  konto = 0;
  checksum: 'ok' | 'absent' = 'absent';
  private crc: Crc32 | null = null;
  private ksummaLine = 0;

  constructor(options: SieReadOptions, sink: SieSink) {
    this.ctx = new ReadContext(options.dimension ?? 1, options.fileName);
    this.vouchers = new VoucherReader(this.ctx, sink);
  }

  detect(sample: Buffer): void {
    const d = detectEncoding(sample);
    this.detection = d;
    this.ctx.decoder.encoding = d.encoding;
    if (d.odd > 0) {
      let line = this.ctx.lineNo + 1;
      for (let i = sample.indexOf(10); i >= 0 && i < d.oddOffset; i = sample.indexOf(10, i + 1)) line++;
      this.oddLine = line;
    }
  }

  line(buf: Buffer, start: number, end: number, lineNo: number): void {
    const ctx = this.ctx;
    ctx.setLine(buf, start, end, lineNo);
    let s = start;
    while (s < end && (buf[s] === 0x20 || buf[s] === 0x09)) s++;
    if (s === end) return;
    const b = buf[s];
    if (b === 0x7b || b === 0x7d) {
      let e = s + 1;
      while (e < end && (buf[e] === 0x20 || buf[e] === 0x09)) e++;
      if (e === end) {
        if (b === 0x7b) this.vouchers.openBrace();
        else this.vouchers.close();
        return;
      }
    }
    if (
      b === 0x23 && buf[s + 1] === 0x54 && buf[s + 2] === 0x52 && buf[s + 3] === 0x41 && buf[s + 4] === 0x4e &&
      buf[s + 5] === 0x53 && (buf[s + 6] === 0x20 || buf[s + 6] === 0x09) && !this.crc && this.vouchers.fastTrans(buf, s + 6, end)
    ) {
      this.records++;
      return;
    }
    if (
      b === 0x23 && buf[s + 1] === 0x56 && buf[s + 2] === 0x45 && buf[s + 3] === 0x52 && (buf[s + 4] === 0x20 || buf[s + 4] === 0x09) &&
      !this.crc && this.vouchers.fastBegin(buf, s + 4, end)
    ) {
      this.records++;
      return;
    }
    const t = ctx.tokens;
    t.tokenize(buf, s, end);
    const code = labelCode(t.src[0]!, t.start[0]!, t.end[0]!);
    if (code < 0) {
      ctx.warn(`line without a #label ignored`, lineNo, 'line without label');
      return;
    }
    this.records++;
    if (t.unclosedQuote) ctx.warn('quote not closed before the end of the line', lineNo, 'unclosed quote');
    if (code === KSUMMA) return this.ksumma();
    if (this.crc) this.crc.updateRecord(t);
    if (code === TRANS) return this.vouchers.trans();
    if (code === VER) return this.vouchers.begin();
    if (code === RTRANS || code === BTRANS) return this.vouchers.ignoredTrans(t.ascii(0));
    if (NOT_IN_VOUCHER.has(code)) this.vouchers.otherRecord();
    switch (code) {
      case PSALDO:
        return this.periodRow(this.psaldo, '#PSALDO');
      case PBUDGET:
        return this.periodRow(this.pbudget, '#PBUDGET');
      case IB:
        return this.yearRow(this.ib, '#IB');
      case UB:
        return this.yearRow(this.ub, '#UB');
      case RES:
        return this.yearRow(this.res, '#RES');
      case KONTO: {
        const a = ctx.account(1, '#KONTO');
        this.konto++;
        ctx.accountNames[a] = ctx.textRest(2);
        return;
      }
      case KTYP: {
        const a = ctx.account(1, '#KTYP');
        const type = ctx.text(2).trim().toUpperCase();
        if (type) ctx.accountTypes[a] = type;
        return;
      }
      case OBJEKT: {
        const dim = ctx.int(1);
        if (!(dim >= 0) || t.count < 3) ctx.fail('malformed #OBJEKT');
        const o = ctx.object(dim, 2);
        if (o >= 0) ctx.objectNames[o] = ctx.textRest(3);
        return;
      }
      case DIM:
      case UNDERDIM: {
        const dim = ctx.int(1);
        if (!(dim >= 0)) ctx.fail(`malformed ${t.ascii(0)}`);
        this.dims.set(dim, t.ascii(0) === '#UNDERDIM' ? ctx.text(2) : ctx.textRest(2));
        return;
      }
      case RAR:
        return this.rarRow();
      case SIETYP: {
        const n = Number.parseInt(t.ascii(1), 10);
        this.sieType = Number.isNaN(n) ? null : n;
        return;
      }
      case PROGRAM:
        this.program = [ctx.text(1), ctx.text(2)].filter((x) => x !== '').join(' ') || null;
        return;
      case FORMAT:
        this.format = t.ascii(1);
        return;
      case FNAMN:
        this.companyName = ctx.textRest(1);
        return;
      default:
        return; // unknown or unused record
    }
  }

  /** End of the file: checks what can only be checked then. */
  end(): void {
    const ctx = this.ctx;
    this.vouchers.end();
    if (this.crc) ctx.fail(`#KSUMMA at line ${this.ksummaLine} opens a checksum that is never closed (truncated?)`);
    if (this.records === 0) ctx.fail('empty file: no SIE records', this.records === 0 && ctx.lineNo === 0 ? 0 : ctx.lineNo);
    if (this.rar.length > 0) return;
    if (this.needsRarLine > 0) ctx.fail('missing #RAR: the file has balances by year index but no #RAR fiscal years', this.needsRarLine);
    // #RAR may be left out of an import file (type 4I, named *.SI; without a name: one without
    // a chart of accounts), never out of an export file with vouchers (type 4E).
    const fileName = ctx.fileName;
    const importFile = fileName !== undefined ? /\.si$/i.test(fileName) : this.konto === 0;
    if (this.vouchers.vouchers > 0 && !importFile) {
      ctx.fail('missing #RAR: an export file with vouchers must state its fiscal years (#RAR)', this.vouchers.firstLine);
    }
  }

  private ksumma(): void {
    const ctx = this.ctx;
    if (!this.crc) {
      if (this.checksum === 'ok') ctx.fail('a second checksum range (#KSUMMA)');
      this.crc = new Crc32();
      this.ksummaLine = ctx.lineNo;
      return;
    }
    const stated = ctx.tokens.ascii(1);
    const computed = this.crc.value();
    this.crc = null;
    if (!/^\d+$/.test(stated) || Number(stated) !== computed) {
      ctx.fail(`checksum mismatch: #KSUMMA says ${stated || '(nothing)'}, the records between line ${this.ksummaLine} and here give ${computed}`);
    }
    this.checksum = 'ok';
  }

  private rarRow(): void {
    const ctx = this.ctx;
    const t = ctx.tokens;
    const index = ctx.int(1);
    const start = t.count > 2 ? parseDate(t.src[2]!, t.start[2]!, t.end[2]!) : -1;
    const end = t.count > 3 ? parseDate(t.src[3]!, t.start[3]!, t.end[3]!) : -1;
    if (Number.isNaN(index) || start < 0 || end < 0 || end < start) ctx.fail('malformed #RAR');
    if (this.rar.some((r) => r.index === index)) ctx.fail(`second #RAR ${index}`);
    this.rar.push({ index, start, end, line: ctx.lineNo });
  }

  /** #PSALDO / #PBUDGET year period account {objects} amount [quantity] */
  private periodRow(rows: PeriodRow[], what: string): void {
    const ctx = this.ctx;
    const t = ctx.tokens;
    const year = ctx.int(1);
    if (Number.isNaN(year)) ctx.fail(`${what} without year index`);
    let month = t.count > 2 ? parsePeriodField(t.src[2]!, t.start[2]!, t.end[2]!) : -1;
    let accountField = 3;
    if (month < 0 && t.count > 3) {
      // Some programs (BL Administration's ISO-8859-15 export) write account before period.
      month = parsePeriodField(t.src[3]!, t.start[3]!, t.end[3]!);
      if (month >= 0) {
        accountField = 2;
        ctx.warnOnce(`${what} rows with the account before the period (first at this line); read as such`);
      }
    }
    if (month < 0) ctx.fail(`malformed period "${t.ascii(2)}" in ${what}`);
    const account = ctx.account(accountField, what);
    const i = ctx.readObjectList(4, what);
    const amount = this.amount(i, what);
    rows.push({ line: ctx.lineNo, year, month, account, list: Array.from(ctx.list.subarray(0, ctx.listLen)), amount });
    if (this.needsRarLine === 0) this.needsRarLine = ctx.lineNo;
  }

  /** #IB / #UB / #RES year account amount [quantity] */
  private yearRow(rows: YearRow[], what: string): void {
    const ctx = this.ctx;
    const year = ctx.int(1);
    if (Number.isNaN(year)) ctx.fail(`${what} without year index`);
    const account = ctx.account(2, what);
    rows.push({ line: ctx.lineNo, year, account, amount: this.amount(3, what) });
    if (this.needsRarLine === 0) this.needsRarLine = ctx.lineNo;
  }

  private amount(i: number, what: string): number {
    const ctx = this.ctx;
    const t = ctx.tokens;
    if (i >= t.count || t.len(i) === 0) ctx.fail(`${what} without amount`);
    const ore = parseOre(t.src[i]!, t.start[i]!, t.end[i]!);
    if (Number.isNaN(ore)) ctx.fail(`malformed amount "${t.ascii(i)}" in ${what} (SIE amounts use a decimal point)`);
    return ore;
  }
}
