/**
 * What people entered stays meaningful when the ledger's side changes under it, on SQLite and
 * PostgreSQL: a decision on an area that has since lost its codes (it lands in "Ej fördelat", the
 * report still builds), a materiality threshold set after an import that is then undone (kept), and
 * a month with carried items but no forecast yet (no total forecast, not 0).
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDecision } from '#app/budget-decisions.ts';
import { loadDemo } from '#app/demo/index.ts';
import { importTable } from '#app/import-table.ts';
import { setMapping } from '#app/mapping.ts';
import { buildReport } from '#app/report.ts';
import { setMateriality } from '#app/texts.ts';
import { undoImport } from '#app/undo-import.ts';
import type { Db } from '#store/db.ts';
import { listImports } from '#store/imports.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

describe.each(TEST_DATABASES)('inputs that stay on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
  });
  afterAll(() => db?.close());

  it('books a decision of an area without codes on "Ej fördelat"', async () => {
    const before = await buildReport(db, 'socialnamnden', '2025-04');
    const line = { target: 'area' as const, area: 'tillstand', group: 'ovrigt', amount: 1_200_000 };
    await addDecision(db, 'socialnamnden', { body: 'KS', decidedOn: '2025-03-01', text: 'tillskott', lines: [line] }, 't');
    // Tillståndsenheten's one code goes to another area.
    await setMapping(db, 'socialnamnden', [{ code: '6170', area: 'boende' }], 'test');
    const after = await buildReport(db, 'socialnamnden', '2025-04');
    // A cost budget up by 12 000 kr for the year: 4 000 kr to April, now in "Ej fördelat".
    expect(after.total.budgetResult).toBe(before.total.budgetResult - 400_000);
    expect(after.areas.find((a) => a.id === 'ej-fordelat')?.budgetResult).toBe(-400_000);
  });

  it('keeps a threshold set after an import that is undone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uppf-stay-'));
    writeFileSync(join(dir, 'b.csv'), 'period;ansvar;konto;budget\n2025-03;6110;4610;-100,00\n');
    await importTable(db, join(dir, 'b.csv'), { committeeId: 'socialnamnden', kind: 'budget', user: 't' });
    await setMateriality(db, 'socialnamnden', 30_000_000, 'test');
    const [latest] = await listImports(db.kysely, 'socialnamnden');
    await undoImport(db, 'socialnamnden', latest?.id ?? '');
    expect((await buildReport(db, 'socialnamnden', '2025-04')).materialityThreshold).toBe(30_000_000);
  });
});
