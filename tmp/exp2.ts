import { openDatabase } from '../src/store/db.ts';
import { rmSync } from 'node:fs';
for (const mb of [100, 30]) {
  rmSync('/tmp/exp.sqlite', { force: true }); rmSync('/tmp/exp.sqlite-wal', { force: true });
  const db = await openDatabase({ file: '/tmp/exp.sqlite' });
  await db.kysely.insertInto('committees').values({ id: 'c', name: 'c', materiality_threshold: 0, fiscal_year_start_month: 1 } as any).execute();
  const size = (mb * 1e6) / 1000;
  const data = Array.from({ length: 1000 }, (_, i) => Buffer.alloc(size, i));
  const t = performance.now();
  await db.kysely.transaction().execute(async (q) => {
    for (let i = 0; i < data.length; i += 20) await q.insertInto('voucher_blocks').values(data.slice(i, i + 20).map((d, k) => ({ committee_id: 'c', import_no: 1, block: i + k, first_date: '2025-01-01', last_date: '2025-12-31', count: 1000, data: d as any }))).execute();
  });
  console.log(mb, 'MB blob insert', (performance.now() - t).toFixed(0), 'ms');
  const t2 = performance.now(); await db.close(); console.log('close', (performance.now() - t2).toFixed(0));
}
