/**
 * Load benchmark (issue 6): the server on a database, and autocannon in a second process with 50
 * connections for 20 s on each of the report JSON, the committee list (the dashboard's first
 * request), an area's drill-down and one account's postings. Prints requests/s, p50/p99 latency
 * and errors per route. Target: p99 < 100 ms and no errors.
 *
 * Databases: the demo committee (a fresh SQLite file), and the 1M-voucher database that
 * `npm run bench -- import` leaves in the bench cache when it is there (copied first, so this
 * benchmark never changes it). BENCH_LOAD_SECONDS and BENCH_LOAD_CONNECTIONS override 20 and 50.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ensureDemo } from '#app/demo/index.ts';
import { buildServer } from '#server/app.ts';
import { openDatabase } from '#store/db.ts';
import { getJson, sessionHeaders, setBenchSession } from './_children.ts';
import { CACHE } from './_ledger.ts';
import { benchSession } from './_session.ts';

const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const connections = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const AUTOCANNON = resolve(import.meta.dirname, '../node_modules/.bin/autocannon');
const BIG = join(CACHE, 'bench-import.sqlite');

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** autocannon in its own process, so that it does not share the server's event loop. */
async function cannon(url: string): Promise<Result> {
  const headers = Object.entries(sessionHeaders()).flatMap(([name, value]) => ['-H', `${name}=${value}`]);
  const args = ['-c', String(connections), '-d', String(seconds), ...headers, '-j', url];
  const { stdout } = await promisify(execFile)(AUTOCANNON, args, { maxBuffer: 16 << 20 });
  return JSON.parse(stdout) as Result;
}

async function run(label: string, file: string, seed: boolean) {
  const db = await openDatabase({ file });
  if (seed) await ensureDemo(db, { committees: 'socialnamnden' });
  const app = await buildServer({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const session = await benchSession(app, db);
  setBenchSession(session.cookie, session.csrfToken);
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  const base = `http://127.0.0.1:${address.port}/api`;
  try {
    const committees = await getJson<{ id: string; periods: string[] }[]>(`${base}/committees`);
    const committee = committees.find((c) => c.periods.length > 0);
    const period = committee?.periods.at(-1);
    if (!committee || !period) throw new Error(`${file}: no committee with data`);
    const report = await getJson<{ areas: { code: string; deviation: number }[] }>(`${base}/committees/${committee.id}/reports/${period}`);
    const area = report.areas.find((a) => a.code !== 'ej-fordelat') ?? report.areas[0];
    if (!area) throw new Error('the report has no areas');
    const drillUrl = `${base}/committees/${committee.id}/drilldown/${period}/${encodeURIComponent(area.code)}`;
    const drill = await getJson<{ groups: { accounts: { account: string }[] }[] }>(drillUrl);
    const account = drill.groups.flatMap((g) => g.accounts)[0]?.account;
    if (!account) throw new Error(`${area.code} has no accounts`);
    const routes: [string, string][] = [
      ['report JSON', `${base}/committees/${committee.id}/reports/${period}`],
      ['committee list', `${base}/committees`],
      ['area drill-down', drillUrl],
      ['account postings', `${drillUrl}/${encodeURIComponent(account)}`],
    ];
    console.log(`\n${label}: ${committee.id} ${period}, area ${area.code}, account ${account}; ${connections} connections × ${seconds} s`);
    console.log('route              req/s     p50 ms   p99 ms   errors   (target: p99 < 100 ms, no errors)');
    for (const [name, url] of routes) {
      const r = await cannon(url);
      const errors = r.errors + r.timeouts + r.non2xx;
      console.log(
        `${name.padEnd(17)} ${r.requests.average.toFixed(0).padStart(7)} ${String(r.latency.p50).padStart(9)} ${String(r.latency.p99).padStart(8)} ${String(errors).padStart(8)}   ${r.latency.p99 < 100 && errors === 0 ? 'met' : 'MISSED'}`,
      );
    }
  } finally {
    await app.close();
    await db.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'uppf-load-'));
try {
  await run('demo database', join(dir, 'demo.sqlite'), true);
  if (existsSync(BIG)) {
    const copy = join(dir, 'big.sqlite');
    copyFileSync(BIG, copy);
    await run(`1M-voucher database (${BIG}, copied)`, copy, false);
  } else {
    console.log(`\n(${BIG} is missing: run \`npm run bench -- import\` for the 1M-voucher database)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
