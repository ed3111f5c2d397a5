/** Child process of bench/import.ts: imports one SIE file into a fresh SQLite file (or an empty PostgreSQL database), prints JSON. */
import { rmSync } from 'node:fs';
import { importSie } from '#app/import-sie.ts';
import { openDatabase } from '#store/db.ts';

const [file, target] = process.argv.slice(2);
if (!file || !target) throw new Error('usage: _import-child.ts FILE DB (a SQLite file, or the URL of an empty PostgreSQL database)');
const postgres = /^postgres(ql)?:\/\//.test(target);
if (!postgres) for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
const db = await openDatabase(postgres ? { url: target } : { file: target });
const t0 = performance.now();
const summary = await importSie(db, file, { committeeId: 'bench', user: 'bench' });
const seconds = (performance.now() - t0) / 1000;
await db.close();
process.stdout.write(JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, counts: summary.counts }));
