/**
 * Writes an import's vouchers and postings as rows (tables vouchers and ledger_postings), in the
 * import's transaction and as the reader delivers them, so that memory stays flat: on SQLite by
 * prepared statements, one row at a time (better-sqlite3 runs them synchronously, in the reader's
 * sink); on PostgreSQL by COPY … FROM STDIN (pg-copy-streams), a batch of vouchers at a time.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { RawConnection } from './db.ts';

export interface VoucherTransaction {
  account: string;
  /** Responsibility code, '' when untagged. */
  code: string;
  amount: number;
  /** '' when the transaction has no text of its own. */
  text: string;
  /** The object of the committee's project dimension, when it has one and the posting is tagged. */
  project?: string;
}

/** A voucher to store: numbered 1, 2, 3 … in the order given, booked in the month of its date. */
export interface VoucherRow {
  series: string;
  number: string;
  /** YYYY-MM-DD */
  date: string;
  text: string;
  transactions: VoucherTransaction[];
}

export interface VoucherStore {
  /** Takes the next voucher (synchronously: called from the reader's sink). */
  add(v: VoucherRow): void;
  /** Writes what is held. Call between chunks of the file. */
  flush(): Promise<void>;
  /** Writes the rest. */
  finish(): Promise<{ vouchers: number; postings: number }>;
}

/** The columns the writers fill, in order (bench/import-floor.ts inserts the same). */
export const VOUCHER_COLUMNS = 'committee_id, import_no, seq, period, voucher_date, series, number, text';
export const POSTING_COLUMNS = 'committee_id, import_no, seq, line, period, voucher_date, account, code, amount, text';

/** A store for import `importNo` of a committee; `raw` is the connection of the transaction it writes in (Db.write). */
export function createVoucherStore(raw: RawConnection, committeeId: string, importNo: number): VoucherStore {
  return raw.dialect === 'sqlite' ? sqliteStore(raw.database, committeeId, importNo) : postgresStore(raw.client, committeeId, importNo);
}

function sqliteStore(
  database: Extract<RawConnection, { dialect: 'sqlite' }>['database'],
  committeeId: string,
  importNo: number,
): VoucherStore {
  // Outside a transaction each row would commit by itself.
  if (!database.inTransaction) throw new Error('the voucher store writes in a transaction only (Db.write)');
  const voucher = database.prepare(`INSERT INTO vouchers (${VOUCHER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const posting = database.prepare(`INSERT INTO ledger_postings (${POSTING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // Few postings carry a project (investments): they take a statement of their own.
  const projectPosting = database.prepare(
    `INSERT INTO ledger_postings (${POSTING_COLUMNS}, project) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let seq = 0;
  let postings = 0;
  return {
    add(v) {
      seq++;
      const period = v.date.slice(0, 7);
      voucher.run(committeeId, importNo, seq, period, v.date, v.series, v.number, v.text);
      let line = 0;
      for (const t of v.transactions) {
        if (t.project === undefined) posting.run(committeeId, importNo, seq, ++line, period, v.date, t.account, t.code, t.amount, t.text);
        else projectPosting.run(committeeId, importNo, seq, ++line, period, v.date, t.account, t.code, t.amount, t.text, t.project);
      }
      postings += line;
    },
    flush: async () => {},
    finish: async () => ({ vouchers: seq, postings }),
  };
}

/** Vouchers held before they are copied (with their postings, some 2 MB of text). */
const COPY_BATCH = 10_000;

// COPY's text format: backslash, tab, newline and carriage return escaped. PostgreSQL text cannot
// hold U+0000 at all: it is stored as U+FFFD.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters COPY needs escaped.
const SPECIAL = /[\\\t\n\r\u0000]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u0000': '\uFFFD' };
const field = (s: string) => (s.search(SPECIAL) < 0 ? s : s.replace(SPECIAL, (c) => ESCAPES[c] ?? c));

function postgresStore(
  client: Extract<RawConnection, { dialect: 'postgres' }>['client'],
  committeeId: string,
  importNo: number,
): VoucherStore {
  const prefix = `${field(committeeId)}\t${importNo}\t`;
  let vouchers: string[] = [];
  let postingLines: string[] = [];
  let seq = 0;
  let postings = 0;
  const copy = async (table: string, columns: string, lines: string[]) => {
    if (lines.length === 0) return;
    lines.push('');
    await pipeline(Readable.from([Buffer.from(lines.join('\n'))]), client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
  };
  const write = async () => {
    const [v, p] = [vouchers, postingLines];
    vouchers = [];
    postingLines = [];
    await copy('vouchers', VOUCHER_COLUMNS, v);
    await copy('ledger_postings', `${POSTING_COLUMNS}, project`, p);
  };
  return {
    add(v) {
      seq++;
      const key = `${prefix}${seq}\t`;
      const when = `${v.date.slice(0, 7)}\t${field(v.date)}\t`;
      vouchers.push(`${key}${when}${field(v.series)}\t${field(v.number)}\t${field(v.text)}`);
      let line = 0;
      for (const t of v.transactions) {
        const project = t.project === undefined ? '\\N' : field(t.project);
        postingLines.push(`${key}${++line}\t${when}${field(t.account)}\t${field(t.code)}\t${t.amount}\t${field(t.text)}\t${project}`);
      }
      postings += line;
    },
    async flush() {
      if (vouchers.length >= COPY_BATCH) await write();
    },
    async finish() {
      await write();
      return { vouchers: seq, postings };
    },
  };
}
