/**
 * Balance records: #RAR fiscal years, #IB/#UB/#RES per year and #PSALDO/#PBUDGET per period.
 * The rows are kept (they are few next to vouchers) and resolved when the file has ended.
 */
import { limitText, MAX_SIE_BALANCE_ROWS } from '../limits.ts';
import type { ReadContext } from './context.ts';
import { parsePeriodField } from './tokenizer.ts';

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

export class BalanceRecords {
  readonly rar: RarRow[] = [];
  readonly psaldo: PeriodRow[] = [];
  readonly pbudget: PeriodRow[] = [];
  readonly ib: YearRow[] = [];
  readonly ub: YearRow[] = [];
  readonly res: YearRow[] = [];
  private rows = 0;
  /** First line of a record that needs #RAR to be understood. */
  needsRarLine = 0;
  private readonly ctx: ReadContext;

  constructor(ctx: ReadContext) {
    this.ctx = ctx;
  }

  rarRow(): void {
    const ctx = this.ctx;
    const index = ctx.int(1);
    const start = ctx.date(2, 'startdatumet', 'felaktig #RAR: ');
    const end = ctx.date(3, 'slutdatumet', 'felaktig #RAR: ');
    if (Number.isNaN(index) || start < 0 || end < 0 || end < start)
      ctx.fail('felaktig #RAR: väntade årsnummer, startdatum och slutdatum, t.ex. #RAR 0 20250101 20251231');
    if (this.rar.some((r) => r.index === index)) ctx.fail(`räkenskapsåret med årsnummer ${index} anges två gånger (#RAR)`);
    this.rar.push({ index, start, end, line: ctx.lineNo });
  }

  /** #PSALDO / #PBUDGET year period account {objects} amount [quantity] */
  periodRow(rows: PeriodRow[], what: string): void {
    const ctx = this.ctx;
    const t = ctx.tokens;
    const year = ctx.int(1);
    if (Number.isNaN(year)) ctx.fail(`${what} saknar årsnummer`);
    let month = t.count > 2 ? parsePeriodField(t.src[2]!, t.start[2]!, t.end[2]!) : -1;
    let accountField = 3;
    if (month < 0 && t.count > 3) {
      // Some programs (BL Administration's ISO-8859-15 export) write account before period.
      month = parsePeriodField(t.src[3]!, t.start[3]!, t.end[3]!);
      if (month >= 0) {
        accountField = 2;
        ctx.warnOnce(`${what}-rader har kontot före perioden (den första på den här raden); de läses så`);
      }
    }
    if (month < 0) ctx.fail(`felaktig period "${t.ascii(2)}" i ${what} (väntade ÅÅÅÅMM, t.ex. 202504)`);
    const account = ctx.account(accountField, what);
    const i = ctx.readObjectList(4, what);
    const amount = ctx.amount(i, what);
    this.count();
    rows.push({ line: ctx.lineNo, year, month, account, list: Array.from(ctx.list.subarray(0, ctx.listLen)), amount });
    if (this.needsRarLine === 0) this.needsRarLine = ctx.lineNo;
  }

  /** #IB / #UB / #RES year account amount [quantity] */
  yearRow(rows: YearRow[], what: string): void {
    const ctx = this.ctx;
    const year = ctx.int(1);
    if (Number.isNaN(year)) ctx.fail(`${what} saknar årsnummer`);
    const account = ctx.account(2, what);
    const amount = ctx.amount(3, what);
    this.count();
    rows.push({ line: ctx.lineNo, year, account, amount });
    if (this.needsRarLine === 0) this.needsRarLine = ctx.lineNo;
  }

  /** Counts a kept balance row; fails beyond MAX_SIE_BALANCE_ROWS. */
  private count(): void {
    if (++this.rows > MAX_SIE_BALANCE_ROWS)
      this.ctx.fail(
        `filen har fler än gränsen ${limitText(MAX_SIE_BALANCE_ROWS)} saldo- och budgetposter (#PSALDO, #PBUDGET, #IB, #UB, #RES)`,
      );
  }
}
