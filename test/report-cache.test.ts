/**
 * Cached reports and committee lists follow every write to their input, whoever makes it: an
 * import or a mapping change in this server, the demo reload, an import by the CLI in another
 * process (SQLite), or another server on the same database (PostgreSQL). ETags answer 304.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { listCommittees } from '#app/committees.ts';
import { type Db, openDatabase, readDataVersion } from '#app/database.ts';
import { loadDemo } from '#app/demo/index.ts';
import { drillAccount, drillArea } from '#app/drilldown.ts';
import { importTable } from '#app/import-table.ts';
import { buildReport } from '#app/report.ts';
import { AccountVouchers, type AreaDrill, type ReportJson } from '#contract/index.ts';
import { toJsonContract } from '#report/json.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { testServerSuite } from './helpers/server.ts';

const REPORT = '/api/committees/socialnamnden/reports/2025-04';
/** A demo area: the test's sheets replace its April amounts (they hold only code 100). */
const AREA = 'utredning-vuxen';
const DRILL = `/api/committees/socialnamnden/drilldown/2025-04/${AREA}`;
const CLI = resolve(import.meta.dirname, '../bin/uppfoljning.mjs');

/** A table of actuals for April on code 6110 (area utredning-vuxen): it replaces that code's April amounts with one. */
function aprilCsv(amount: string, code = '6110'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'uppf-cache-')), 'utfall.csv');
  writeFileSync(file, `period;ansvar;konto;belopp\n2025-04;${code};5010;${amount}\n`);
  return file;
}

const uncached = async (db: Db) => toJsonContract(await buildReport(db, 'socialnamnden', '2025-04'));

describe.each(TEST_DATABASES)('report cache on $name', (database) => {
  const suite = testServerSuite({ open: database.open });
  let db: Db;
  let app: FastifyInstance;
  beforeAll(() => {
    ({ db, app } = suite.server);
  });
  const report = async () => {
    const res = await app.inject({ url: REPORT });
    expect(res.statusCode).toBe(200);
    return { body: res.json() as ReportJson, etag: String(res.headers.etag) };
  };

  it('answers the same report again from the cache, and 304 for its ETag; reading changes no version', async () => {
    const version = await db.snapshot(readDataVersion);
    const first = await report();
    expect(first.body).toEqual(await uncached(db));
    expect(first.body.fiscalYear).toEqual({ start: '2025-01', end: '2025-12' });
    const again = await app.inject({ url: REPORT, headers: { 'if-none-match': first.etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await app.inject({ url: REPORT, headers: { 'if-none-match': '"other"' } })).statusCode).toBe(200);
    expect(await db.snapshot(readDataVersion)).toBe(version);
  });

  it('follows an import, a mapping change and the demo reload', async () => {
    const before = await report();
    const drill = async () => (await app.inject({ url: DRILL })).json() as AreaDrill;
    const drillBefore = await drill();
    await importTable(db, aprilCsv('1000,00'), { committeeId: 'socialnamnden', kind: 'actual' });
    const imported = await report();
    expect(imported.body).toEqual(await uncached(db));
    expect(imported.body.total.actualResult).not.toBe(before.body.total.actualResult);
    expect(imported.etag).not.toBe(before.etag);
    expect((await app.inject({ url: REPORT, headers: { 'if-none-match': before.etag } })).statusCode).toBe(200);
    const drillImported = await drill();
    expect(drillImported).toEqual(await drillArea(db, 'socialnamnden', '2025-04', AREA));
    expect(drillImported.actualResult).not.toBe(drillBefore.actualResult);

    const put = await app.inject({ method: 'PUT', url: '/api/committees/socialnamnden/mapping', payload: [{ code: '6110', area: null }] });
    expect(put.statusCode, put.body).toBe(200);
    const remapped = await report();
    expect(remapped.body).toEqual(await uncached(db));
    const unallocated = (r: ReportJson) => r.areas.find((a) => a.code === 'ej-fordelat')?.actualResult;
    expect(unallocated(remapped.body)).not.toBe(unallocated(imported.body));

    const version = await db.snapshot(readDataVersion);
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
    expect(await db.snapshot(readDataVersion)).toBeGreaterThan(version);
    const reloaded = await report();
    expect(reloaded.body).toEqual(await uncached(db));
    expect(reloaded.body.total.actualResult).not.toBe(remapped.body.total.actualResult);
  });

  it('lists a committee that an import creates, with its fiscal years', async () => {
    const list = async () => (await app.inject({ url: '/api/committees' })).json() as { id: string }[];
    expect((await list()).map((c) => c.id)).not.toContain('ny-namnd');
    await importTable(db, aprilCsv('1,00', '100'), { committeeId: 'ny-namnd', kind: 'actual' });
    const listed = await list();
    expect(listed).toEqual(await listCommittees(db));
    expect(listed.find((c) => c.id === 'ny-namnd')).toMatchObject({
      periods: ['2025-04'],
      fiscalYearStartMonth: 1,
      fiscalYears: [{ start: '2025-01', end: '2025-12' }],
    });
  });

  it(database.name === 'sqlite' ? 'sees an import by the CLI in another process' : 'sees an import through another server', async () => {
    const before = await report();
    const csv = aprilCsv('2000,00');
    if (database.name === 'sqlite') {
      await promisify(execFile)(process.execPath, [
        CLI,
        'import',
        'table',
        csv,
        '--committee',
        'socialnamnden',
        '--kind',
        'actual',
        '--db',
        db.location,
      ]);
    } else {
      const other = await openDatabase({ url: urlOf(db) });
      try {
        await importTable(other, csv, { committeeId: 'socialnamnden', kind: 'actual' });
      } finally {
        await other.close();
      }
    }
    const after = await report();
    expect(after.body).toEqual(await uncached(db));
    expect(after.body.total.actualResult).not.toBe(before.body.total.actualResult);
  });
});

/** The test database's URL with its password (db.location hides it). */
function urlOf(db: Db): string {
  const admin = new URL(process.env.UPPFOLJNING_TEST_PG ?? '');
  const url = new URL(db.location.replace(':***@', '@'));
  url.password = admin.password;
  return url.toString();
}

describe.each(TEST_DATABASES)('postings cache on $name', (database) => {
  const suite = testServerSuite({ open: database.open });
  let db: Db;
  let app: FastifyInstance;
  beforeAll(() => {
    ({ db, app } = suite.server);
  });

  it('answers an account’s postings from the cache until an import changes them', async () => {
    const area = await drillArea(db, 'socialnamnden', '2025-04', AREA);
    const account = area.groups.flatMap((g) => g.accounts).find((a) => a.account.startsWith('5'))?.account ?? '';
    const url = `${DRILL}/${account}`;
    const postings = async () => (await app.inject({ url })).json() as AccountVouchers;
    const before = await postings();
    expect(before.vouchers.some((v) => v.date.startsWith('2025-04'))).toBe(true);
    const etag = String((await app.inject({ url })).headers.etag);
    expect((await app.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    // The voucher rows carry no version trigger: a row removed behind the server's back leaves the
    // cached list as it was, which shows that the answer comes from the cache.
    await db.kysely.deleteFrom('ledger_postings').where('committee_id', '=', 'socialnamnden').where('account', '=', account).execute();
    expect(await postings()).toEqual(before);
    // A table import of April's actuals removes April's postings: the cached list must follow.
    await importTable(db, aprilCsv('1000,00'), { committeeId: 'socialnamnden', kind: 'actual' });
    const after = await postings();
    expect(after).toEqual(AccountVouchers.parse(await drillAccount(db, 'socialnamnden', '2025-04', AREA, account)));
    expect(after.vouchers.some((v) => v.date.startsWith('2025-04'))).toBe(false);
    expect((await app.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(200);
  });
});
