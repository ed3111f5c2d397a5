/**
 * Importing ledgers from gen-ledger: the report must match its oracle to the öre for every area
 * and month, on SQLite and PostgreSQL; re-imports change nothing; a newer export replaces.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drillAccount } from '#app/drilldown.ts';
import { importSie } from '#app/import-sie.ts';
import { importTable } from '#app/import-table.ts';
import { buildReport } from '#app/report.ts';
import { toJsonContract } from '#report/json.ts';
import type { Db } from '#store/db.ts';
import { listImports } from '#store/imports.ts';
import { countPostings } from '#store/vouchers.ts';
import { snapshot, TEST_DATABASES } from './helpers/databases.ts';
import { generateLedger, HAS_SHARED, type Oracle } from './helpers/shared.ts';

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

async function expectOracle(db: Db, committee: string, oracle: Oracle) {
  for (let m = 0; m < oracle.months; m++) {
    const period = `${oracle.year}-${MONTHS[m]}`;
    const report = toJsonContract(await buildReport(db, committee, period));
    let totalActual = 0;
    let totalBudget = 0;
    for (const area of oracle.areas) {
      const actual = area.resultOreByMonth.slice(0, m + 1).reduce((s, x) => s + x, 0);
      const budget = area.budgetOreByMonth.slice(0, m + 1).reduce((s, x) => s + x, 0);
      totalActual += actual;
      totalBudget += budget;
      const got = report.areas.find((a) => a.code === area.object);
      expect(got, `${area.object} in ${period}`).toMatchObject({
        name: area.name,
        actualResult: actual,
        budgetResult: budget,
        deviation: actual - budget,
      });
    }
    expect(report.total).toMatchObject({ actualResult: totalActual, budgetResult: totalBudget });
    expect(report.areas.some((a) => a.code === 'ej-fordelat')).toBe(false);
  }
}

describe.skipIf(!HAS_SHARED).each(TEST_DATABASES)('SIE import of gen-ledger on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('matches the oracle to the öre (plain)', async () => {
    const gen = generateLedger(['--vouchers', '4000', '--areas', '15', '--seed', '3']);
    const oracle: Oracle = JSON.parse(readFileSync(gen.expect, 'utf8'));
    const s = await importSie(db, gen.sie, { committeeId: 'plain', user: 'test' });
    expect(s).toMatchObject({ sieType: 4, encoding: 'cp437', checksum: 'absent', unchanged: false });
    expect(s.counts).toMatchObject({ vouchers: oracle.vouchers, transactions: oracle.transRecords, objects: 15 });
    await expectOracle(db, 'plain', oracle);
  });

  it('matches the oracle with quirks (CRLF, unknown records, escapes, #RTRANS/#BTRANS, ids with spaces)', async () => {
    const gen = generateLedger(['--vouchers', '3000', '--areas', '8', '--quirks', '--seed', '5']);
    const oracle: Oracle = JSON.parse(readFileSync(gen.expect, 'utf8'));
    const s = await importSie(db, gen.sie, { committeeId: 'quirks' });
    expect(s.counts.transactions).toBe(oracle.transRecords);
    await expectOracle(db, 'quirks', oracle);
  });

  it('matches the oracle from #PSALDO alone (no vouchers)', async () => {
    const gen = generateLedger(['--vouchers', '3000', '--areas', '6', '--no-ver', '--seed', '7']);
    const oracle: Oracle = JSON.parse(readFileSync(gen.expect, 'utf8'));
    const s = await importSie(db, gen.sie, { committeeId: 'psaldo' });
    expect(s.counts.vouchers).toBe(0);
    await expectOracle(db, 'psaldo', oracle);
  });

  it('changes nothing on a re-import, and a newer export replaces the fiscal year', async () => {
    const first = generateLedger(['--vouchers', '2000', '--areas', '5', '--seed', '11']);
    const newer = generateLedger(['--vouchers', '2500', '--areas', '5', '--seed', '12']);
    const imported = await importSie(db, first.sie, { committeeId: 'replace' });
    const again = await importSie(db, first.sie, { committeeId: 'replace' });
    // Known by its SHA-256 before it is read: the summary is the first import's.
    expect(again).toEqual({ ...imported, counts: { ...imported.counts, areasCreated: 0 }, unchanged: true, importId: null });
    expect(imported.counts.areasCreated).toBe(5);
    expect(await listImports(db.kysely, 'replace')).toHaveLength(1);
    await importSie(db, newer.sie, { committeeId: 'replace' });
    await expectOracle(db, 'replace', JSON.parse(readFileSync(newer.expect, 'utf8')));
    // Two postings a voucher; the first import's are gone.
    expect(await countPostings(db.kysely, 'replace')).toBe(5000);
    const log = await listImports(db.kysely, 'replace');
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ kind: 'sie', fileName: 'ledger.se', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('runs two imports at once: into two committees, and two exports of one year into one committee', async () => {
    const a = generateLedger(['--vouchers', '1500', '--areas', '4', '--seed', '21']);
    const b = generateLedger(['--vouchers', '1800', '--areas', '4', '--seed', '22']);
    await Promise.all([importSie(db, a.sie, { committeeId: 'samtidig-a' }), importSie(db, b.sie, { committeeId: 'samtidig-b' })]);
    await expectOracle(db, 'samtidig-a', JSON.parse(readFileSync(a.expect, 'utf8')));
    await expectOracle(db, 'samtidig-b', JSON.parse(readFileSync(b.expect, 'utf8')));
    // Both replace fiscal year 2025 of one committee: the one that commits last holds it, once.
    const [first, second] = await Promise.all([
      importSie(db, a.sie, { committeeId: 'samtidig' }),
      importSie(db, b.sie, { committeeId: 'samtidig' }),
    ]);
    const log = await listImports(db.kysely, 'samtidig');
    expect(log).toHaveLength(2);
    const last = log[0]?.id === first.importId ? a : b;
    expect([first.importId, second.importId]).toContain(log[0]?.id);
    await expectOracle(db, 'samtidig', JSON.parse(readFileSync(last.expect, 'utf8')));
    expect(await countPostings(db.kysely, 'samtidig')).toBe(last === a ? 3000 : 3600);
  });
});

describe.each(TEST_DATABASES)('SIE import files (4I, no #RAR) on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  const run = (n: number, amount: string) =>
    [
      '#FLAGGA 0',
      '#SIETYP 4',
      `#VER L ${n} 2025030${n} "Lönekörning ${n}"`,
      '{',
      `#TRANS 5010 {1 "100"} ${amount}`,
      `#TRANS 2710 {} -${amount}`,
      '}',
    ].join('\n');

  it('adds their vouchers to the ledger, and the same file twice changes nothing', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'uppf-4i-'));
    writeFileSync(join(dir, 'lon1.si'), run(1, '1000.00'));
    writeFileSync(join(dir, 'lon2.si'), run(2, '250.50'));
    await importSie(db, join(dir, 'lon1.si'), { committeeId: 'lon' });
    await importSie(db, join(dir, 'lon2.si'), { committeeId: 'lon' });
    expect((await importSie(db, join(dir, 'lon1.si'), { committeeId: 'lon' })).unchanged).toBe(true);
    const report = toJsonContract(await buildReport(db, 'lon', '2025-03'));
    expect(report.total.actualResult).toBe(-125_050);
    expect(report.areas.find((a) => a.code === '100')?.actualResult).toBe(-125_050);
  });
});

describe.each(TEST_DATABASES)('the same SIE file again on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('is imported again when read with another dimension, or when a later import replaced its data', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'uppf-again-'));
    const sie = join(dir, 'export.se');
    writeFileSync(
      sie,
      [
        '#FLAGGA 0',
        '#SIETYP 4',
        '#RAR 0 20250101 20251231',
        '#DIM 6 "Projekt"',
        '#OBJEKT 1 "100" "Hemtjänst"',
        '#OBJEKT 6 "P7" "Projekt 7"',
        '#VER A 1 20250310 "Faktura"',
        '{',
        '#TRANS 5010 {1 "100" 6 "P7"} 400.00',
        '#TRANS 2440 {} -400.00',
        '}',
      ].join('\n'),
    );
    const first = await importSie(db, sie, { committeeId: 'igen' });
    expect(first).toMatchObject({ unchanged: false, dimension: 1 });
    expect(await importSie(db, sie, { committeeId: 'igen' })).toMatchObject({ unchanged: true, dimension: 1 });
    // Codes from dimension 6 instead: a new reading of the file, not "already imported". Its codes
    // share none with the committee's, so it is refused unless the controller says so.
    await expect(importSie(db, sie, { committeeId: 'igen', dimension: 6 })).rejects.toThrow(/ingen gemensam med ansvarskoderna i/);
    const byProject = await importSie(db, sie, { committeeId: 'igen', dimension: 6, replaceOrganisation: true });
    expect(byProject).toMatchObject({ unchanged: false, dimension: 6 });
    let report = toJsonContract(await buildReport(db, 'igen', '2025-03'));
    expect(report.areas.find((a) => a.code === 'P7')?.actualResult).toBe(-40_000);
    // A table import replaces March; the SIE file again brings its own figures back.
    const csv = join(dir, 'utfall.csv');
    writeFileSync(csv, 'period;ansvar;konto;belopp\n2025-03;P7;5010;999\n');
    await importTable(db, csv, { committeeId: 'igen', kind: 'actual' });
    expect(toJsonContract(await buildReport(db, 'igen', '2025-03')).total.actualResult).toBe(-99_900);
    // Its postings no longer add up to March's figures: drill-down shows none (the web page says why).
    expect((await drillAccount(db, 'igen', '2025-03', 'P7', '5010')).vouchers).toEqual([]);
    expect(await importSie(db, sie, { committeeId: 'igen', dimension: 6 })).toMatchObject({ unchanged: false });
    report = toJsonContract(await buildReport(db, 'igen', '2025-03'));
    expect(report.total.actualResult).toBe(-40_000);
    expect((await drillAccount(db, 'igen', '2025-03', 'P7', '5010')).vouchers).toMatchObject([
      { series: 'A', number: '1', amount: 40_000 },
    ]);
    expect(await listImports(db.kysely, 'igen')).toHaveLength(4);
  });
});

describe.each(TEST_DATABASES)('what an SIE import refuses to replace on $name', ({ open }) => {
  let db: Db;
  let dir: string;
  beforeAll(async () => {
    db = await open();
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    dir = mkdtempSync(join(tmpdir(), 'uppf-guard-'));
  });
  afterAll(() => db?.close());

  /** A small export: fiscal year [start, end], one voucher on the 10th of each month given. */
  async function exportFile(name: string, start: string, end: string, months: string[]): Promise<string> {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const lines = [
      '#FLAGGA 0',
      '#SIETYP 4',
      `#RAR 0 ${start.replaceAll('-', '')} ${end.replaceAll('-', '')}`,
      '#OBJEKT 1 "100" "Hemtjänst"',
    ];
    months.forEach((m, i) => {
      lines.push(`#VER A ${i + 1} ${m.replace('-', '')}10 "Faktura"`, '{', '#TRANS 5010 {1 "100"} 100.00', '#TRANS 2440 {} -100.00', '}');
    });
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  }

  it('refuses a file whose fiscal year does not fit the committee’s (a wrong --committee)', async () => {
    await importSie(db, await exportFile('brutet.se', '2024-07-01', '2025-06-30', ['2024-07', '2024-08']), { committeeId: 'brutet' });
    const before = await snapshot(db);
    const calendar = await exportFile('kalender.se', '2025-01-01', '2025-12-31', ['2025-01']);
    await expect(importSie(db, calendar, { committeeId: 'brutet' })).rejects.toThrow(
      'kalender.se: räkenskapsåret 2025-01-01–2025-12-31 i filen passar inte räkenskapsåret 2024-07-01–2025-06-30 som brutet redan har. Är det rätt nämnd? Inget ändrades.',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to drop months of bookkeeping (an older export after a newer), unless told to', async () => {
    await importSie(db, await exportFile('maj.se', '2025-01-01', '2025-12-31', ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05']), {
      committeeId: 'aldre',
    });
    const march = await exportFile('mars.se', '2025-01-01', '2025-12-31', ['2025-01', '2025-02', '2025-03']);
    const before = await snapshot(db);
    await expect(importSie(db, march, { committeeId: 'aldre' })).rejects.toThrow(
      'mars.se: filen saknar bokföring för april 2025, maj 2025, som redan finns inläst för räkenskapsåret 2025-01-01–2025-12-31.',
    );
    expect(await snapshot(db)).toEqual(before);
    const replaced = await importSie(db, march, { committeeId: 'aldre', allowRemovingMonths: true });
    expect(replaced.unchanged).toBe(false);
    await expect(buildReport(db, 'aldre', '2025-04')).rejects.toThrow('har ingen bokföring för april 2025');
  });
});

describe('an SIE path that is no file', () => {
  it('is refused by name before anything is opened', async () => {
    const db = await TEST_DATABASES[0]?.open();
    if (!db) throw new Error('no database');
    try {
      const { tmpdir } = await import('node:os');
      await expect(importSie(db, '/finns/inte/export.se', { committeeId: 'ingen' })).rejects.toThrow('export.se: filen finns inte');
      await expect(importSie(db, tmpdir(), { committeeId: 'ingen', fileName: 'mapp' })).rejects.toThrow('mapp: det är en mapp, ingen fil');
      expect(await db.kysely.selectFrom('committees').selectAll().execute()).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

describe('an SIE import with a dimension the file lacks', () => {
  it('warns that everything lands on "Ej fördelat"', async () => {
    const db = await TEST_DATABASES[0]?.open();
    if (!db) throw new Error('no database');
    try {
      const { mkdtempSync, writeFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const sie = join(mkdtempSync(join(tmpdir(), 'uppf-dim-')), 'dim.se');
      writeFileSync(
        sie,
        [
          '#SIETYP 4',
          '#RAR 0 20250101 20251231',
          '#OBJEKT 1 "100" "A"',
          '#VER A 1 20250105 ""',
          '{',
          '#TRANS 5010 {1 "100"} 5',
          '#TRANS 1930 {} -5',
          '}',
          '',
        ].join('\n'),
      );
      const s = await importSie(db, sie, { committeeId: 'dim', dimension: 9 });
      expect(s.warnings).toContainEqual({ line: 0, message: expect.stringContaining('inga objekt i dimension 9') });
      const report = toJsonContract(await buildReport(db, 'dim', '2025-01'));
      expect(report.areas.map((a) => [a.code, a.actualResult])).toEqual([['ej-fordelat', -500]]);
    } finally {
      await db.close();
    }
  });
});
