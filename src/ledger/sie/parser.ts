/**
 * Reads SIE records line by line: identification records, the chart of accounts, dimensions and
 * objects here; balances in BalanceRecords; vouchers in VoucherReader (with fast paths for #VER
 * and #TRANS). Unknown records and extra trailing fields are ignored.
 */

import { MAX_CODE_CHARS } from '../limits.ts';
import { BalanceRecords } from './balances.ts';
import { ReadContext } from './context.ts';
import { Crc32 } from './crc32.ts';
import { type Detection, detectEncoding } from './encoding.ts';
import {
  ALL_LABELS,
  BTRANS,
  DIM,
  FNAMN,
  FORMAT,
  IB,
  KONTO,
  KSUMMA,
  KTYP,
  labelCode,
  NOT_IN_VOUCHER,
  OBJEKT,
  ORGNR,
  PBUDGET,
  PROGRAM,
  PSALDO,
  RAR,
  RES,
  RTRANS,
  SIETYP,
  TRANS,
  UB,
  UNDERDIM,
  VER,
} from './labels.ts';
import type { LineConsumer } from './lines.ts';
import { SieError, type SieReadOptions, type SieSink } from './types.ts';
import { VoucherReader } from './vouchers.ts';

export class SieParser implements LineConsumer {
  readonly ctx: ReadContext;
  readonly vouchers: VoucherReader;
  sieType: number | null = null;
  program: string | null = null;
  format: string | null = null;
  companyName: string | null = null;
  /** #ORGNR's organisation number as written ("212000-1234"), null when absent. */
  orgNumber: string | null = null;
  detection: Detection = { encoding: 'cp437', odd: 0, oddOffset: -1 };
  /** Line of the first byte that is no likely character in the detected encoding. */
  oddLine = 0;
  readonly dims = new Map<number, string>();
  readonly balances: BalanceRecords;
  records = 0;
  konto = 0;
  checksum: 'ok' | 'absent' = 'absent';
  private crc: Crc32 | null = null;
  private ksummaLine = 0;
  /** Line of the first control byte, 0 while none was seen. */
  private controlLine = 0;

  constructor(options: SieReadOptions, sink: SieSink) {
    this.ctx = new ReadContext(options.dimension ?? 1, options.fileName, options.projectDimension ?? -1);
    this.vouchers = new VoucherReader(this.ctx, sink);
    this.balances = new BalanceRecords(this.ctx);
  }

  detect(sample: Buffer, firstLine: number): void {
    const d = detectEncoding(sample);
    this.detection = d;
    this.ctx.decoder.encoding = d.encoding;
    if (d.odd > 0) {
      let line = firstLine;
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
      b === 0x23 &&
      buf[s + 1] === 0x54 &&
      buf[s + 2] === 0x52 &&
      buf[s + 3] === 0x41 &&
      buf[s + 4] === 0x4e &&
      buf[s + 5] === 0x53 &&
      (buf[s + 6] === 0x20 || buf[s + 6] === 0x09) &&
      !this.crc &&
      this.vouchers.fastTrans(buf, s + 6, end)
    ) {
      this.records++;
      return;
    }
    if (
      b === 0x23 &&
      buf[s + 1] === 0x56 &&
      buf[s + 2] === 0x45 &&
      buf[s + 3] === 0x52 &&
      (buf[s + 4] === 0x20 || buf[s + 4] === 0x09) &&
      !this.crc &&
      this.vouchers.fastBegin(buf, s + 4, end)
    ) {
      this.records++;
      return;
    }
    const t = ctx.tokens;
    t.tokenize(buf, s, end);
    if (t.control >= 0 && this.controlLine === 0) {
      this.controlLine = lineNo;
      const hex = t.control.toString(16).toUpperCase().padStart(2, '0');
      ctx.warn(`styrtecken (0x${hex}) i filen, det första på den här raden; kontrollera teckenkodningen`, lineNo);
    }
    const code = labelCode(t.src[0]!, t.start[0]!, t.end[0]!);
    if (code < 0) {
      ctx.warn('raden är ingen SIE-post (den börjar inte med #) och hoppades över', lineNo, 'rader som inte är SIE-poster');
      return;
    }
    this.records++;
    if (t.unclosedQuote) ctx.warn('ett citattecken avslutas inte före radens slut', lineNo, 'citattecken som inte avslutas');
    if (code === KSUMMA) {
      this.ksumma();
      return;
    }
    if (this.crc) this.crc.updateRecord(t);
    if (code === TRANS) this.vouchers.trans();
    else if (code === VER) this.vouchers.begin();
    else if (code === RTRANS || code === BTRANS) this.vouchers.ignoredTrans(t.ascii(0));
    else this.record(code);
  }

  /**
   * The last line when the file does not end with a line break. A line that is no known record
   * (or cannot be read) was cut off: an error. A complete record is read, with a warning.
   * Trailing Ctrl-Z bytes (an end-of-file mark of old DOS programs) are no content.
   */
  lastLine(buf: Buffer, start: number, end: number, lineNo: number): void {
    const ctx = this.ctx;
    const blank = (b: number | undefined): boolean => b === 0x20 || b === 0x09;
    while (end > start && (buf[end - 1] === 0x1a || blank(buf[end - 1]))) end--;
    let s = start;
    while (s < end && blank(buf[s])) s++;
    if (s === end) return;
    ctx.setLine(buf, start, end, lineNo);
    const cut = (why: string): never =>
      ctx.fail(`filen slutar mitt i en rad: den sista raden saknar radbrytning och ${why}; filen verkar avkortad`);
    const brace = end - s === 1 && (buf[s] === 0x7b || buf[s] === 0x7d);
    if (!brace) {
      const t = ctx.tokens;
      t.tokenize(buf, s, end);
      if (!ALL_LABELS.has(labelCode(t.src[0]!, t.start[0]!, t.end[0]!))) cut('är ingen känd SIE-post');
      if (t.unclosedQuote) cut('ett citattecken avslutas inte');
      if (t.unclosedList) cut('objektlistan avslutas inte');
    }
    try {
      this.line(buf, start, end, lineNo);
    } catch (e) {
      if (e instanceof SieError && e.line === lineNo) cut(`går inte att läsa (${e.reason})`);
      throw e;
    }
    ctx.warn('den sista raden saknar radbrytning; kontrollera att filen inte är avkortad', lineNo);
  }

  /** Any record but vouchers and #KSUMMA. */
  private record(code: number): void {
    const ctx = this.ctx;
    const t = ctx.tokens;
    if (NOT_IN_VOUCHER.has(code)) this.vouchers.otherRecord();
    const b = this.balances;
    switch (code) {
      case PSALDO:
        b.periodRow(b.psaldo, '#PSALDO');
        return;
      case PBUDGET:
        b.periodRow(b.pbudget, '#PBUDGET');
        return;
      case IB:
        b.yearRow(b.ib, '#IB');
        return;
      case UB:
        b.yearRow(b.ub, '#UB');
        return;
      case RES:
        b.yearRow(b.res, '#RES');
        return;
      case KONTO: {
        const a = ctx.account(1, '#KONTO');
        this.konto++;
        ctx.accountNames[a] = ctx.name(ctx.textRest(2), 'kontots namn');
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
        if (!(dim >= 0) || t.count < 3) ctx.fail('felaktig #OBJEKT: väntade dimension, objekt och namn, t.ex. #OBJEKT 1 "100" "Enhet 100"');
        const o = ctx.object(dim, 2);
        if (o >= 0) ctx.objectNames[o] = ctx.name(ctx.textRest(3), 'objektets namn');
        return;
      }
      case DIM:
      case UNDERDIM: {
        const dim = ctx.int(1);
        if (!(dim >= 0)) ctx.fail(`felaktig ${t.ascii(0)}: dimensionens nummer saknas eller är inget heltal`);
        this.dims.set(dim, ctx.name(t.ascii(0) === '#UNDERDIM' ? ctx.text(2) : ctx.textRest(2), 'dimensionens namn'));
        return;
      }
      case RAR:
        b.rarRow();
        return;
      case SIETYP: {
        const n = Number.parseInt(t.ascii(1), 10);
        this.sieType = Number.isNaN(n) ? null : n;
        return;
      }
      case PROGRAM:
        this.program = ctx.name([ctx.text(1), ctx.text(2)].filter((x) => x !== '').join(' '), '#PROGRAM') || null;
        return;
      case FORMAT:
        this.format = t.ascii(1).slice(0, MAX_CODE_CHARS);
        return;
      case FNAMN:
        this.companyName = ctx.name(ctx.textRest(1), '#FNAMN');
        return;
      case ORGNR:
        this.orgNumber = ctx.code(ctx.text(1).trim(), '#ORGNR') || null;
        return;
      default:
        return; // unknown or unused record
    }
  }

  /** End of the file: checks what can only be checked then. */
  end(): void {
    const ctx = this.ctx;
    this.vouchers.end();
    if (this.crc) ctx.fail(`#KSUMMA på rad ${this.ksummaLine} inleder en kontrollsumma som aldrig avslutas (är filen ofullständig?)`);
    if (this.records === 0) ctx.fail('filen är tom eller ingen SIE-fil: den har inga SIE-poster (rader som börjar med #)');
    if (this.balances.rar.length > 0) return;
    const needsRar = this.balances.needsRarLine;
    if (needsRar > 0) ctx.fail('#RAR saknas: filen har saldon per årsnummer men anger inga räkenskapsår (#RAR)', needsRar);
    // #RAR may be left out of an import file (type 4I, named *.SI; without a name: one without
    // a chart of accounts), never out of an export file with vouchers (type 4E).
    const fileName = ctx.fileName;
    const importFile = fileName !== undefined ? /\.si$/i.test(fileName) : this.konto === 0;
    if (this.vouchers.vouchers > 0 && !importFile) {
      ctx.fail('#RAR saknas: en exportfil med verifikationer måste ange sina räkenskapsår (#RAR)', this.vouchers.firstLine);
    }
  }

  private ksumma(): void {
    const ctx = this.ctx;
    if (!this.crc) {
      if (this.checksum === 'ok') ctx.fail('en andra kontrollsumma (#KSUMMA); filen får bara ha en');
      this.crc = new Crc32();
      this.ksummaLine = ctx.lineNo;
      return;
    }
    const stated = ctx.tokens.ascii(1);
    const computed = this.crc.value();
    this.crc = null;
    if (!/^\d+$/.test(stated) || Number(stated) !== computed) {
      ctx.fail(
        `kontrollsumman stämmer inte: #KSUMMA anger ${stated || '(ingenting)'}, men posterna mellan rad ${this.ksummaLine} och den här raden ger ${computed}`,
      );
    }
    this.checksum = 'ok';
  }
}
