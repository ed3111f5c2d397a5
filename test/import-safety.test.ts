/**
 * What an import checks before it commits (issue 7): another organisation's file, sums beyond what
 * reports can compute, files with nothing in them, a last month cut short, fiscal years new to the
 * committee, and a previous year's budget. Each refused import leaves the database unchanged.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationMismatchError } from '#app/import-organisation.ts';
import { importSie } from '#app/import-sie.ts';
import { importTable } from '#app/import-table.ts';
import { buildReport } from '#app/report.ts';
import { loadAmounts } from '#store/amounts.ts';
import type { Db } from '#store/db.ts';
import { snapshot, TEST_DATABASES } from './helpers/databases.ts';
import { SIE_HEAD, SIE_VOUCHERS } from './helpers/imports.ts';
import { generateLedger, HAS_SHARED } from './helpers/shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-safety-'));
let files = 0;
function file(text: string, ext = '.se'): string {
  const path = join(dir, `f${files++}${ext}`);
  writeFileSync(path, text);
  return path;
}
const sie = (head: string[], body: string[] = SIE_VOUCHERS) => file(`${[...head, ...body].join('\n')}\n`);
/** `count` one-posting vouchers on days 1, 2, … of each month ("YYYYMM"). */
function vouchersIn(months: readonly (readonly [string, number])[]): string[] {
  const body: string[] = [];
  let n = 0;
  for (const [month, count] of months) {
    for (let day = 1; day <= count; day++) {
      n++;
      body.push(`#VER A ${n} ${month}${String(day).padStart(2, '0')} "v"`, '{', '#TRANS 5010 {1 "100"} 1.00', '#TRANS 1930 {} -1.00', '}');
    }
  }
  return body;
}
const withOrg = (org: string | null, name = 'Testnämnden') => [
  ...SIE_HEAD.filter((l) => !l.startsWith('#FNAMN')).slice(0, 4),
  ...(org ? [`#ORGNR ${org}`] : []),
  `#FNAMN "${name}"`,
  ...SIE_HEAD.slice(5),
];

describe.each(TEST_DATABASES)('import checks before commit on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('refuses a SIE file of another organisation, naming both, and imports it when told to', async () => {
    await importSie(db, sie(withOrg('212000-1234', 'Exempelkommun')), { committeeId: 'org', user: 't' });
    const before = await snapshot(db);
    const other = sie(withOrg('556677-8899', 'Annat bolag AB'), [
      ...SIE_VOUCHERS,
      '#VER A 4 20250301 "x"',
      '{',
      '#TRANS 5010 {1 "100"} 5.00',
      '#TRANS 1930 {} -5.00',
      '}',
    ]);
    const refused = await importSie(db, other, { committeeId: 'org', user: 't' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OrganisationMismatchError);
    const e = refused as OrganisationMismatchError;
    expect(e.message).toContain('Annat bolag AB (556677-8899)');
    expect(e.message).toContain('Exempelkommun (212000-1234)');
    expect(e.file).toMatchObject({ orgNumber: '556677-8899', name: 'Annat bolag AB' });
    expect(e.committee).toMatchObject({ id: 'org', orgNumber: '212000-1234', name: 'Exempelkommun' });
    expect(await snapshot(db)).toEqual(before);
    // The same number written without its hyphen is the same organisation.
    const same = sie(withOrg('2120001234', 'Exempelkommun, ny version'), [
      ...SIE_VOUCHERS,
      '#VER A 9 20250302 "y"',
      '{',
      '#TRANS 5010 {1 "100"} 1.00',
      '#TRANS 1930 {} -1.00',
      '}',
    ]);
    await expect(importSie(db, same, { committeeId: 'org', user: 't' })).resolves.toMatchObject({ unchanged: false });
    await expect(importSie(db, other, { committeeId: 'org', user: 't', replaceOrganisation: true })).resolves.toMatchObject({
      unchanged: false,
    });
    // From now on the committee's ledger is the other organisation's.
    const back = sie(withOrg('212000-1234', 'Exempelkommun'), [
      ...SIE_VOUCHERS,
      '#VER A 5 20250303 "z"',
      '{',
      '#TRANS 5010 {1 "100"} 2.00',
      '#TRANS 1930 {} -2.00',
      '}',
    ]);
    await expect(importSie(db, back, { committeeId: 'org', user: 't' })).rejects.toThrow(
      /Exempelkommun \(212000-1234\), men .* skapades från Annat bolag AB/,
    );
  });

  it('compares #FNAMN where a file has no #ORGNR', async () => {
    await importSie(db, sie(withOrg(null, 'Kulturnämnden')), { committeeId: 'fnamn', user: 't' });
    await expect(
      importSie(
        db,
        sie(withOrg(null, 'Tekniska nämnden'), [
          ...SIE_VOUCHERS,
          '#VER A 7 20250301 "x"',
          '{',
          '#TRANS 5010 {1 "100"} 5.00',
          '#TRANS 1930 {} -5.00',
          '}',
        ]),
        { committeeId: 'fnamn', user: 't' },
      ),
    ).rejects.toThrow(/filen kommer från Tekniska nämnden, men Kulturnämnden skapades från Kulturnämnden/);
  });

  it('refuses a SIE file whose responsibility codes share none with the committee', async () => {
    await importSie(db, sie(withOrg(null)), { committeeId: 'koder', user: 't' });
    const before = await snapshot(db);
    const foreign = sie(
      [...withOrg(null).filter((l) => !l.startsWith('#OBJEKT')), '#OBJEKT 1 "900" "Annan"'],
      ['#VER A 1 20250115 "x"', '{', '#TRANS 5010 {1 "900"} 10.00', '#TRANS 1930 {} -10.00', '}'],
    );
    await expect(importSie(db, foreign, { committeeId: 'koder', user: 't' })).rejects.toThrow(
      /ansvarskoderna i filen från Testnämnden \(900\) har ingen gemensam med ansvarskoderna i Testnämnden \(100, 200\)/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses amounts whose sums a report could not compute, before anything is committed', async () => {
    await importSie(db, sie(withOrg(null)), { committeeId: 'stor', user: 't' });
    const before = await snapshot(db);
    // Two rows on one key, each the largest amount a number holds exactly: their sum is not.
    const csv = file('period;konto;ansvar;belopp\n2025-01;5010;100;90071992547409,91\n2025-01;5010;100;90071992547409,91\n', '.csv');
    await expect(importTable(db, csv, { committeeId: 'stor', kind: 'actual', user: 't' })).rejects.toThrow(/rad 3.*för stora/);
    // Two accounts of one area, each fine alone: the area's figures would not be.
    const big = '45035996273704.95';
    const twoAccounts = sie(withOrg(null), [
      '#VER A 1 20250115 "x"',
      '{',
      `#TRANS 5010 {1 "100"} ${big}`,
      `#TRANS 1930 {} -${big}`,
      '}',
      '#VER A 2 20250116 "y"',
      '{',
      `#TRANS 3110 {1 "100"} ${big}`,
      `#TRANS 1930 {} -${big}`,
      '}',
    ]);
    await expect(importSie(db, twoAccounts, { committeeId: 'stor', user: 't', allowRemovingMonths: true })).rejects.toThrow(
      /beloppen är för stora.*räkenskapsåret 2025/,
    );
    expect(await snapshot(db)).toEqual(before);
    // Every report of the committee still builds.
    await expect(buildReport(db, 'stor', '2025-02')).resolves.toMatchObject({ committee: { id: 'stor' } });
  });

  it('refuses a SIE file with nothing to import, and creates no committee', async () => {
    const before = await snapshot(db);
    await expect(
      importSie(db, sie(['#FLAGGA 0', '#SIETYP 4', '#FNAMN "Tom"', '#RAR 0 20250101 20251231'], []), { committeeId: 'tom', user: 't' }),
    ).rejects.toThrow(/inget att läsa in/);
    await expect(importSie(db, file(''), { committeeId: 'tom', user: 't' })).rejects.toThrow(/filen är tom/);
    await expect(
      importTable(db, file('period;konto;ansvar;belopp\n', '.csv'), { committeeId: 'tom', kind: 'actual', user: 't' }),
    ).rejects.toThrow(/bara en rubrikrad/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('counts vouchers per month and warns of a last month that stops short', async () => {
    const months = [
      ['202501', 10],
      ['202502', 12],
      ['202503', 11],
      ['202504', 2],
    ] as const;
    const s = await importSie(db, sie(withOrg(null), vouchersIn(months)), { committeeId: 'kort', user: 't' });
    expect(s.vouchersPerMonth).toEqual([
      { period: '2025-01', vouchers: 10 },
      { period: '2025-02', vouchers: 12 },
      { period: '2025-03', vouchers: 11 },
      { period: '2025-04', vouchers: 2 },
    ]);
    // 11: the median of January to March.
    expect(s.warnings.map((w) => w.message).join('\n')).toMatch(
      /sista månaden, april 2025, har 2 verifikationer, mot 11 i en vanlig månad/,
    );
    const whole = await importSie(db, sie(withOrg(null), vouchersIn(months.slice(0, 3))), { committeeId: 'hel', user: 't' });
    expect(whole.warnings.map((w) => w.message).join('\n')).not.toMatch(/sista månaden/);
  });

  it("compares the last month within the file's fiscal year when the import creates the committee", async () => {
    // Fiscal year July to June: January 2026 is in the year of November and December 2025.
    const head = [...withOrg(null).filter((l) => !l.startsWith('#RAR')), '#RAR 0 20250701 20260630'];
    const body = vouchersIn([
      ['202511', 10],
      ['202512', 12],
      ['202601', 2],
    ]);
    const s = await importSie(db, sie(head, body), { committeeId: 'brutet-ar', user: 't' });
    expect(s.warnings.map((w) => w.message).join('\n')).toMatch(
      /sista månaden, januari 2026, har 2 verifikationer, mot 11 i en vanlig månad/,
    );
  });

  it.skipIf(!HAS_SHARED)('warns of a generated ledger cut at a voucher boundary inside a month', async () => {
    const { sie: full } = generateLedger(['--vouchers', '1200', '--areas', '3', '--months', '6', '--seed', '3']);
    const bytes = readFileSync(full);
    const at = bytes.indexOf('#VER', bytes.indexOf(' 20250616 '));
    const cut = file('', '.se');
    writeFileSync(cut, bytes.subarray(0, bytes.lastIndexOf('#VER', at)));
    const s = await importSie(db, cut, { committeeId: 'avkortad', user: 't' });
    expect(s.vouchersPerMonth?.at(-1)?.period).toBe('2025-06');
    // 200: gen-ledger's 1200 vouchers spread evenly over its 6 months.
    expect(s.warnings.map((w) => w.message).join('\n')).toMatch(
      /sista månaden, juni 2025, har \d+ verifikationer, mot 200 i en vanlig månad av året: är filen avkortad/,
    );
  });

  it('says which fiscal years are new and gives the previous year its budget too', async () => {
    const head = [...withOrg(null).filter((l) => !l.startsWith('#RAR')), '#RAR 0 20250101 20251231', '#RAR -1 20240101 20241231'];
    const budgets = [
      '#PBUDGET 0 202501 5010 {1 "100"} 900.00',
      '#PBUDGET -1 202401 5010 {1 "100"} 800.00',
      '#PSALDO -1 202401 5010 {1 "100"} 700.00',
    ];
    const s = await importSie(db, sie([...head, ...budgets]), { committeeId: 'ar', user: 't' });
    expect(s.fiscalYears).toEqual([
      // 5: SIE_VOUCHERS' (period, account, code) keys, 3 in January and 2 in February.
      expect.objectContaining({ start: '2025-01-01', newToCommittee: true, actuals: 5, budgets: 1 }),
      expect.objectContaining({ start: '2024-01-01', newToCommittee: true, actuals: 1, budgets: 1 }),
    ]);
    expect(await loadAmounts(db.kysely, 'ar', 'budget', '2024-01', '2024-12')).toEqual([
      { period: '2024-01', account: '5010', code: '100', amount: 80_000 },
    ]);
    expect(await loadAmounts(db.kysely, 'ar', 'actual', '2024-01', '2024-12')).toEqual([
      { period: '2024-01', account: '5010', code: '100', amount: 70_000 },
    ]);
    // A later export with 2026: only that year is new.
    const next = sie(
      [...withOrg(null).filter((l) => !l.startsWith('#RAR')), '#RAR 0 20260101 20261231', '#RAR -1 20250101 20251231'],
      ['#VER A 1 20260115 "x"', '{', '#TRANS 5010 {1 "100"} 1.00', '#TRANS 1930 {} -1.00', '}', '#PSALDO -1 202501 5010 {1 "100"} 1000.00'],
    );
    const later = await importSie(db, next, { committeeId: 'ar', user: 't', allowRemovingMonths: true });
    expect(later.fiscalYears.map((y) => [y.start, y.newToCommittee])).toEqual([
      ['2026-01-01', true],
      ['2025-01-01', false],
    ]);
    expect(later.warnings.map((w) => w.message)).toContain('filen har ingen budget (#PBUDGET): nämndens budget ändrades inte');
  });
});
