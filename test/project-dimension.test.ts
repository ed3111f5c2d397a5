/**
 * Investment projects told by an SIE dimension, on SQLite and PostgreSQL: once the committee names
 * the dimension, an import keeps each posting's project (fast and general #TRANS paths alike), the
 * ledger's actual per project and account follows, the same file is read again (not "unchanged"),
 * and undo brings back the postings with their projects.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '#app/errors.ts';
import { importSie } from '#app/import-sie.ts';
import { investmentOverview, saveInvestmentProject } from '#app/investments.ts';
import { projectActuals, readProjectDimension, setProjectDimension } from '#app/project-dimension.ts';
import { buildReport } from '#app/report.ts';
import { undoImport } from '#app/undo-import.ts';
import { toJsonContract } from '#report/json.ts';
import type { Db } from '#store/db.ts';
import { listImports } from '#store/imports.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

const SIE = [
  '#FLAGGA 0',
  '#FORMAT PC8',
  '#SIETYP 4',
  '#FNAMN "Projektnämnden"',
  '#RAR 0 20250101 20251231',
  '#KONTO 1220 "Inventarier"',
  '#KONTO 1110 "Byggnader"',
  '#KONTO 2440 "Leverantörsskulder"',
  '#KONTO 5010 "Löner"',
  '#DIM 1 "Ansvar"',
  '#DIM 6 "Projekt"',
  '#OBJEKT 1 "100" "Enhet 100"',
  '#OBJEKT 6 "P1" "Möbler"',
  '#OBJEKT 6 "P2" "Ombyggnad"',
  '#VER A 1 20250115 "Möbler"',
  '{',
  '#TRANS 1220 {1 "100" 6 "P1"} 41250.00',
  '#TRANS 2440 {} -41250.00',
  '}',
  '#VER A 2 20250312 "Ombyggnad"',
  '{',
  // The general path: a transaction date and text, the project before the code.
  '#TRANS 1110 {6 "P2" 1 "100"} 100000.50 20250312 "Etapp 1"',
  '#TRANS 1220 {6 "P1"} 1000.00',
  '#TRANS 2440 {} -101000.50',
  '}',
  '#VER A 3 20250420 "Lön"',
  '{',
  '#TRANS 5010 {1 "100" 6 "P1"} 500.00',
  '#TRANS 2440 {} -500.00',
  '}',
].join('\r\n');

describe.each(TEST_DATABASES)('projects by SIE dimension on $name', ({ open }) => {
  let db: Db;
  let file: string;
  beforeAll(async () => {
    db = await open();
    file = join(mkdtempSync(join(tmpdir(), 'uppf-proj-')), 'projekt.se');
    writeFileSync(file, `${SIE}\r\n`);
  });
  afterAll(() => db?.close());

  it('reads no projects until the dimension is named, then the next import of the same file does', async () => {
    await importSie(db, file, { committeeId: 'proj', user: 't' });
    expect(await projectActuals(db, 'proj', '2025-04')).toEqual([]);
    expect(await setProjectDimension(db, 'proj', 6)).toEqual({ projectDimension: 6, current: false });
    expect(await readProjectDimension(db, 'proj')).toBe(6);
    const again = await importSie(db, file, { committeeId: 'proj', user: 't' });
    expect(again.unchanged).toBe(false);
    expect(again.projectDimension).toBe(6);
    // P1: 41 250,00 + 1 000,00 kr on 1220; P2: 100 000,50 kr on 1110 (the 5010 posting is no investment).
    expect(await projectActuals(db, 'proj', '2025-04')).toEqual([
      { project: 'P1', account: '1220', amount: 4_225_000 },
      { project: 'P2', account: '1110', amount: 10_000_050 },
    ]);
    // Up to February only the furniture.
    expect(await projectActuals(db, 'proj', '2025-02')).toEqual([{ project: 'P1', account: '1220', amount: 4_125_000 }]);
    expect((await importSie(db, file, { committeeId: 'proj', user: 't' })).unchanged).toBe(true);
    expect((await setProjectDimension(db, 'proj', 6)).current).toBe(true);
  });

  it("gives each investment project its object's actual, in the report and over the CLI", async () => {
    await saveInvestmentProject(db, 'proj', '2025', { id: 'mobler', name: 'Möbler', budget: 5_000_000, dimensionObject: 'P1' }, 'add', 't');
    // No object named: the project's id is its object.
    await saveInvestmentProject(db, 'proj', '2025', { id: 'p2', name: 'Ombyggnad', budget: 20_000_000 }, 'add', 't');
    const report = toJsonContract(await buildReport(db, 'proj', '2025-04'));
    expect(report.investments.projects.map((p) => [p.id, p.actual])).toEqual([
      ['mobler', 4_225_000],
      ['p2', 0],
    ]);
    await saveInvestmentProject(db, 'proj', '2025', { id: 'p2', dimensionObject: 'P2' }, 'set', 't');
    const overview = await investmentOverview(db, 'proj', '2025-04');
    expect(overview.settings).toEqual({ actualSource: 'dimension', dimension: '6' });
    expect(overview.projects.find((p) => p.id === 'p2')?.actual).toBe(10_000_050);
  });

  it('refuses the codes dimension and what is no dimension', async () => {
    await expect(setProjectDimension(db, 'proj', 1)).rejects.toThrow(/läses redan som ansvar/);
    await expect(setProjectDimension(db, 'proj', 0)).rejects.toBeInstanceOf(InputError);
  });

  it('undo of the later import brings the earlier one back as it was', async () => {
    await setProjectDimension(db, 'proj', null);
    await importSie(db, file, { committeeId: 'proj', user: 't' });
    expect(await projectActuals(db, 'proj', '2025-04')).toEqual([]);
    const [latest] = await listImports(db.kysely, 'proj');
    await undoImport(db, 'proj', latest?.id ?? '');
    expect((await projectActuals(db, 'proj', '2025-04')).map((r) => r.project)).toEqual(['P1', 'P2']);
  });
});
