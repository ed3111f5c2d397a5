/**
 * Use case: undo a committee's latest import. Its undo journal (store/undo-journal.ts) brings the
 * committee's ledger back to exactly what it was before: amounts, vouchers and postings, chart of
 * accounts, fiscal years, areas and codes the import added, the committee's row. The import stays
 * in the log, marked as undone (when, by whom). A committee the import created stays, empty, so
 * that its log still tells what was imported and undone. Only the latest import can be undone:
 * the journal of an earlier one is dropped by the next import.
 */
import type { Db } from '#store/db.ts';
import { claimImportNo, committeeOfImport, listImports, markUndone } from '#store/imports.ts';
import { restoreJournal } from '#store/undo-restore.ts';
import { committeeIn } from './committees.ts';
import { CannotUndoError, NotFoundError } from './errors.ts';
import { recordUndo } from './import-audit.ts';
import { currentUser } from './import-common.ts';

export interface UndoneImport {
  committee: string;
  importId: string;
  importNo: number;
  fileName: string;
  undoneAt: string;
  undoneBy: string;
}

/** "2025-12-01 22:54" in Swedish time. */
const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });

const describe = (e: { importNo: number; fileName: string; importedAt: string; user: string }) =>
  `import ${e.importNo} (${e.fileName}, ${formatDateTime(e.importedAt)}, ${e.user})`;

export async function undoImport(db: Db, committeeId: string, importId: string, options: { user?: string } = {}): Promise<UndoneImport> {
  const undone = await db.write(async (q) => {
    // The import lock: no import of any committee runs meanwhile.
    await claimImportNo(q, db.dialect);
    await committeeIn(q, committeeId);
    // The log, read once: the entry to undo, and the latest import.
    const log = await listImports(q, committeeId);
    const entry = log.find((e) => e.id === importId || String(e.importNo) === importId);
    if (!entry) {
      throw new NotFoundError(
        `Importen "${importId}" finns inte i importloggen för nämnden "${committeeId}". (En fil som redan var inläst ändrade inget och loggades inte; den finns inget att ångra för.)`,
      );
    }
    const latest = log[0];
    if (entry.undoneAt)
      throw new CannotUndoError(`${describe(entry)} är redan ångrad (${formatDateTime(entry.undoneAt)}, ${entry.undoneBy}).`);
    if (latest && latest.importNo !== entry.importNo) {
      throw new CannotUndoError(
        `Bara nämndens senaste import kan ångras. ${describe(entry)} följdes av ${describe(latest)}${latest.undoneAt ? ', som är ångrad' : ''}.`,
      );
    }
    if (entry.kind === 'demo')
      throw new CannotUndoError(`${describe(entry)} är demodata, som inte kan ångras. Läs in demon igen i stället.`);
    if (!(await restoreJournal(q, committeeId, entry.importNo))) {
      throw new CannotUndoError(
        `${describe(entry)} gjordes av en äldre version av programmet, som inte sparade det som behövs för att ångra den.`,
      );
    }
    const at = new Date().toISOString();
    const user = options.user ?? currentUser();
    await markUndone(q, entry.importNo, at, user);
    await recordUndo(q, entry, { user, at });
    return { committee: committeeId, importId: entry.id, importNo: entry.importNo, fileName: entry.fileName, undoneAt: at, undoneBy: user };
  });
  // The undo deleted the import's rows: their space goes back (SQLite).
  await db.reclaimSpace();
  return undone;
}

/** The committee an import (log id or number) belongs to, for a caller that names only the import. */
export async function committeeOf(db: Db, importId: string): Promise<string> {
  const committee = await db.snapshot((q) => committeeOfImport(q, importId));
  if (!committee) throw new NotFoundError(`Importen "${importId}" finns inte i någon nämnds importlogg.`);
  return committee;
}
