/** Ledger import over HTTP (fastify.inject): upload, poll the job, the report follows; bad files change nothing. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '#app/database.ts';
import type { SieImportSummary } from '#app/import-sie.ts';
import type { TableImportSummary } from '#app/import-table.ts';
import type { ReportJson } from '#report/json.ts';
import { snapshot } from '#test/helpers/databases.ts';
import { importAndWait, postImport, SIE_HEAD, SIE_VOUCHERS, SMALL_SIE, waitForJob } from '#test/helpers/imports.ts';
import { signedInAsAdmin, testServerSuite } from '#test/helpers/server.ts';
import { generateLedger, HAS_SHARED, type Oracle } from '#test/helpers/shared.ts';
import { buildServer } from '../app.ts';

const api = testServerSuite();
const { get } = api;
const report = async (committee: string, period: string) => {
  const res = await get(`/api/committees/${committee}/reports/${period}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ReportJson;
};

describe('POST /api/imports (SIE)', () => {
  it('imports a small SIE file into a new committee; the report and the log follow', async () => {
    const job = await importAndWait(api.server.app, { kind: 'sie', committee: 'testnamnden' }, SMALL_SIE, 'liten.se');
    expect(job).toMatchObject({ state: 'done', committee: 'testnamnden', kind: 'sie', fileName: 'liten.se' });
    expect(job.bytesRead).toBe(Buffer.byteLength(SMALL_SIE));
    expect(job.totalBytes).toBe(job.bytesRead);
    const summary = job.summary as SieImportSummary;
    expect(summary).toMatchObject({ sieType: 4, unchanged: false, fileName: 'liten.se' });
    expect(summary.counts).toMatchObject({ vouchers: 3, transactions: 6, areasCreated: 2 });

    const feb = await report('testnamnden', '2025-02');
    expect(feb.committee.name).toBe('Testnämnden');
    expect(feb.areas.find((a) => a.code === '100')?.actualResult).toBe(-220_000);
    expect(feb.areas.find((a) => a.code === '200')?.actualResult).toBe(25_050);

    const log = (await get('/api/committees/testnamnden/imports')).json() as {
      imports: { fileName: string; user: string; sha256: string }[];
    };
    expect(log.imports[0]).toMatchObject({ fileName: 'liten.se', user: 'admin', sha256: summary.sha256 });

    // The same file again changes nothing, and says so.
    const again = await importAndWait(api.server.app, { kind: 'sie', committee: 'testnamnden' }, SMALL_SIE, 'liten.se');
    expect((again.summary as SieImportSummary).unchanged).toBe(true);
  });

  it('refuses an export that lacks months already imported, unless allowRemovingMonths is true', async () => {
    const fields = { kind: 'sie', committee: 'manader' };
    expect((await importAndWait(api.server.app, fields, SMALL_SIE, 'feb.se')).state).toBe('done');
    const januaryOnly = `${[...SIE_HEAD, ...SIE_VOUCHERS.slice(0, 10)].join('\n')}\n`;
    const refused = await importAndWait(api.server.app, fields, januaryOnly, 'jan.se');
    expect(refused).toMatchObject({ state: 'failed', error: { file: 'jan.se' } });
    expect(refused.error?.error).toContain('filen saknar bokföring för februari 2025');
    expect((await report('manader', '2025-02')).total.actualResult).toBe(-194_950);
    const replaced = await importAndWait(api.server.app, { ...fields, allowRemovingMonths: 'true' }, januaryOnly, 'jan.se');
    expect(replaced.state, JSON.stringify(replaced.error)).toBe('done');
    expect((await get('/api/committees/manader/reports/2025-02')).statusCode).toBe(404);
  });

  it('refuses another organisation with both sides in the error, and imports it with replaceOrganisation', async () => {
    const fields = { kind: 'sie', committee: 'organisation' };
    const withOrg = (org: string, name: string) => SMALL_SIE.replace('#FNAMN "Testnämnden"', `#ORGNR ${org}\n#FNAMN "${name}"`);
    expect((await importAndWait(api.server.app, fields, withOrg('212000-0001', 'Testnämnden'), 'egen.se')).state).toBe('done');
    const before = await snapshot(api.server.db);
    const other = withOrg('556000-0002', 'Annan AB').replace('1000.00', '1001.00').replace('-1000.00', '-1001.00');
    const refused = await importAndWait(api.server.app, fields, other, 'annan.se');
    expect(refused).toMatchObject({
      state: 'failed',
      error: {
        file: 'annan.se',
        organisation: {
          file: { orgNumber: '556000-0002', name: 'Annan AB' },
          committee: { id: 'organisation', orgNumber: '212000-0001', name: 'Testnämnden' },
        },
      },
    });
    expect(await snapshot(api.server.db)).toEqual(before);
    const replaced = await importAndWait(api.server.app, { ...fields, replaceOrganisation: 'true' }, other, 'annan.se');
    expect(replaced.state, JSON.stringify(replaced.error)).toBe('done');
    expect((await report('organisation', '2025-01')).areas.find((a) => a.code === '100')?.actualResult).toBe(-100_100);
  });

  it.skipIf(!HAS_SHARED)('imports a gen-ledger file (2000 vouchers, 5 areas) and matches its oracle', async () => {
    const gen = generateLedger(['--vouchers', '2000', '--areas', '5', '--seed', '7']);
    const oracle = JSON.parse(readFileSync(gen.expect, 'utf8')) as Oracle;
    const job = await importAndWait(
      api.server.app,
      { kind: 'sie', committee: 'genledger', dimension: '1' },
      readFileSync(gen.sie),
      'ledger.se',
    );
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    expect(job.bytesRead).toBe(job.totalBytes);
    expect((job.summary as SieImportSummary).counts).toMatchObject({ vouchers: oracle.vouchers, transactions: oracle.transRecords });
    const period = `${oracle.year}-06`;
    const body = await report('genledger', period);
    for (const area of oracle.areas) {
      const expected = area.resultOreByMonth.slice(0, 6).reduce((s, x) => s + x, 0);
      expect(body.areas.find((a) => a.code === area.object)?.actualResult, area.object).toBe(expected);
    }
  });

  it('fails on an amount "12,50", naming the file and line, and changes nothing', async () => {
    const before = await snapshot(api.server.db);
    const broken = [...SIE_HEAD, ...SIE_VOUCHERS].join('\n').replace('1000.00', '12,50');
    const job = await importAndWait(api.server.app, { kind: 'sie', committee: 'testnamnden' }, broken, 'trasig.se');
    expect(job.state).toBe('failed');
    expect(job.summary).toBeUndefined();
    expect(job.error).toMatchObject({ file: 'trasig.se', line: SIE_HEAD.length + 3 });
    expect(job.error?.error).toMatch(new RegExp(`^trasig\\.se: rad ${SIE_HEAD.length + 3}: "12,50" i #TRANS är inget belopp`));
    expect(await snapshot(api.server.db)).toEqual(before);
  });

  it('does not create a committee when its first file is broken', async () => {
    const before = await snapshot(api.server.db);
    const job = await importAndWait(api.server.app, { kind: 'sie', committee: 'ny-namnd' }, 'inget SIE alls\n', 'fel.se');
    expect(job.state).toBe('failed');
    expect(job.error?.file).toBe('fel.se');
    expect(await snapshot(api.server.db)).toEqual(before);
    expect((await get('/api/committees/ny-namnd/imports')).statusCode).toBe(404);
  });
});

describe('POST /api/imports (CSV/Excel)', () => {
  it('imports actual amounts and a budget from CSV into a new committee with a name', async () => {
    const actual = 'period;konto;ansvar;belopp\n2025-01;5010;100;1000,00\n2025-01;3110;100;-200,00\n';
    const job = await importAndWait(
      api.server.app,
      { kind: 'actual', committee: 'tabellnamnd', name: 'Tabellnämnden' },
      actual,
      'utfall.csv',
    );
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    expect(job.summary as TableImportSummary).toMatchObject({ kind: 'actual', rows: 2, periods: ['2025-01'], total: 80_000 });
    const budget = 'period;konto;ansvar;budget\n2025-01;5010;100;900,00\n';
    expect((await importAndWait(api.server.app, { kind: 'budget', committee: 'tabellnamnd' }, budget, 'budget.csv')).state).toBe('done');
    const jan = await report('tabellnamnd', '2025-01');
    expect(jan.committee.name).toBe('Tabellnämnden');
    expect(jan.areas.find((a) => a.code === '100')).toMatchObject({ actualResult: -80_000, budgetResult: -90_000, deviation: 10_000 });
  });

  it('fails on a missing column, naming it, and changes nothing', async () => {
    const before = await snapshot(api.server.db);
    const job = await importAndWait(
      api.server.app,
      { kind: 'actual', committee: 'tabellnamnd' },
      'period;ansvar;belopp\n2025-01;100;12,50\n',
      'saknas.csv',
    );
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ file: 'saknas.csv', column: 'konto' });
    expect(await snapshot(api.server.db)).toEqual(before);
  });

  it('fails on a bad amount, naming row and column', async () => {
    const csv = 'period;konto;ansvar;belopp\n2025-01;5010;100;12,50\n2025-02;5010;100;12,3,4\n';
    const job = await importAndWait(api.server.app, { kind: 'actual', committee: 'tabellnamnd' }, csv, 'belopp.csv');
    expect(job.error).toMatchObject({ file: 'belopp.csv', row: 3, column: 'belopp' });
  });
});

describe('POST /api/imports: the request', () => {
  it('refuses bad fields with 400, naming the field', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ kind: 'pdf', committee: 'testnamnden' }, 'kind'],
      [{ committee: 'testnamnden' }, 'kind'],
      [{ kind: 'sie', committee: 'Test Nämnd' }, 'committee'],
      [{ kind: 'sie' }, 'committee'],
      [{ kind: 'sie', committee: 'testnamnden', dimension: 'ett' }, 'dimension'],
      [{ kind: 'sie', committee: 'testnamnden', dimension: '0' }, 'dimension'],
    ];
    for (const [fields, field] of cases) {
      const res = await postImport(api.server.app, fields as never, SMALL_SIE, 'x.se');
      expect(res.statusCode, JSON.stringify(fields)).toBe(400);
      expect((res.json() as { field: string }).field, JSON.stringify(fields)).toBe(field);
    }
    const form = new FormData();
    form.append('kind', 'sie');
    form.append('committee', 'testnamnden');
    const noFile = await api.server.app.inject({ method: 'POST', url: '/api/imports', payload: form });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json()).toMatchObject({ field: 'file' });
    const json = await api.server.app.inject({ method: 'POST', url: '/api/imports', payload: { kind: 'sie' } });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ field: 'file' });
  });

  it('runs one import at a time per committee (409 in Swedish)', async () => {
    const vouchers = Array.from({ length: 500 }, (_, i) => [
      `#VER A ${i + 1} 20250115 "Lön"`,
      '{',
      '#TRANS 5010 {1 "100"} 10.00',
      '#TRANS 1930 {} -10.00',
      '}',
    ]);
    const content = `${[...SIE_HEAD, ...vouchers.flat()].join('\n')}\n`;
    const [first, second] = await Promise.all([
      postImport(api.server.app, { kind: 'sie', committee: 'samtidig' }, content, 'a.se'),
      postImport(api.server.app, { kind: 'sie', committee: 'samtidig' }, content, 'b.se'),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([202, 409]);
    const conflict = first.statusCode === 409 ? first : second;
    expect((conflict.json() as { error: string }).error).toMatch(/pågår redan/);
    const ok = first.statusCode === 202 ? first : second;
    expect((await waitForJob(api.server.app, (ok.json() as { id: string }).id)).state).toBe('done');
    // Free again once it is done.
    expect((await postImport(api.server.app, { kind: 'sie', committee: 'samtidig' }, SMALL_SIE, 'c.se')).statusCode).toBe(202);
  });

  it('answers 404 for an unknown job and 400 for a malformed id', async () => {
    expect((await get('/api/imports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/imports/inte-ett-id')).statusCode).toBe(400);
    expect((await get('/api/committees/finns-inte/imports')).statusCode).toBe(404);
  });

  it('refuses a file over the size limit with 413 and keeps nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uppf-limit-'));
    const db = await openDatabase({ file: join(dir, 'db.sqlite') });
    const server = await buildServer({ db, maxUploadBytes: 100 });
    const app = await signedInAsAdmin(server, db);
    try {
      const res = await postImport(app, { kind: 'sie', committee: 'stor' }, SMALL_SIE, 'stor.se');
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ field: 'file' });
      expect((res.json() as { error: string }).error).toMatch(/för stor/);
      // The committee is free again.
      const small = await postImport(app, { kind: 'sie', committee: 'stor' }, '#FLAGGA 0\n', 'liten.se');
      expect(small.statusCode).toBe(202);
      await waitForJob(app, (small.json() as { id: string }).id);
    } finally {
      await app.close();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
