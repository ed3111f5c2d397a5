/**
 * Child process of bench/import-replace.ts: imports one SIE file into a fresh SQLite file (or an
 * empty PostgreSQL database), not timed, then times the import of a newer export of the same
 * fiscal year (the second file) that replaces it, and the first file again over that (which also
 * drops the undo journal the second left), and then the undo of that (the second's year back).
 * Prints JSON: seconds of each, peak RSS, counts.
 */
import { rmSync } from 'node:fs';
import { importSie } from '#app/import-sie.ts';
import { undoImport } from '#app/undo-import.ts';
import { openDatabase } from '#store/db.ts';

const [first, second, target] = process.argv.slice(2);
if (!first || !second || !target) throw new Error('usage: _replace-child.ts FILE NEWER-FILE DB');
const postgres = /^postgres(ql)?:\/\//.test(target);
if (!postgres) for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
const db = await openDatabase(postgres ? { url: target } : { file: target });
await importSie(db, first, { committeeId: 'bench', user: 'bench' });
async function timed(file: string) {
  const t0 = performance.now();
  const summary = await importSie(db, file, { committeeId: 'bench', user: 'bench' });
  if (summary.unchanged) throw new Error(`${file} was taken for the file imported last`);
  return { seconds: (performance.now() - t0) / 1000, summary };
}
const replace = await timed(second);
const again = await timed(first);
const t0 = performance.now();
await undoImport(db, 'bench', again.summary.importId ?? '', { user: 'bench' });
const undoSeconds = (performance.now() - t0) / 1000;
await db.close();
process.stdout.write(
  JSON.stringify({
    seconds: replace.seconds,
    againSeconds: again.seconds,
    undoSeconds,
    maxRssKb: process.resourceUsage().maxRSS,
    counts: replace.summary.counts,
  }),
);
