/**
 * Published versions benchmark: on a fresh demo database (SQLite file, then PostgreSQL when a URL
 * is given or UPPFOLJNING_TEST_PG / DATABASE_URL names a server), in this process: building April's
 * working report (JSON and HTML, as the report route does) against publishing it (the same build
 * inside the write transaction, plus the insert and the audit row), reading a version back, and
 * the diff of two versions. Prints p50/p99, the publish/build ratio and the bytes a version stores.
 *
 *   npm run bench -- versions [postgres://…]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '#app/demo/index.ts';
import { buildReport } from '#app/report.ts';
import { diffPublishedVersions, publishVersion, readVersion } from '#app/versions.ts';
import { ReportJson } from '#contract/reports.ts';
import { renderHtml } from '#report/html.ts';
import { toJsonContract } from '#report/json.ts';
import { type Db, openDatabase } from '#store/db.ts';
import { inFreshPostgres, percentile } from './_children.ts';

const ROUNDS = 50;
const at = ['socialnamnden', '2025-04'] as const;

async function timed(rounds: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await work(i);
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b);
}

const p = (ms: number[]) => `p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms`;

async function bench(label: string, db: Db) {
  try {
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
    const build = await timed(ROUNDS, async () => {
      const doc = await buildReport(db, ...at);
      JSON.stringify(ReportJson.encode(toJsonContract(doc)));
      renderHtml(doc);
    });
    const publish = await timed(ROUNDS, () => publishVersion(db, ...at, 'bench'));
    const read = await timed(ROUNDS, (i) => readVersion(db, ...at, i + 1));
    const diff = await timed(ROUNDS, (i) => diffPublishedVersions(db, ...at, { from: i + 1, to: ROUNDS - i }));
    const v = await readVersion(db, ...at, 1);
    console.log(`${label}:`);
    console.log(`  working report, JSON + HTML   ${p(build)}`);
    console.log(
      `  publish (one transaction)     ${p(publish)}  (${(percentile(publish, 50) / percentile(build, 50)).toFixed(2)}× the build)`,
    );
    console.log(`  read a version                ${p(read)}`);
    console.log(`  diff of two versions          ${p(diff)}`);
    console.log(
      `  one version stores            ${(v.reportJson.length / 1024).toFixed(0)} kB JSON + ${(v.reportHtml.length / 1024).toFixed(0)} kB HTML`,
    );
  } finally {
    await db.close();
  }
}

await bench('SQLite', await openDatabase({ file: join(mkdtempSync(join(tmpdir(), 'uppf-bench-versions-')), 'bench.sqlite') }));
const pgUrl = process.argv[2] ?? process.env.UPPFOLJNING_TEST_PG ?? process.env.DATABASE_URL;
if (pgUrl)
  await inFreshPostgres(pgUrl, `uppf_bench_versions_${process.pid}`, async (url) => bench('PostgreSQL', await openDatabase({ url })));
