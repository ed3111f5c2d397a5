/**
 * Vouchers and their postings, stored for drill-down and traceability. Vouchers are kept in
 * blocks of BLOCK_SIZE (packed, in file order: voucher-blocks.ts); postings are indexed in packed lists per
 * (import, period, account, code) (posting-lists.ts). An import of 1M vouchers and 2M postings
 * thus writes about a thousand blocks and a few thousand lists, on SQLite and PostgreSQL alike,
 * through the one query layer.
 */
import type { Q } from './committees.ts';
import { dateNumber, decodePostings, PostingListBuilder } from './posting-lists.ts';
import type { PostingTable, VoucherBlockTable } from './schema.ts';
import { decodeVoucherBlock, type StoredVoucher, VoucherBlockWriter } from './voucher-blocks.ts';

export const BLOCK_SIZE = 1000;

/** A voucher to store: numbered 1, 2, 3 … in the order given, booked in the month of its date. */
export type VoucherRow = Omit<StoredVoucher, 'seq'>;

export interface VoucherStore {
  /** Takes the next voucher (synchronously: called from the reader's sink). */
  add(v: VoucherRow): void;
  /** Writes the finished blocks. Call between chunks of the file. */
  flush(): Promise<void>;
  /** Writes the last block and the posting lists. */
  finish(): Promise<{ vouchers: number; postings: number }>;
}

const LIST_ROWS = 200;
/** Postings held in memory before the lists are written as a new part (16 bytes each). */
const POSTINGS_IN_MEMORY = 1_000_000;

export function createVoucherStore(q: Q, committeeId: string, importNo: number, postingsInMemory = POSTINGS_IN_MEMORY): VoucherStore {
  let current = new VoucherBlockWriter();
  let first = '';
  let last = '';
  let count = 0;
  let postings = 0;
  let held = 0;
  let part = 0;
  let ready: VoucherBlockTable[] = [];
  // period → account → code → list; nested maps look up the reader's interned strings without
  // building a key string per posting.
  const lists = new Map<string, Map<string, Map<string, PostingListBuilder>>>();
  const listOf = (period: string, account: string, code: string): PostingListBuilder => {
    let byAccount = lists.get(period);
    if (!byAccount) lists.set(period, (byAccount = new Map()));
    let byCode = byAccount.get(account);
    if (!byCode) byAccount.set(account, (byCode = new Map()));
    let list = byCode.get(code);
    if (!list) byCode.set(code, (list = new PostingListBuilder()));
    return list;
  };
  const close = () => {
    if (current.count === 0) return;
    ready.push({
      committee_id: committeeId,
      import_no: importNo,
      block: Math.floor((count - 1) / BLOCK_SIZE),
      first_date: first,
      last_date: last,
      count: current.count,
      data: current.encode(),
    });
    current = new VoucherBlockWriter();
  };
  const write = async () => {
    const blocks = ready;
    ready = [];
    for (let i = 0; i < blocks.length; i += 20)
      await q
        .insertInto('voucher_blocks')
        .values(blocks.slice(i, i + 20))
        .execute();
  };
  const writeLists = async () => {
    const rows: PostingTable[] = [];
    for (const [period, byAccount] of lists) {
      for (const [account, byCode] of byAccount) {
        for (const [code, list] of byCode) {
          rows.push({
            committee_id: committeeId,
            import_no: importNo,
            period,
            account,
            code,
            part,
            count: list.length,
            data: list.encode(),
          });
        }
      }
    }
    lists.clear();
    held = 0;
    part++;
    for (let i = 0; i < rows.length; i += LIST_ROWS)
      await q
        .insertInto('postings')
        .values(rows.slice(i, i + LIST_ROWS))
        .execute();
  };
  return {
    add(v) {
      const seq = ++count;
      const period = v.date.slice(0, 7);
      if (current.count === 0 || v.date < first) first = v.date;
      if (current.count === 0 || v.date > last) last = v.date;
      const date = dateNumber(v.date);
      current.add(v);
      for (const t of v.transactions) {
        listOf(period, t.account, t.code).add(seq, date, t.amount);
        postings++;
        held++;
      }
      if (current.count === BLOCK_SIZE) close();
    },
    async flush() {
      if (ready.length > 0) await write();
      if (held >= postingsInMemory) await writeLists();
    },
    async finish() {
      close();
      await write();
      await writeLists();
      return { vouchers: count, postings };
    },
  };
}

/**
 * Removes what the imports before `importNo` hold for [from, to] (YYYY-MM-DD): their postings in
 * the range, and their blocks that lie wholly in it. A block that straddles the range stays, but no
 * posting refers to its vouchers in the range any more, so they are never shown.
 */
export async function deleteOlderVouchers(q: Q, committeeId: string, importNo: number, from: string, to: string): Promise<void> {
  await q
    .deleteFrom('postings')
    .where('committee_id', '=', committeeId)
    .where('import_no', '<', importNo)
    .where('period', '>=', from.slice(0, 7))
    .where('period', '<=', to.slice(0, 7))
    .execute();
  await q
    .deleteFrom('voucher_blocks')
    .where('committee_id', '=', committeeId)
    .where('import_no', '<', importNo)
    .where('first_date', '>=', from)
    .where('last_date', '<=', to)
    .execute();
}

/**
 * Removes a committee's postings in [from, to] (periods): their figures were replaced by an import
 * without vouchers (a table), so the postings no longer add up to them. Their blocks stay, but no
 * posting refers to those vouchers any more, so they are never shown.
 */
export async function deletePostings(q: Q, committeeId: string, from: string, to: string): Promise<void> {
  await q.deleteFrom('postings').where('committee_id', '=', committeeId).where('period', '>=', from).where('period', '<=', to).execute();
}

/** Removes all vouchers and postings of a committee. */
export async function deleteAllVouchers(q: Q, committeeId: string): Promise<void> {
  await q.deleteFrom('postings').where('committee_id', '=', committeeId).execute();
  await q.deleteFrom('voucher_blocks').where('committee_id', '=', committeeId).execute();
}

/** Number of postings a committee's posting lists hold. */
export async function countPostings(q: Q, committeeId: string): Promise<number> {
  const row = await q
    .selectFrom('postings')
    .select((e) => e.fn.sum<number>('count').as('n'))
    .where('committee_id', '=', committeeId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The codes that have postings on an account in a range of periods. */
export async function postingCodes(q: Q, committeeId: string, account: string, from: string, to: string): Promise<string[]> {
  const rows = await q
    .selectFrom('postings')
    .select('code')
    .distinct()
    .where('committee_id', '=', committeeId)
    .where('account', '=', account)
    .where('period', '>=', from)
    .where('period', '<=', to)
    .execute();
  return rows.map((r) => r.code);
}

export interface VoucherLine {
  date: string;
  series: string;
  number: string;
  text: string;
  account: string;
  code: string;
  amount: number;
}

/** The postings behind an account for some codes in a range of periods, newest first, at most `limit`. */
export async function loadVoucherLines(
  q: Q,
  committeeId: string,
  account: string,
  codes: readonly string[],
  from: string,
  to: string,
  limit = 500,
): Promise<VoucherLine[]> {
  if (codes.length === 0) return [];
  const lists = await q
    .selectFrom('postings')
    .select(['import_no', 'code', 'data'])
    .where('committee_id', '=', committeeId)
    .where('account', '=', account)
    .where('period', '>=', from)
    .where('period', '<=', to)
    .where('code', 'in', codes)
    .execute();
  const found: { importNo: number; code: string; seq: number; date: number; amount: number }[] = [];
  for (const l of lists) decodePostings(l.data, (p) => found.push({ importNo: l.import_no, code: l.code, ...p }));
  found.sort((a, b) => b.date - a.date || b.importNo - a.importNo || b.seq - a.seq);
  const top = found.slice(0, limit);
  const wanted = new Map<string, { importNo: number; block: number }>();
  for (const p of top) {
    const block = Math.floor((p.seq - 1) / BLOCK_SIZE);
    wanted.set(`${p.importNo}:${block}`, { importNo: p.importNo, block });
  }
  const vouchers = new Map<string, StoredVoucher>();
  const keys = [...wanted.values()];
  for (let i = 0; i < keys.length; i += 100) {
    const part = keys.slice(i, i + 100);
    const blocks = await q
      .selectFrom('voucher_blocks')
      .select(['import_no', 'block', 'data'])
      .where('committee_id', '=', committeeId)
      .where((eb) => eb.or(part.map((k) => eb.and([eb('import_no', '=', k.importNo), eb('block', '=', k.block)]))))
      .execute();
    for (const b of blocks) {
      for (const v of decodeVoucherBlock(b.data, b.block * BLOCK_SIZE + 1)) vouchers.set(`${b.import_no}:${v.seq}`, v);
    }
  }
  return top.map((p) => {
    const v = vouchers.get(`${p.importNo}:${p.seq}`);
    if (!v) throw new Error(`voucher ${p.seq} of import ${p.importNo} is missing`);
    return { date: v.date, series: v.series, number: v.number, text: v.text, account, code: p.code, amount: p.amount };
  });
}
