/**
 * The audit log's entries of the ledger imports: one per import (the file, its SHA-256 and the
 * summary's counts, never a posting) and one per undo, written in the import's own transaction
 * by the same use cases whether they run in the server's process or in the import worker thread.
 */
import { recordAudit } from '#store/audit.ts';
import type { Q } from '#store/committees.ts';
import { type ImportLogEntry, logImport } from '#store/imports.ts';

/** What the log keeps of an import. */
const importValue = (e: ImportLogEntry) => ({ importNo: e.importNo, kind: e.kind, fileName: e.fileName, sha256: e.sha256 });

/** Logs the import (import_log) and records it in the audit log; `extra` is what its summary adds (counts, what was replaced). */
export async function logImportAudited(q: Q, e: ImportLogEntry, extra: Record<string, unknown>): Promise<void> {
  await logImport(q, e);
  await recordAudit(
    q,
    {
      user: e.user,
      committeeId: e.committeeId,
      period: null,
      entity: 'import',
      key: e.id,
      action: 'import',
      before: null,
      after: { ...importValue(e), fiscalYear: e.fiscalYear, ...extra },
    },
    e.importedAt,
  );
}

/** Records that the import was undone. */
export async function recordUndo(q: Q, e: ImportLogEntry, by: { user: string; at: string }): Promise<void> {
  await recordAudit(
    q,
    {
      user: by.user,
      committeeId: e.committeeId,
      entity: 'import',
      key: e.id,
      action: 'undo',
      before: { ...importValue(e), importedAt: e.importedAt, importedBy: e.user },
      after: { undoneAt: by.at },
    },
    by.at,
  );
}
