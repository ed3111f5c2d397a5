/**
 * Import latency benchmark (issue 7): does an import stall the server? The real HTTP server (in a
 * child process) on a fresh SQLite file with the demo committee; 20 clients in this process ask
 * for the demo committee's report JSON in a loop, GET /api/committees/socialnamnden/reports/2025-04,
 * idle and then while a 1M-voucher SIE file (gen-ledger, cached outside the repository) is
 * imported through POST /api/imports. Prints p50/p99 of the report idle and during the import and
 * their ratio, the upload's accept time and the import's time with and without the 20 clients,
 * and the server's peak RSS during the import (target: under 500 MB). Twice: with the read cache
 * (the report built once per data version; the import commits only at its end) and without it
 * (every request builds the report anew from the database).
 *
 *   npm run bench -- import-latency      (BENCH_LATENCY_SECONDS: the idle measurement, default 10)
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, openAsBlob, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDemo } from '#app/demo/index.ts';
import { openDatabase } from '#store/db.ts';
import { authedFetch, getJson, mb, percentile, startServerChild } from './_children.ts';
import { benchLedger } from './_ledger.ts';

const CLIENTS = 20;
const IDLE_SECONDS = Number(process.env.BENCH_LATENCY_SECONDS ?? 10);
const REPORT = '/api/committees/socialnamnden/reports/2025-04';

interface Job {
  state: string;
  bytesRead: number;
  totalBytes: number;
  error?: { error: string };
}

/** `clients` loops asking for the report until stopped; each request's milliseconds. */
function reportLoad(base: string, clients: number) {
  const ms: number[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const t = performance.now();
      const res = await authedFetch(`${base}${REPORT}`);
      if (!res.ok) throw new Error(`${REPORT}: ${res.status}`);
      await res.arrayBuffer();
      ms.push(performance.now() - t);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return ms.sort((a, b) => a - b);
    },
  };
}

/** The server's resident memory now, kB (Linux). */
function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0);
}

/** Uploads the file, waits for its import; accept and import seconds, the server's peak RSS meanwhile. */
async function importFile(base: string, child: ChildProcess, file: string, committee: string) {
  const form = new FormData();
  form.append('kind', 'sie');
  form.append('committee', committee);
  form.append('file', await openAsBlob(file), 'ledger.se');
  const pid = child.pid as number;
  let peak = rssKb(pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssKb(pid));
  }, 100);
  try {
    const t0 = performance.now();
    const res = await authedFetch(`${base}/api/imports`, { method: 'POST', body: form });
    if (res.status !== 202) throw new Error(`POST /api/imports: ${res.status} ${await res.text()}`);
    const accepted = performance.now();
    const { id } = (await res.json()) as { id: string };
    let job: Job;
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await getJson<Job>(`${base}/api/imports/${id}`);
    } while (job.state === 'running');
    if (job.state !== 'done') throw new Error(`the import ${job.state}: ${job.error?.error}`);
    return { acceptS: (accepted - t0) / 1000, importS: (performance.now() - accepted) / 1000, peakKb: peak };
  } finally {
    clearInterval(sampler);
  }
}

const ms = (x: number) => x.toFixed(1).padStart(8);

async function run(label: string, sie: string, uncached: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'uppf-latency-'));
  const file = join(dir, 'latency.sqlite');
  const db = await openDatabase({ file });
  await ensureDemo(db, { committees: 'socialnamnden' });
  await db.close();
  const { base, child } = await startServerChild(file, ...(uncached ? ['--uncached'] : []));
  try {
    // Warm-up: the report once, and an import's worker loaded.
    await getJson(`${base}${REPORT}`);
    const idleLoad = reportLoad(base, CLIENTS);
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const idle = await idleLoad.stop();

    const busyLoad = reportLoad(base, CLIENTS);
    const loaded = await importFile(base, child, sie, 'last');
    const during = await busyLoad.stop();
    const alone = await importFile(base, child, sie, 'ensam');

    const p = (xs: number[], q: number) => percentile(xs, q);
    console.log(`\n${label}: report JSON of the demo committee, ${CLIENTS} clients; SIE ${mb(statSync(sie).size / 1024)}`);
    console.log('                     requests   p50 ms   p99 ms');
    console.log(`idle                 ${String(idle.length).padStart(8)} ${ms(p(idle, 50))} ${ms(p(idle, 99))}`);
    console.log(`during the import    ${String(during.length).padStart(8)} ${ms(p(during, 50))} ${ms(p(during, 99))}`);
    console.log(
      `ratio (import/idle)           ${(p(during, 50) / p(idle, 50)).toFixed(2).padStart(7)}× ${(p(during, 99) / p(idle, 99)).toFixed(2).padStart(7)}×`,
    );
    console.log('                     accept s  import s  peak RSS');
    console.log(
      `import alone         ${alone.acceptS.toFixed(2).padStart(8)} ${alone.importS.toFixed(1).padStart(9)} ${mb(alone.peakKb).padStart(9)}`,
    );
    console.log(
      `with ${CLIENTS} clients      ${loaded.acceptS.toFixed(2).padStart(8)} ${loaded.importS.toFixed(1).padStart(9)} ${mb(loaded.peakKb).padStart(9)}   (target: under 500 MB: ${Math.max(alone.peakKb, loaded.peakKb) < 500 * 1024 ? 'met' : 'MISSED'})`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

const { sie } = benchLedger(1_000_000, 40);
await run('read cache on (the report built once per data version)', sie, false);
await run('read cache off (every request builds the report)', sie, true);
