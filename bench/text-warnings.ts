/**
 * Text warnings benchmark: what the checks add to a report (every texts list, text and report JSON
 * carries them). On the demo (SQLite in a temporary folder): the April report built 50 times, the
 * warnings filled into a built report 50 times (the previous period's texts read, every text
 * checked), and the core checks alone on the longest summary (8 000 characters) dense with months
 * and amounts. Prints means and the warnings' share of a report.
 *
 *   npm run bench -- text-warnings
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '#app/demo/index.ts';
import { buildReport } from '#app/report.ts';
import { withTextWarnings } from '#app/text-warnings-check.ts';
import { textWarnings } from '#core/text-warnings.ts';
import { openDatabase } from '#store/db.ts';

const RUNS = 50;

async function mean(work: () => Promise<unknown> | unknown): Promise<number> {
  await work();
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) await work();
  return (performance.now() - start) / RUNS;
}

const db = await openDatabase({ file: join(mkdtempSync(join(tmpdir(), 'uppf-bench-warnings-')), 'bench.sqlite') });
try {
  await loadDemo(db, 'demo', { committees: 'socialnamnden' });
  const report = await mean(() => buildReport(db, 'socialnamnden', '2025-04'));
  const doc = await buildReport(db, 'socialnamnden', '2025-04');
  const warnings = await mean(() => db.snapshot((q) => withTextWarnings(q, doc)));
  const sentence = 'Arbetet har inletts i augusti och kostar 2,3 mnkr, -250 tkr eller 1 234 tkr sedan sept. 2025; ';
  const body = sentence.repeat(Math.floor(8000 / sentence.length));
  const figures = doc.areas.flatMap((a) => [a.deviation, a.actualResult, a.budgetResult]).map((amount) => ({ label: 'x', amount }));
  let found = 0;
  const ctx = { period: doc.period, fiscalYearStart: doc.fiscalYearMonths.start, materialityThreshold: doc.materialityThreshold };
  const longest = await mean(() => {
    found = textWarnings({ kind: 'summary', area: null, body, state: 'written', figures, previousBody: null, movements: [] }, ctx).length;
  });
  console.log(`April report (demo, SQLite file), built with its warnings   ${report.toFixed(1)} ms (mean of ${RUNS})`);
  console.log(
    `the warnings filled into it (51 texts, last month's read)   ${warnings.toFixed(1)} ms (${((100 * warnings) / report).toFixed(0)} % of the report)`,
  );
  console.log(`core checks on one 8 000-character summary, ${found} warnings  ${longest.toFixed(1)} ms`);
} finally {
  await db.close();
}
