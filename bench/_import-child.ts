/** Child process of bench/import.ts: imports one SIE file into a fresh SQLite file, prints JSON. */
import { rmSync } from 'node:fs';
import { importSie } from '../src/app/import-sie.ts';
import { openDatabase } from '../src/store/db.ts';

const [file, dbFile] = process.argv.slice(2);
if (!file || !dbFile) throw new Error('usage: _import-child.ts FILE DB');
for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
const db = await openDatabase({ file: dbFile });
const t0 = performance.now();
const summary = await importSie(db, file, { committeeId: 'bench', user: 'bench' });
const seconds = (performance.now() - t0) / 1000;
await db.close();
process.stdout.write(JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, counts: summary.counts }));
