/**
 * Undo of an import (issue 7), on SQLite and PostgreSQL: the committee's ledger returns exactly to
 * what it was before (every table of the ledger row for row, and the report JSON of every period),
 * for SIE imports that create a committee, that replace a fiscal year with vouchers, and table
 * imports of actuals and budget; only the latest import can be undone. And: a sheet replaces only
 * the (period, code) pairs it holds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { drillAccount } from '#app/drilldown.ts';
import { CannotUndoError, NotFoundError } from '#app/errors.ts';
import { importSie } from '#app/import-sie.ts';
import { importTable } from '#app/import-table.ts';
import { buildReport } from '#app/report.ts';
import { undoImport } from '#app/undo-import.ts';
import { toJsonContract } from '#report/json.ts';
import { listPeriodsWithData } from '#store/amounts.ts';
import { readDataVersion, VERSIONED_TABLES } from '#store/data-version.ts';
import type { Db } from '#store/db.ts';
import { claimImportNo, listImports, logImport } from '#store/imports.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { SIE_HEAD, SIE_VOUCHERS } from './helpers/imports.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-undo-'));
let files = 0;
function file(content: string, ext: string): string {
  const path = join(dir, `f${files++}.${ext}`);
  writeFileSync(path, content);
  return path;
}
const sie = (...lines: string[]) => file(`${lines.join('\n')}\n`, 'se');
const csv = (...lines: string[]) => file(`${lines.join('\n')}\n`, 'csv');

/** Every table the committee's figures are built from, row for row, but the import log; and its organisation. */
const LEDGER_TABLES = [
  ...VERSIONED_TABLES.filter((t) => t !== 'import_log'),
  'vouchers',
  'ledger_postings',
  'committee_organisations',
] as const;

async function ledger(db: Db, committee: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of LEDGER_TABLES) {
    const rows = await db.kysely
      .selectFrom(t)
      .selectAll()
      .where(t === 'committees' ? 'id' : 'committee_id', '=', committee)
      .execute();
    out[t] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** The report JSON of every period with data. */
async function reports(db: Db, committee: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const p of await db.snapshot((q) => listPeriodsWithData(q, committee))) out[p] = toJsonContract(await buildReport(db, committee, p));
  return out;
}

async function latestId(db: Db, committee: string): Promise<string> {
  const [latest] = await listImports(db.kysely, committee);
  if (!latest) throw new Error('no import');
  return latest.id;
}

/** Imports, then undoes: the ledger and every report are as before, and the data version moved. */
async function expectUndoRestores(db: Db, committee: string, run: () => Promise<{ unchanged: boolean }>) {
  const before = await ledger(db, committee);
  const reportsBefore = await reports(db, committee);
  const s = await run();
  expect(s.unchanged).toBe(false);
  expect(await ledger(db, committee)).not.toEqual(before);
  const version = await readDataVersion(db.kysely);
  const undone = await undoImport(db, committee, await latestId(db, committee), { user: 'ångraren' });
  expect(undone).toMatchObject({ committee, undoneBy: 'ångraren' });
  expect(await ledger(db, committee)).toEqual(before);
  expect(await reports(db, committee)).toEqual(reportsBefore);
  expect(await readDataVersion(db.kysely)).toBeGreaterThan(version);
  const [entry] = await listImports(db.kysely, committee);
  expect(entry).toMatchObject({ undoneBy: 'ångraren', undoneAt: undone.undoneAt });
}

// Year 2025 with vouchers; a newer export: January's salary changed, a new account name, a new
// code 300 with its own voucher, and one voucher with postings on two codes.
const FIRST = sie(...SIE_HEAD, ...SIE_VOUCHERS);
const NEWER = sie(
  ...SIE_HEAD.map((l) => (l.startsWith('#KONTO 5010') ? '#KONTO 5010 "Löner månadsavlönade"' : l)),
  '#KONTO 4010 "Material"',
  '#OBJEKT 1 "300" "Enhet 300"',
  '#VER A 1 20250115 "Lön januari"',
  '{',
  '#TRANS 5010 {1 "100"} 1100.00',
  '#TRANS 1930 {} -1100.00',
  '}',
  '#VER A 2 20250120 "Material två enheter"',
  '{',
  '#TRANS 4010 {1 "100"} 300.00',
  '#TRANS 4010 {1 "200"} 200.00',
  '#TRANS 1930 {} -500.00',
  '}',
  '#VER A 3 20250210 "Lön februari"',
  '{',
  '#TRANS 5010 {1 "300"} 1200.00',
  '#TRANS 1930 {} -1200.00',
  '}',
  '#PBUDGET 0 202501 5010 {1 "100"} 1000.00',
);

describe.each(TEST_DATABASES)('undo of an import on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
  });
  afterAll(() => db?.close());

  it('a one-row budget sheet changes one area of the demo report, and undo brings it back', async () => {
    const before = toJsonContract(await buildReport(db, 'socialnamnden', '2025-04'));
    const sheet = csv('period;ansvar;konto;budget', '2025-03;6110;4610;-12 345,00');
    const s = await importTable(db, sheet, { committeeId: 'socialnamnden', kind: 'budget', user: 't' });
    expect(s.replaced).toMatchObject({ periods: ['2025-03'], codes: ['6110'], pairs: 1, after: -1234500, postingsRemoved: 0 });
    expect(s.replaced.before).not.toBe(s.replaced.after);
    const after = toJsonContract(await buildReport(db, 'socialnamnden', '2025-04'));
    const changed = after.areas.filter((a, i) => JSON.stringify(a) !== JSON.stringify(before.areas[i])).map((a) => a.code);
    expect(changed).toEqual(['utredning-vuxen']);
    expect(after.areas.length).toBe(before.areas.length);
    const area = (r: typeof before) => r.areas.find((a) => a.code === 'utredning-vuxen');
    // The budget result of the area moves by the difference of the one pair (a cost: −amount).
    expect((area(after)?.budgetResult ?? 0) - (area(before)?.budgetResult ?? 0)).toBe(-(s.replaced.after - s.replaced.before));
    await undoImport(db, 'socialnamnden', await latestId(db, 'socialnamnden'));
    expect(toJsonContract(await buildReport(db, 'socialnamnden', '2025-04'))).toEqual(before);
  });

  it('restores the demo after a sheet of actuals, postings and vouchers included', async () => {
    const sheet = csv('period;ansvar;konto;utfall', '2025-02;6110;4610;5 000,00', '2025-02;6120;5010;7 000,00');
    await expectUndoRestores(db, 'socialnamnden', () => importTable(db, sheet, { committeeId: 'socialnamnden', kind: 'actual' }));
  });

  it('refuses a demo load of an older version, an older import, an undone one and an unknown id, saying why', async () => {
    const [demo] = await listImports(db.kysely, 'socialnamnden');
    expect(demo?.undoneAt).toBeDefined();
    // Before issue 8 the demo wrote its tables without an undo journal, logged as kind "demo".
    await db.write(async (q) => {
      const importNo = await claimImportNo(q, db.dialect);
      await logImport(q, {
        ...{ id: `demo-${importNo}`, importNo, committeeId: 'socialnamnden', kind: 'demo', fileName: 'demodata', sha256: '' },
        ...{ importedAt: new Date().toISOString(), user: 'demo', fiscalYear: '2025-01-01', summary: {} },
      });
    });
    const demoId = await latestId(db, 'socialnamnden');
    await expect(undoImport(db, 'socialnamnden', demoId)).rejects.toThrow(/demodata, som inte kan ångras/);
    const a = csv('period;ansvar;konto;budget', '2025-03;6110;4610;-100,00');
    const b = csv('period;ansvar;konto;budget', '2025-03;6111;4610;-200,00');
    await importTable(db, a, { committeeId: 'socialnamnden', kind: 'budget' });
    const older = await latestId(db, 'socialnamnden');
    await importTable(db, b, { committeeId: 'socialnamnden', kind: 'budget' });
    const newer = await latestId(db, 'socialnamnden');
    const refused = undoImport(db, 'socialnamnden', older);
    await expect(refused).rejects.toBeInstanceOf(CannotUndoError);
    await expect(refused).rejects.toThrow(/Bara nämndens senaste import kan ångras\. import \d+ \(f\d+\.csv, .*\) följdes av import/);
    // The same file again is not in the log: it changed nothing, and the latest stays undoable.
    expect((await importTable(db, b, { committeeId: 'socialnamnden', kind: 'budget' })).unchanged).toBe(true);
    await undoImport(db, 'socialnamnden', newer);
    await expect(undoImport(db, 'socialnamnden', newer)).rejects.toThrow(/är redan ångrad/);
    await expect(undoImport(db, 'socialnamnden', older)).rejects.toThrow(/följdes av import \d+ .*, som är ångrad/);
    await expect(undoImport(db, 'socialnamnden', 'inte-ett-id')).rejects.toBeInstanceOf(NotFoundError);
    // An undone file may be imported again: it is not "already imported".
    expect((await importTable(db, b, { committeeId: 'socialnamnden', kind: 'budget' })).unchanged).toBe(false);
  });

  it('undo of the SIE import that created the committee leaves no trace of its ledger', async () => {
    await importSie(db, FIRST, { committeeId: 'ny', user: 't' });
    const id = await latestId(db, 'ny');
    await undoImport(db, 'ny', id);
    const left = await ledger(db, 'ny');
    expect(left.committees).toHaveLength(1);
    for (const t of LEDGER_TABLES.filter((t) => t !== 'committees')) expect(left[t], t).toEqual([]);
    expect(await listImports(db.kysely, 'ny')).toMatchObject([{ id, undoneBy: expect.any(String) }]);
    // The same file imports again, as new.
    expect((await importSie(db, FIRST, { committeeId: 'ny', user: 't' })).unchanged).toBe(false);
    expect(Object.keys(await reports(db, 'ny'))).toEqual(['2025-01', '2025-02']);
  });

  it('puts back the organisation that a file of another organisation replaced', async () => {
    const org = (n: string, name: string) => SIE_HEAD.map((l) => (l.startsWith('#FNAMN') ? `#ORGNR ${n}\n#FNAMN "${name}"` : l));
    await importSie(db, sie(...org('212000-0001', 'Egen'), ...SIE_VOUCHERS), { committeeId: 'org-undo', user: 't' });
    const other = sie(...org('556000-0002', 'Annan AB'), ...SIE_VOUCHERS.map((l) => l.replace('1000.00', '1001.00')));
    await expectUndoRestores(db, 'org-undo', () => importSie(db, other, { committeeId: 'org-undo', user: 't', replaceOrganisation: true }));
    // The committee's organisation is its own again: the other's file is refused as before.
    await expect(importSie(db, other, { committeeId: 'org-undo', user: 't' })).rejects.toThrow(
      /filen kommer från Annan AB \(556000-0002\)/,
    );
  });

  it('restores a fiscal year that a newer SIE export replaced, with its vouchers, accounts and codes', async () => {
    await importSie(db, FIRST, { committeeId: 'sie', user: 't' });
    await expectUndoRestores(db, 'sie', () => importSie(db, NEWER, { committeeId: 'sie', user: 't' }));
  });

  it('a sheet of actuals keeps the other codes of a voucher with postings on several codes', async () => {
    await importSie(db, NEWER, { committeeId: 'delad', user: 't' });
    const drill = async (code: string) => (await drillAccount(db, 'delad', '2025-01', code, '4010')).vouchers;
    const on200 = await drill('200');
    expect(on200.map((p) => p.amount)).toEqual([20000]);
    const sheet = csv('period;ansvar;konto;utfall', '2025-01;100;4010;400,00');
    await expectUndoRestores(db, 'delad', async () => {
      const s = await importTable(db, sheet, { committeeId: 'delad', kind: 'actual' });
      // Before: NEWER's January on code 100, 5010 at 1 100,00 and 4010 at 300,00 (two postings).
      expect(s.replaced).toMatchObject({ periods: ['2025-01'], codes: ['100'], before: 140000, after: 40000, postingsRemoved: 2 });
      expect(await drill('100')).toEqual([]);
      expect(await drill('200')).toEqual(on200);
      return s;
    });
  });

  it('restores the ledger after an import file (4I, no #RAR) added its vouchers', async () => {
    await importSie(db, FIRST, { committeeId: 'tillagg', user: 't' });
    const path = join(dir, 'lon.si');
    writeFileSync(
      path,
      ['#FLAGGA 0', '#SIETYP 4', '#VER L 1 20250205 "Lön"', '{', '#TRANS 5010 {1 "100"} 250.50', '#TRANS 2710 {} -250.50', '}'].join('\n'),
    );
    await expectUndoRestores(db, 'tillagg', () => importSie(db, path, { committeeId: 'tillagg', user: 't' }));
  });

  it('undo of the sheet that created the committee leaves no trace of its ledger', async () => {
    const sheet = csv('period;ansvar;konto;budget', '2025-01;100;5010;-10,00', '2025-02;200;5010;-20,00');
    await importTable(db, sheet, { committeeId: 'arket', kind: 'budget', committeeName: 'Arknämnden' });
    await undoImport(db, 'arket', await latestId(db, 'arket'));
    const left = await ledger(db, 'arket');
    expect(left.committees).toHaveLength(1);
    for (const t of LEDGER_TABLES.filter((t) => t !== 'committees')) expect(left[t], t).toEqual([]);
  });

  it("keeps each committee's latest journal: an import into another committee leaves it undoable", async () => {
    await importSie(db, FIRST, { committeeId: 'forsta', user: 't' });
    await expectUndoRestores(db, 'forsta', async () => {
      const s = await importSie(db, NEWER, { committeeId: 'forsta', user: 't' });
      await importSie(db, FIRST, { committeeId: 'andra', user: 't' });
      await importTable(db, csv('period;ansvar;konto;utfall', '2025-01;100;5010;2,00'), { committeeId: 'andra', kind: 'actual' });
      return s;
    });
    await undoImport(db, 'andra', await latestId(db, 'andra'));
  });

  it('a new import drops the journal of the one before', async () => {
    await importSie(db, FIRST, { committeeId: 'journal', user: 't' });
    const sheet = csv('period;ansvar;konto;utfall', '2025-01;100;5010;1,00');
    const count = async () =>
      (await db.kysely.selectFrom('import_undo_journals').select('import_no').where('committee_id', '=', 'journal').execute()).length;
    expect(await count()).toBe(1);
    await importTable(db, sheet, { committeeId: 'journal', kind: 'actual' });
    expect(await count()).toBe(1);
    const postings = await db.kysely
      .selectFrom('import_undo_postings')
      .select('removed_by')
      .where('committee_id', '=', 'journal')
      .execute();
    const [latest] = await listImports(db.kysely, 'journal');
    expect(new Set(postings.map((p) => p.removed_by))).toEqual(new Set([latest?.importNo]));
  });
});
