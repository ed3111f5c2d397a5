/**
 * Use case: import a spreadsheet (CSV or XLSX) of actual amounts or budget into a committee, all
 * or nothing. Rows are summed per (period, account, code); the (period, responsibility code) pairs
 * the file holds are replaced, nothing else. The same file again changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { AmountRow } from '#core/figures.ts';
import { compareP } from '#core/period.ts';
import { readTableBatches, TableError } from '#ledger/table/index.ts';
import type { Db } from '#store/db.ts';
import { claimImportNo, latestImport } from '#store/imports.ts';
import { beginJournal } from '#store/undo-journal.ts';
import { logImportAudited } from './import-audit.ts';
import { checkReportable, shortMonthWarning } from './import-checks.ts';
import { addAreasForNewCodes, checkCommitteeId, checkReadable, currentUser, ensureCommittee, sha256Of } from './import-common.ts';
import { type ReplacedPairs, replacePairs } from './import-pairs.ts';

/** A sum of the sheet's amounts beyond the exact integers: refused at the row that made it so. */
const tooLarge = (file: string, row: number) =>
  new TableError(
    'beloppen är för stora: summan av beloppen blir större än systemet kan räkna exakt med. Kontrollera beloppen och decimaltecknet',
    {
      file,
      row,
    },
  );

export interface TableImportOptions {
  committeeId: string;
  kind: 'actual' | 'budget';
  /** Name of a committee the import creates (default: its id). */
  committeeName?: string;
  fileName?: string;
  user?: string;
  /** Bytes of the file read so far, called as it is read. */
  onProgress?: (bytesRead: number) => void;
}

export interface TableImportSummary {
  committee: string;
  kind: 'actual' | 'budget';
  fileName: string;
  sha256: string;
  rows: number;
  periods: string[];
  counts: { amounts: number; codes: number; areasCreated: number };
  /** Rows per period, ascending (a period that stops short shows here). */
  rowsPerPeriod?: { period: string; rows: number }[];
  warnings?: { row: number; message: string }[];
  /** Sum of all amounts in öre (ledger sign), to check against the source. */
  total: number;
  /** What the import replaced: the (period, code) pairs the sheet holds, and their sums before and after. */
  replaced: ReplacedPairs;
  unchanged: boolean;
  importId: string | null;
}

/** The summary of the import a file repeats, as the log has it: nothing changed. */
function unchangedSummary(logged: unknown, fileName: string): TableImportSummary {
  const last = logged as TableImportSummary;
  return { ...last, counts: { ...last.counts, areasCreated: 0 }, fileName, unchanged: true, importId: null };
}

export async function importTable(db: Db, path: string, options: TableImportOptions): Promise<TableImportSummary> {
  checkCommitteeId(options.committeeId);
  const fileName = options.fileName ?? basename(path);
  const kind = options.kind;
  const logKind = kind === 'actual' ? 'table-actual' : 'table-budget';
  await checkReadable(path, fileName);
  // The file imported last, again: known by its SHA-256 before it is parsed.
  const sha256 = await sha256Of(path);
  const previous = await latestImport(db.kysely, options.committeeId);
  if (previous?.kind === logKind && previous.sha256 === sha256) return unchangedSummary(previous.summary, fileName);
  // Read the whole file first: a bad row stops the import before anything is written.
  const sums = new Map<string, AmountRow>();
  let rowCount = 0;
  let total = 0;
  const perPeriod = new Map<string, number>();
  for await (const batch of readTableBatches(path, { kind, fileName, onProgress: options.onProgress })) {
    for (const r of batch) {
      rowCount++;
      total += r.amount;
      perPeriod.set(r.period, (perPeriod.get(r.period) ?? 0) + 1);
      const key = `${r.period}\u0000${r.account}\u0000${r.code}`;
      const found = sums.get(key);
      if (found) found.amount += r.amount;
      else sums.set(key, { period: r.period, account: r.account, code: r.code, amount: r.amount });
      if (!Number.isSafeInteger(total) || (found && !Number.isSafeInteger(found.amount))) throw tooLarge(fileName, r.row);
    }
  }
  const rows = [...sums.values()];
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const codes = [...new Set(rows.map((r) => r.code))].sort();
  const summary: TableImportSummary = {
    committee: options.committeeId,
    kind,
    fileName,
    sha256,
    rows: rowCount,
    periods,
    counts: { amounts: rows.length, codes: codes.length, areasCreated: 0 },
    rowsPerPeriod: [...perPeriod].map(([period, n]) => ({ period, rows: n })).sort((a, b) => compareP(a.period, b.period)),
    warnings: [],
    total,
    replaced: { periods, codes, pairs: 0, before: 0, after: total, postingsRemoved: 0 },
    unchanged: false,
    importId: null,
  };
  const done = await db.kysely.transaction().execute(async (q) => {
    const importNo = await claimImportNo(q, db.dialect);
    const latest = await latestImport(q, options.committeeId);
    // The same file, imported by another process meanwhile.
    if (latest?.kind === logKind && latest.sha256 === sha256) return unchangedSummary(latest.summary, fileName);
    await beginJournal(q, options.committeeId, importNo);
    const { committee } = await ensureCommittee(q, options.committeeId, options.committeeName ?? options.committeeId);
    summary.counts.areasCreated = await addAreasForNewCodes(
      q,
      options.committeeId,
      codes.map((id) => ({ id, name: id })),
    );
    // Only the (period, code) pairs the sheet holds: a one-row budget sheet changes one area.
    summary.replaced = await replacePairs(q, options.committeeId, kind, rows, importNo);
    const short = shortMonthWarning(
      [...perPeriod].map(([period, count]) => ({ period, count })),
      committee.fiscalYearStartMonth,
      'rader',
    );
    if (short) summary.warnings?.push({ row: 0, message: short });
    await checkReportable(q, options.committeeId, committee.fiscalYearStartMonth, fileName);
    summary.importId = randomUUID();
    await logImportAudited(
      q,
      {
        id: summary.importId,
        importNo,
        committeeId: options.committeeId,
        kind: logKind,
        fileName,
        sha256,
        importedAt: new Date().toISOString(),
        user: options.user ?? currentUser(),
        fiscalYear: null,
        summary,
      },
      { counts: summary.counts, rows: summary.rows, replaced: summary.replaced },
    );
    return summary;
  });
  // Postings of the pairs, or the previous import's undo journal, were deleted: their space goes
  // back (SQLite). After the commit: a failure here must not make the import look failed.
  await db.reclaimSpace().catch(() => {});
  return done;
}
