/**
 * Rendering benchmark: the demo's April report (Socialnämnden) built from a fresh SQLite file and
 * rendered to every format in this process: JSON (build + contract), HTML, PDF with a warm
 * browser (the server's pool: one launch, then a page per render), Word and Excel; and the
 * roll-up of the demo's three committees to kommunstyrelsen. Prints p50/p90 and each target.
 *
 *   npm run bench -- render [ROUNDS]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '#app/demo/index.ts';
import { buildReport } from '#app/report.ts';
import { readRollup } from '#app/rollup.ts';
import { ReportJson } from '#contract/reports.ts';
import { renderDocx } from '#report/docx/render.ts';
import { renderRollupFile } from '#report/formats.ts';
import { renderHtml } from '#report/html.ts';
import { toJsonContract } from '#report/json.ts';
import { createPdfRenderer } from '#report/pdf/pool.ts';
import { renderReportXlsx } from '#report/xlsx/report.ts';
import { openDatabase } from '#store/db.ts';
import { percentile } from './_children.ts';

const ROUNDS = Number(process.argv[2] ?? 10);
const at = ['socialnamnden', '2025-04'] as const;

async function timed(rounds: number, work: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await work();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b);
}

const db = await openDatabase({ file: join(mkdtempSync(join(tmpdir(), 'uppf-bench-render-')), 'bench.sqlite') });
const pdf = createPdfRenderer();
try {
  await loadDemo(db);
  const doc = await buildReport(db, ...at);
  const coldStart = performance.now();
  const firstPdf = await pdf.render(doc);
  const cold = performance.now() - coldStart;
  const rollup = await readRollup(db, '2025-04');
  const rows: [string, number[], number | null, string][] = [
    [
      'JSON (build + contract)',
      await timed(ROUNDS, async () => JSON.stringify(ReportJson.encode(toJsonContract(await buildReport(db, ...at))))),
      null,
      '',
    ],
    ['HTML (render)', await timed(ROUNDS, async () => renderHtml(doc)), 150, ''],
    ['HTML (build + render)', await timed(ROUNDS, async () => renderHtml(await buildReport(db, ...at))), 150, ''],
    ['PDF, warm browser', await timed(ROUNDS, () => pdf.render(doc)), 2000, `${(firstPdf.byteLength / 1024).toFixed(0)} kB`],
    ['DOCX', await timed(ROUNDS, () => renderDocx(doc)), 500, `${((await renderDocx(doc)).byteLength / 1024).toFixed(0)} kB`],
    ['XLSX', await timed(ROUNDS, () => renderReportXlsx(doc)), 500, `${((await renderReportXlsx(doc)).byteLength / 1024).toFixed(0)} kB`],
    ['Roll-up, 3 committees (read)', await timed(ROUNDS, () => readRollup(db, '2025-04')), null, `${rollup.committees.length} committees`],
    ['Roll-up HTML (read + render)', await timed(ROUNDS, async () => renderHtml(await readRollup(db, '2025-04'))), null, ''],
    ['Roll-up PDF, warm', await timed(ROUNDS, () => renderRollupFile('pdf', rollup, pdf)), 2000, ''],
    ['Roll-up DOCX', await timed(ROUNDS, () => renderRollupFile('docx', rollup, pdf)), 500, ''],
    ['Roll-up XLSX', await timed(ROUNDS, () => renderRollupFile('xlsx', rollup, pdf)), 500, ''],
  ];
  console.log(
    `Demo April report (${doc.areas.length} areas, ${doc.sections.length} sections), ${ROUNDS} rounds each; PDF cold start ${cold.toFixed(0)} ms`,
  );
  console.log('| what | p50 ms | p90 ms | target | p50 / target | size |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const [what, ms, target, note] of rows) {
    const p50 = percentile(ms, 50);
    const ratio = target ? `${(p50 / target).toFixed(2)}` : '';
    console.log(`| ${what} | ${p50.toFixed(1)} | ${percentile(ms, 90).toFixed(1)} | ${target ? `< ${target}` : ''} | ${ratio} | ${note} |`);
  }
} finally {
  await pdf.close();
  await db.close();
}
