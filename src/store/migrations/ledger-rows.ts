/**
 * Migration 0003: the ledger as plain rows. Tables `vouchers` (one row a voucher) and
 * `ledger_postings` (one row a posting) replace the packed `voucher_blocks` and `postings`; an
 * existing database's packed vouchers are moved into them (decoded by legacy/packed.ts), then the
 * packed tables are dropped.
 *
 * Keys: an import's rows are (import_no, seq) and (import_no, seq, line), import_no being the
 * import log's number, seq the voucher's place in its file and line the posting's place in its
 * voucher; so an import is found, replaced and deleted by ranges of the primary key. The
 * drill-down index (committee, account, code, date, then the voucher and the amount) answers "an
 * area's postings on one account over a range of periods, newest first, at most n" from the index
 * alone. A posting repeats its voucher's period and date for that: periods and dates never differ
 * within a voucher (the period is the month of the date).
 *
 * SQLite: STRICT (a wrong type is an error, not a silent conversion) and WITHOUT ROWID (the rows
 * sit in their primary key's order: one B-tree a table, not two).
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { decodeLegacyPostings, decodeLegacyVoucherBlock, LEGACY_BLOCK_SIZE } from '../legacy/packed.ts';
import type { LedgerPostingTable, VoucherTable } from '../schema.ts';

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The tables and the drill-down index, in each dialect's words. */
async function createLedgerRowTables(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const int = pg ? sql`integer` : sql`INTEGER`;
  const money = pg ? sql`bigint` : sql`INTEGER`;
  const options = pg ? sql`` : sql` STRICT, WITHOUT ROWID`;
  await sql`CREATE TABLE vouchers (
    committee_id TEXT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    import_no ${int} NOT NULL,
    seq ${int} NOT NULL,
    period TEXT NOT NULL,
    voucher_date TEXT NOT NULL,
    series TEXT NOT NULL,
    number TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (import_no, seq)
  )${options}`.execute(db);
  await sql`CREATE TABLE ledger_postings (
    committee_id TEXT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    import_no ${int} NOT NULL,
    seq ${int} NOT NULL,
    line ${int} NOT NULL,
    period TEXT NOT NULL,
    voucher_date TEXT NOT NULL,
    account TEXT NOT NULL,
    code TEXT NOT NULL,
    amount ${money} NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (import_no, seq, line)
  )${options}`.execute(db);
  await (pg
    ? sql`CREATE INDEX ledger_postings_drill ON ledger_postings (committee_id, account, code, voucher_date, import_no, seq, line DESC) INCLUDE (amount)`
    : sql`CREATE INDEX ledger_postings_drill ON ledger_postings (committee_id, account, code, voucher_date, import_no, seq, line DESC, amount)`
  ).execute(db);
  // A committee's months: what other tools ask of bi_postings, and what a table import removes.
  await sql`CREATE INDEX ledger_postings_period ON ledger_postings (committee_id, period)`.execute(db);
  await sql`CREATE INDEX vouchers_period ON vouchers (committee_id, period)`.execute(db);
}

interface LegacyTables {
  voucher_blocks: { committee_id: string; import_no: number; block: number; data: Uint8Array };
  postings: { import_no: number; count: number; data: Uint8Array };
  vouchers: VoucherTable;
  ledger_postings: LedgerPostingTable;
}

/** Rows per INSERT: 500 postings are 5 000 bound values (500 vouchers 4 000), well under both databases' limits. */
const CHUNK = 500;
const BLOCKS_AT_A_TIME = 20;

/**
 * Moves the packed vouchers into rows. A voucher moves when a posting list still refers to it:
 * a newer export or a table import removed the lists of the periods it replaced, but a block that
 * straddled those periods stayed, with vouchers nothing showed any more. A moved voucher brings
 * every transaction as a posting; their number must equal what the lists held.
 */
async function movePackedVouchers(db: Kysely<LegacyTables>): Promise<void> {
  const imports = await db.selectFrom('voucher_blocks').select('import_no').distinct().orderBy('import_no').execute();
  for (const { import_no: importNo } of imports) {
    const shown = new Set<number>();
    let listed = 0;
    for (const l of await db.selectFrom('postings').select(['count', 'data']).where('import_no', '=', importNo).execute()) {
      damaged(`import ${importNo}: en packad konteringslista`, () => decodeLegacyPostings(l.data, (seq) => shown.add(seq)));
      listed += l.count;
    }
    let moved = 0;
    // A few blocks at a time (a block is up to some 100 kB), so that memory stays flat.
    const blocksFrom = (after: number) =>
      db
        .selectFrom('voucher_blocks')
        .select(['committee_id', 'block', 'data'])
        .where('import_no', '=', importNo)
        .where('block', '>', after)
        .orderBy('block')
        .limit(BLOCKS_AT_A_TIME)
        .execute();
    for (let page = await blocksFrom(-1); page.length > 0; page = await blocksFrom(page.at(-1)?.block ?? 0)) {
      for (const b of page) {
        const decoded = damaged(`import ${importNo}: en packad verifikationsdel (block ${b.block})`, () =>
          decodeLegacyVoucherBlock(b.data, b.block * LEGACY_BLOCK_SIZE + 1),
        );
        const vouchers: VoucherTable[] = [];
        const postings: Omit<LedgerPostingTable, 'project'>[] = [];
        for (const v of decoded) {
          if (!shown.has(v.seq)) continue;
          const period = v.date.slice(0, 7);
          const row = { committee_id: b.committee_id, import_no: importNo, seq: v.seq, period, voucher_date: v.date };
          vouchers.push({ ...row, series: v.series, number: v.number, text: v.text });
          let line = 0;
          for (const t of v.transactions)
            postings.push({ ...row, line: ++line, account: t.account, code: t.code, amount: t.amount, text: t.text });
          moved += v.transactions.length;
        }
        // Each block's rows, CHUNK to an INSERT: nothing is held from one block to the next.
        for (let i = 0; i < vouchers.length; i += CHUNK)
          await db
            .insertInto('vouchers')
            .values(vouchers.slice(i, i + CHUNK))
            .execute();
        for (let i = 0; i < postings.length; i += CHUNK)
          await db
            .insertInto('ledger_postings')
            .values(postings.slice(i, i + CHUNK))
            .execute();
      }
    }
    if (moved !== listed) {
      throw new Error(
        `import ${importNo}: konteringslistorna har ${listed} konteringar men verifikationerna ${moved}; de packade uppgifterna stämmer inte`,
      );
    }
  }
}

/** Decodes legacy data, naming what is damaged in Swedish (the decoders' own words follow). */
function damaged<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    throw new Error(`${what} går inte att läsa, den är skadad (${e instanceof Error ? e.message : String(e)})`);
  }
}

async function up(db: Kysely<unknown>): Promise<void> {
  await createLedgerRowTables(db);
  await movePackedVouchers(db as Kysely<LegacyTables>);
  await db.schema.dropTable('postings').execute();
  await db.schema.dropTable('voucher_blocks').execute();
}

export const ledgerRows = {
  // The migrator runs PostgreSQL's migrations in a transaction, SQLite's not: this one is.
  up: (db: Kysely<unknown>) => (db.isTransaction ? up(db) : db.transaction().execute(up)),
};
