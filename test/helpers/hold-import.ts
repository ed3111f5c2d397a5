/**
 * Child process for test/import-processes.test.ts: another program's import, holding the SQLite
 * file's write lock for `ms` milliseconds. Prints "claimed N" once it holds it; then logs import N and commits.
 */
import { saveCommittee } from '#store/committees.ts';
import { openDatabase } from '#store/db.ts';
import { claimImportNo, logImport } from '#store/imports.ts';

const [file, ms] = process.argv.slice(2);
if (!file || !ms) throw new Error('usage: hold-import.ts FILE MS');
const db = await openDatabase({ file });
await db.kysely.transaction().execute(async (q) => {
  const importNo = await claimImportNo(q, db.dialect);
  process.stdout.write(`claimed ${importNo}\n`);
  await new Promise((resolve) => setTimeout(resolve, Number(ms)));
  await saveCommittee(q, { id: 'annat-program', name: 'Annat program', materialityThreshold: 0, fiscalYearStartMonth: 1 });
  await logImport(q, {
    id: `hold-${importNo}`,
    importNo,
    committeeId: 'annat-program',
    kind: 'table-actual',
    fileName: 'hold.csv',
    sha256: '',
    importedAt: new Date().toISOString(),
    user: 'test',
    fiscalYear: null,
    summary: {},
  });
});
await db.close();
