import { openDatabase } from '../src/store/db.ts';
import { rmSync } from 'node:fs';
const N = 1_000_000;
const vs: any[] = [];
for (let i = 0; i < N; i++) vs.push([i + 1, 'A', String(10000 + i), '2025-03-14', 'Leverantörsfaktura ' + i, [['5010', 'R' + (i % 40), 123456], ['2440', '', -123456]]]);
let t = performance.now();
const blocks: string[] = [];
for (let i = 0; i < N; i += 1000) blocks.push(JSON.stringify(vs.slice(i, i + 1000)));
console.log('stringify', (performance.now() - t).toFixed(0), 'ms', blocks.reduce((s, b) => s + b.length, 0) / 1e6, 'MB');
t = performance.now();
const tb: string[] = [];
for (let i = 0; i < N; i += 1000) { let s = ''; for (let j = i; j < i + 1000; j++) { const v = vs[j]; s += v[1] + '\t' + v[2] + '\t' + v[3] + '\t' + v[4]; for (const x of v[5]) s += '\t' + x[0] + '\u001f' + x[1] + '\u001f' + x[2]; s += '\n'; } tb.push(s); }
console.log('concat', (performance.now() - t).toFixed(0), 'ms', tb.reduce((s, b) => s + b.length, 0) / 1e6, 'MB');
for (const [name, data] of [['json', blocks], ['tsv', tb]] as const) {
  rmSync('/tmp/exp.sqlite', { force: true }); rmSync('/tmp/exp.sqlite-wal', { force: true });
  const db = await openDatabase({ file: '/tmp/exp.sqlite' });
  await db.kysely.insertInto('committees').values({ id: 'c', name: 'c', materiality_threshold: 0, fiscal_year_start_month: 1 } as any).execute().catch((e) => console.log(String(e)));
  t = performance.now();
  await db.kysely.transaction().execute(async (q) => {
    for (let i = 0; i < data.length; i += 20) await q.insertInto('voucher_blocks').values(data.slice(i, i + 20).map((d, k) => ({ committee_id: 'c', import_no: 1, block: i + k, first_date: '2025-01-01', last_date: '2025-12-31', count: 1000, data: d }))).execute();
  });
  console.log(name, 'insert', (performance.now() - t).toFixed(0), 'ms');
  await db.close();
}
