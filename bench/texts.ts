/**
 * Texts benchmark (issue 8): the real HTTP server (in a child process) on a fresh demo database,
 * from this process: an autosaving writer (200 saves of one text, each from the version the last
 * answered), the Texter page's list and one text with its history (both built from the report),
 * and 20 writers saving one text at once, each retrying its 409s until its save is acknowledged.
 * Prints p50/p99 and how many 409s the concurrent writers met.
 *
 *   npm run bench -- texts [postgres://…]     (default: a SQLite file in a temporary folder)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { authedFetch, inFreshPostgres, percentile, startServerChild } from './_children.ts';

const SAVES = 200;
const READS = 100;
const WRITERS = 20;
const base = '/api/committees/socialnamnden/texts/2025-04';

async function timed<T>(ms: number[], work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  ms.push(performance.now() - start);
  return result;
}

const line = (label: string, ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(38)} p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms (${ms.length} requests)`,
  );
};

async function bench(target: string) {
  execFileSync(process.execPath, [resolve(import.meta.dirname, '../bin/uppfoljning.mjs'), 'demo', '--db', target], { stdio: 'ignore' });
  const { base: url, child } = await startServerChild(target);
  try {
    const put = (kind: string, area: string | null, body: string, version: number) =>
      authedFetch(`${url}${base}/${kind}${area ? `?area=${area}` : ''}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body, version }),
      });
    const saves: number[] = [];
    let version = 1;
    let body = 'Autosparad text.';
    for (let i = 0; i < SAVES; i++) {
      body += ` ord${i}`;
      const res = await timed(saves, () => put('comment', 'rekrytering', body, version));
      if (!res.ok) throw new Error(`save answered ${res.status}: ${await res.text()}`);
      version = ((await res.json()) as { version: number }).version;
    }
    line('save (autosave, one writer)', saves);
    const lists: number[] = [];
    const ones: number[] = [];
    for (let i = 0; i < READS; i++) {
      await timed(lists, async () => (await authedFetch(`${url}${base}`)).json());
      await timed(ones, async () => (await authedFetch(`${url}${base}/comment?area=rekrytering`)).json());
    }
    line('list of the period (51 texts)', lists);
    line(`one text with history (${SAVES + 1} versions)`, ones);
    let conflicts = 0;
    const acknowledged: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, i) => {
        const start = performance.now();
        for (;;) {
          const got = await authedFetch(`${url}${base}/action?area=rekrytering`);
          if (!got.ok) throw new Error(`reading the text answered ${got.status}: ${await got.text()}`);
          const current = (await got.json()) as { body: string; version: number };
          const res = await put('action', 'rekrytering', `${current.body}\nskribent ${i}`, current.version);
          if (res.ok) break;
          if (res.status !== 409) throw new Error(`save answered ${res.status}: ${await res.text()}`);
          conflicts++;
        }
        acknowledged.push(performance.now() - start);
      }),
    );
    const final = (await (await authedFetch(`${url}${base}/action?area=rekrytering`)).json()) as { body: string };
    const lost = Array.from({ length: WRITERS }, (_, i) => `skribent ${i}`).filter((l) => !final.body.split('\n').includes(l));
    line(`${WRITERS} concurrent writers, until saved`, acknowledged);
    console.log(
      `${''.padEnd(38)} ${conflicts} answers 409 retried, ${lost.length} saves lost, ${((performance.now() - t0) / 1000).toFixed(2)} s in all`,
    );
  } finally {
    child.kill('SIGTERM');
  }
}

const arg = process.argv[2];
if (arg && /^postgres(ql)?:\/\//.test(arg)) {
  console.log('database        PostgreSQL');
  await inFreshPostgres(arg, 'texts', bench);
} else {
  console.log('database        SQLite');
  await bench(join(mkdtempSync(join(tmpdir(), 'uppf-bench-texts-')), 'texts.sqlite'));
}
