/**
 * Child process of bench/drilldown.ts and bench/import-latency.ts: the real HTTP server
 * (buildServer) on a database; prints an administrator's session and its port. `--uncached`
 * turns the read cache off.
 */
import { buildServer } from '#server/app.ts';
import { openDatabase } from '#store/db.ts';
import { benchSession } from './_session.ts';

const [target, flag] = process.argv.slice(2);
if (!target) throw new Error('usage: _server-child.ts DB (file or postgres:// URL) [--uncached]');
const db = await openDatabase(/^postgres(ql)?:\/\//.test(target) ? { url: target } : { file: target });
const app = await buildServer({ db, signInPerMinute: 1_000_000, ...(flag === '--uncached' ? { readCacheEntries: 0 } : {}) });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
// The benchmark's requests are an administrator's: its session's cookie and CSRF token go to the parent.
const session = await benchSession(app, db);
process.stdout.write(`session ${session.cookie} ${session.csrfToken}\n`);
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
process.on('SIGTERM', () => void app.close().then(() => db.close().then(() => process.exit(0))));
