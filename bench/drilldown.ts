/**
 * Drill-down benchmark (issue 6): the real HTTP server (src/server/app.ts, in a child process) on
 * the SQLite database of `npm run bench -- import` (1M vouchers, 2M postings; imported first when
 * missing), and from this process 500 requests for the postings list of random (area, account)
 * pairs, GET /api/committees/:id/drilldown/:period/:area/:account, year to date for the last
 * period: first one client (one request at a time), then 20 concurrent clients, each on a fresh
 * server (cold read cache) and then again (warm). Prints p50, p99 and requests/s. Target: p99 under 10 ms with one client, under 50 ms with 20.
 *
 *   npm run bench -- drilldown [DB]     (DB: a SQLite file or a postgres:// URL; default the import's)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { authedFetch, getJson, percentile, startServerChild, tsx } from './_children.ts';
import { benchLedger, CACHE } from './_ledger.ts';

const REQUESTS = 500;
const COMMITTEE = 'bench';
const target = process.argv[2] ?? join(CACHE, 'bench-import.sqlite');

if (!/^postgres(ql)?:\/\//.test(target) && !existsSync(target)) {
  const { sie } = benchLedger(1_000_000, 40);
  console.log(`importing ${sie} into ${target} …`);
  execFileSync(tsx, [resolve(import.meta.dirname, '_import-child.ts'), sie, target], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const startServer = () => startServerChild(target);

/** Deterministic pseudo-random numbers (mulberry32), so that runs ask the same pairs. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sends every URL once with `clients` requests in flight; returns each request's milliseconds and the wall time. */
async function run(urls: readonly string[], clients: number): Promise<{ ms: number[]; seconds: number; postings: number }> {
  let next = 0;
  let postings = 0;
  const ms: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < urls.length) {
        const url = urls[next++]!;
        const start = performance.now();
        const res = await authedFetch(url);
        const body = (await res.json()) as { vouchers?: unknown[] };
        ms.push(performance.now() - start);
        if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
        postings += body.vouchers?.length ?? 0;
      }
    }),
  );
  return { ms: ms.sort((a, b) => a - b), seconds: (performance.now() - t0) / 1000, postings };
}

/** The pairs of (area, account) that have postings, and the last period, as the web app finds them. */
async function discover(base: string): Promise<{ period: string; pairs: [string, string][] }> {
  const committees = await getJson<{ id: string; periods: string[] }[]>(`${base}/api/committees`);
  const committee = committees.find((c) => c.id === COMMITTEE);
  const period = committee?.periods.at(-1);
  if (!committee || !period) throw new Error(`no committee "${COMMITTEE}" with periods in ${target}`);
  const report = await getJson<{ areas: { code: string }[] }>(`${base}/api/committees/${COMMITTEE}/reports/${period}`);
  const pairs: [string, string][] = [];
  for (const a of report.areas) {
    const drill = await getJson<{ groups: { accounts: { account: string }[] }[] }>(
      `${base}/api/committees/${COMMITTEE}/drilldown/${period}/${encodeURIComponent(a.code)}`,
    );
    for (const g of drill.groups) for (const acc of g.accounts) pairs.push([a.code, acc.account]);
  }
  return { period, pairs };
}

const print = (label: string, r: { ms: number[]; seconds: number; postings: number }, goal: number) =>
  console.log(
    `${label.padEnd(24)} p50 ${percentile(r.ms, 50).toFixed(1)} ms, p99 ${percentile(r.ms, 99).toFixed(1)} ms (target < ${goal} ms), ${(REQUESTS / r.seconds).toFixed(0)} requests/s, ${Math.round(r.postings / REQUESTS)} postings a list`,
  );

// Each number of clients on a server started afresh, so that its answers are not yet in the read
// cache ("cold": every list read from the database, but for the pairs the random draw repeats);
// then the same requests again ("warm": answered from the cache until the next import).
let printed = false;
for (const clients of [1, 20]) {
  const { base, child } = await startServer();
  try {
    const { period, pairs } = await discover(base);
    const pick = random(6);
    const url = (limit: number) => {
      const [area, account] = pairs[Math.floor(pick() * pairs.length)]!;
      return `${base}/api/committees/${COMMITTEE}/drilldown/${period}/${encodeURIComponent(area)}/${encodeURIComponent(account)}?limit=${limit}`;
    };
    // Warm-up (JIT, connections) on lists of another length, which the measured requests do not hit in the cache.
    await run(
      Array.from({ length: 100 }, () => url(499)),
      20,
    );
    const urls = Array.from({ length: REQUESTS }, () => url(500));
    if (!printed) {
      console.log(`database        ${target.replace(/:[^:@/]*@/, ':***@')}`);
      console.log(
        `requests        ${REQUESTS} postings lists (limit 500, as the web app asks) of random (area, account) pairs out of ${pairs.length}, period ${period}; ${new Set(urls).size} distinct`,
      );
      printed = true;
    }
    const goal = clients === 1 ? 10 : 50;
    const name = `${clients} client${clients === 1 ? '' : 's'}`;
    print(`${name}, cold server`, await run(urls, clients), goal);
    print(`${name}, warm (cached)`, await run(urls, clients), goal);
  } finally {
    child.kill('SIGTERM');
  }
}
