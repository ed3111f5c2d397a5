/**
 * Audit log benchmark (issue 9): a committee with a long log (the demo plus 200 000 entries spread
 * over its 13 areas, 4 months, 7 kinds and 20 users), read as the page and the CLI read it: the
 * newest page, filtered pages (area; area + period + kind; a user), a deep page, and the CSV of
 * one area's month. Also what recording costs: a forecast grid block of 13 areas × 4 months saved
 * with its 52 entries. Prints the median of 20 runs each.
 *
 *   npm run bench -- audit [postgres://…]     (default: a SQLite file in a temporary folder)
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCommitteeAreas } from '#app/areas.ts';
import { exportAudit, readAudit } from '#app/audit.ts';
import { loadDemo } from '#app/demo/index.ts';
import { saveForecasts } from '#app/forecast-save.ts';
import { openDatabase } from '#store/db.ts';
import { inFreshPostgres } from './_children.ts';

const ENTRIES = 200_000;
const RUNS = 20;
const C = 'socialnamnden';
const KINDS = ['text', 'forecast', 'decision', 'item', 'kpi', 'mapping', 'import'];

async function median(work: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)] ?? 0;
}

async function bench(target: string) {
  const db = await openDatabase(target.startsWith('postgres') ? { url: target } : { file: target });
  try {
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
    const areas = (await listCommitteeAreas(db, C)).map((a) => a.id);
    const periods = ['2025-01', '2025-02', '2025-03', '2025-04'];
    const start = Date.parse('2025-01-01T00:00:00Z');
    const filled = performance.now();
    for (let i = 0; i < ENTRIES; i += 1000) {
      const rows = Array.from({ length: 1000 }, (_, j) => {
        const n = i + j;
        return {
          id: randomUUID(),
          at: new Date(start + n * 60_000).toISOString(),
          user_name: `user${n % 20}`,
          committee_id: C,
          area_id: areas[n % areas.length] ?? null,
          period: periods[n % periods.length] ?? null,
          entity: KINDS[n % KINDS.length] ?? 'text',
          entity_key: `key${n % 50}`,
          action: 'update',
          before_json: JSON.stringify({ deviation: n }),
          after_json: JSON.stringify({ deviation: n + 1 }),
        };
      });
      await db.write((q) => q.insertInto('audit_log').values(rows).execute());
    }
    console.log(`${db.dialect}: ${ENTRIES} entries written in ${((performance.now() - filled) / 1000).toFixed(1)} s`);
    const area = areas[3] ?? '';
    const cases: [string, () => Promise<unknown>][] = [
      ['newest page (50)', () => readAudit(db, C)],
      ['one area (50)', () => readAudit(db, C, { area })],
      ['area + period + kind (50)', () => readAudit(db, C, { area, period: '2025-04', entity: 'forecast' })],
      ['one user (50)', () => readAudit(db, C, { user: 'user7' })],
      ['deep page (offset 100 000)', () => readAudit(db, C, { offset: 100_000 })],
      ['CSV of one area and month', () => exportAudit(db, C, { area, period: '2025-04' })],
    ];
    for (const [label, work] of cases) console.log(`  ${label.padEnd(30)} ${(await median(work)).toFixed(1)} ms`);
    const block = areas.flatMap((a) => periods.map((period) => ({ period, area: a })));
    let deviation = 0;
    const save = await median(() =>
      saveForecasts(
        db,
        C,
        block.map((b) => ({ ...b, deviation: (deviation += 100) })),
        'bench',
      ),
    );
    console.log(`  ${`forecast block (${block.length} cells)`.padEnd(30)} ${save.toFixed(1)} ms, with its ${block.length} entries`);
  } finally {
    await db.close();
  }
}

const url = process.argv[2];
if (url) await inFreshPostgres(url, `uppf_bench_audit_${process.pid}`, bench);
else await bench(join(mkdtempSync(join(tmpdir(), 'uppf-bench-audit-')), 'bench.sqlite'));
