/**
 * Child process of bench/drilldown.ts and bench/import-latency.ts: the real HTTP server
 * (buildServer) on a database; prints its port. `--uncached` turns the read cache off.
 */
import { buildServer } from '#server/app.ts';
import { openDatabase } from '#store/db.ts';

const [target, flag] = process.argv.slice(2);
if (!target) throw new Error('usage: _server-child.ts DB (file or postgres:// URL) [--uncached]');
const db = await openDatabase(/^postgres(ql)?:\/\//.test(target) ? { url: target } : { file: target });
const app = await buildServer({ db, ...(flag === '--uncached' ? { readCacheEntries: 0 } : {}) });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
process.on('SIGTERM', () => void app.close().then(() => db.close().then(() => process.exit(0))));
