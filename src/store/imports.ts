/** The import log: what was imported, from which file (SHA-256), when and by whom. */
import { sql } from 'kysely';
import type { Q } from './committees.ts';
import type { Dialect } from './db.ts';

export interface ImportLogEntry {
  id: string;
  importNo: number;
  committeeId: string;
  kind: 'sie' | 'table-actual' | 'table-budget' | 'demo';
  fileName: string;
  sha256: string;
  importedAt: string;
  user: string;
  fiscalYear: string | null;
  summary: unknown;
  /** When the import was undone and by whom (undo-journal.ts); absent while it stands. */
  undoneAt?: string;
  undoneBy?: string;
}

export async function logImport(q: Q, e: ImportLogEntry): Promise<void> {
  await q
    .insertInto('import_log')
    .values({
      id: e.id,
      import_no: e.importNo,
      committee_id: e.committeeId,
      kind: e.kind,
      file_name: e.fileName,
      sha256: e.sha256,
      imported_at: e.importedAt,
      user_name: e.user,
      fiscal_year: e.fiscalYear,
      summary: JSON.stringify(e.summary),
    })
    .execute();
}

export async function listImports(q: Q, committeeId: string): Promise<ImportLogEntry[]> {
  const rows = await q.selectFrom('import_log').selectAll().where('committee_id', '=', committeeId).orderBy('import_no', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    importNo: r.import_no,
    committeeId: r.committee_id,
    kind: r.kind as ImportLogEntry['kind'],
    fileName: r.file_name,
    sha256: r.sha256,
    importedAt: r.imported_at,
    user: r.user_name,
    fiscalYear: r.fiscal_year,
    summary: JSON.parse(r.summary),
    ...(r.undone_at !== null ? { undoneAt: r.undone_at, undoneBy: r.undone_by ?? '' } : {}),
  }));
}

/** The committee an import log id (or import number, as digits) belongs to, or null. */
export async function committeeOfImport(q: Q, id: string): Promise<string | null> {
  const row = await q
    .selectFrom('import_log')
    .select('committee_id')
    .where((e) => (/^\d{1,9}$/.test(id) ? e.or([e('id', '=', id), e('import_no', '=', Number(id))]) : e('id', '=', id)))
    .executeTakeFirst();
  return row?.committee_id ?? null;
}

/** Records that an import was undone. */
export async function markUndone(q: Q, importNo: number, at: string, user: string): Promise<void> {
  await q.updateTable('import_log').set({ undone_at: at, undone_by: user }).where('import_no', '=', importNo).execute();
}

/** Another process's import held the database longer than the busy timeout (SQLite). */
export class ImportBusyError extends Error {
  override name = 'ImportBusyError';
  constructor() {
    super('En annan import pågår i databasen (från ett annat program). Inget ändrades; försök igen när den är klar.');
  }
}

/** Key of the PostgreSQL advisory lock that serializes imports (any constant: "UPPF" in ASCII). */
export const IMPORT_LOCK = 0x55505046;

/**
 * Takes the import lock and returns the number the import gets. Call first in the import's
 * transaction, before reading anything the import replaces. On PostgreSQL two imports would
 * otherwise both see the same max(import_no), and two imports of one fiscal year would each delete
 * only what the other had not yet committed (and count the year twice); the advisory lock makes
 * the second wait until the first commits or rolls back. SQLite has one writer at a time, but a
 * transaction that reads first cannot become the writer once another process has committed (it
 * fails at once with "database is locked"): a write that changes nothing, as the first statement,
 * takes the write lock at the start instead, waiting up to the busy timeout for another process's
 * import to end.
 */
export async function claimImportNo(q: Q, dialect: Dialect): Promise<number> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(q);
  else {
    try {
      await sql`update import_log set import_no = import_no where 0 = 1`.execute(q);
    } catch (e) {
      if ((e as { code?: unknown }).code === 'SQLITE_BUSY') throw new ImportBusyError();
      throw e;
    }
  }
  const row = await q
    .selectFrom('import_log')
    .select((e) => e.fn.max('import_no').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

/**
 * The committee's latest import of any kind, or null: the highest number (imports are numbered one
 * at a time, in commit order). A file is "already imported" only if it is this one: an import of
 * another kind since may have replaced what it brought. An undone import does not count: its file
 * may be imported again.
 */
export async function latestImport(q: Q, committeeId: string): Promise<{ kind: string; sha256: string; summary: unknown } | null> {
  const row = await q
    .selectFrom('import_log')
    .select(['kind', 'sha256', 'summary'])
    .where('committee_id', '=', committeeId)
    .where('undone_at', 'is', null)
    .orderBy('import_no', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { kind: row.kind, sha256: row.sha256, summary: JSON.parse(row.summary) } : null;
}

/** Whether any earlier import of a kind for the committee came from a file with this SHA-256. */
export async function hasImported(q: Q, committeeId: string, kind: ImportLogEntry['kind'], sha256: string): Promise<boolean> {
  const row = await q
    .selectFrom('import_log')
    .select('id')
    .where('committee_id', '=', committeeId)
    .where('kind', '=', kind)
    .where('sha256', '=', sha256)
    .where('undone_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function saveFiscalYears(q: Q, committeeId: string, years: readonly { start: string; end: string }[]): Promise<void> {
  for (const y of years) {
    await q
      .insertInto('fiscal_years')
      .values({ committee_id: committeeId, start_date: y.start, end_date: y.end })
      .onConflict((oc) => oc.columns(['committee_id', 'start_date']).doUpdateSet({ end_date: y.end }))
      .execute();
  }
}

/** The fiscal years a committee's SIE imports have stated (#RAR), by start. */
export async function listFiscalYears(q: Q, committeeId: string): Promise<{ start: string; end: string }[]> {
  const rows = await q
    .selectFrom('fiscal_years')
    .select(['start_date', 'end_date'])
    .where('committee_id', '=', committeeId)
    .orderBy('start_date')
    .execute();
  return rows.map((r) => ({ start: r.start_date, end: r.end_date }));
}
