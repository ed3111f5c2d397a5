/**
 * Imports over HTTP run in a worker thread with a connection of its own, on SQLite files and
 * PostgreSQL: the same report as an import in the server's thread, a server that answers while
 * a big import runs, cancelling that leaves the database unchanged, and a file that needs more
 * memory than the worker may use stopping only its import.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { importSie } from '#app/import-sie.ts';
import { ImportRunner } from '#app/import-worker.ts';
import { buildReport } from '#app/report.ts';
import type { ImportJobJson } from '#contract/index.ts';
import { ReportJson } from '#contract/index.ts';
import { toJsonContract } from '#report/json.ts';
import { IMPORT_LOCK } from '#store/imports.ts';
import { snapshot, TEST_DATABASES } from '#test/helpers/databases.ts';
import { importAndWait, postImport, SMALL_SIE, waitForJob } from '#test/helpers/imports.ts';
import { startTestServer, testServerSuite } from '#test/helpers/server.ts';
import { type GeneratedLedger, generateLedger, HAS_SHARED } from '#test/helpers/shared.ts';

/** Key of the import lock on PostgreSQL (src/store/imports.ts). */

describe.each(TEST_DATABASES)('imports in a worker thread on $name', ({ name, open }) => {
  const uploadDir = mkdtempSync(join(tmpdir(), 'uppf-uploads-'));
  const api = testServerSuite({ open, server: { uploadDir, importWorker: { cancelGraceMs: 300 } } });
  const job = async (id: string) => (await api.get(`/api/imports/${id}`)).json() as ImportJobJson;
  const cancel = (id: string) => api.server.app.inject({ method: 'DELETE', url: `/api/imports/${id}` });
  let big: GeneratedLedger | undefined;
  beforeAll(() => {
    if (HAS_SHARED) big = generateLedger(['--vouchers', '200000', '--areas', '8', '--seed', '11']);
  });

  it('runs in a worker (not in the server thread)', () => {
    expect(new ImportRunner(api.server.db).usesWorker).toBe(true);
  });

  it.skipIf(!HAS_SHARED)('gives the same report as an import in the server thread', async () => {
    const gen = generateLedger(['--vouchers', '3000', '--areas', '6', '--seed', '5']);
    const done = await importAndWait(api.server.app, { kind: 'sie', committee: 'arbetare' }, readFileSync(gen.sie), 'ledger.se');
    expect(done.state, JSON.stringify(done.error)).toBe('done');
    const inThread = await open();
    try {
      await importSie(inThread, gen.sie, { committeeId: 'arbetare', fileName: 'ledger.se', user: 'webb' });
      const expected = JSON.parse(JSON.stringify(ReportJson.encode(toJsonContract(await buildReport(inThread, 'arbetare', '2025-06')))));
      const res = await api.get('/api/committees/arbetare/reports/2025-06');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual(expected);
      expect(expected.areas.length).toBeGreaterThan(1);
    } finally {
      await inThread.close();
    }
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it.skipIf(!HAS_SHARED)('answers while a big import runs; cancelling it leaves the database unchanged', async () => {
    const before = await snapshot(api.server.db);
    const res = await postImport(api.server.app, { kind: 'sie', committee: 'stor' }, readFileSync(big?.sie ?? ''), 'stor.se');
    expect(res.statusCode, res.body).toBe(202);
    const id = (res.json() as { id: string }).id;
    // Reading has begun: the report (built anew for this check: the cache is per data version) answers meanwhile.
    while ((await job(id)).bytesRead === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const report = await api.get('/api/committees/socialnamnden/reports/2025-04.html');
    expect(report.statusCode).toBe(200);
    const list = await api.get('/api/committees');
    expect(list.statusCode).toBe(200);
    const during = await job(id);
    expect(during.state).toBe('running');
    expect(during.bytesRead).toBeLessThan(during.totalBytes);

    const cancelled = await cancel(id);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ id, state: 'cancelled', error: { error: 'Importen avbröts. Inget ändrades.' } });
    expect(await snapshot(api.server.db)).toEqual(before);
    expect(readdirSync(uploadDir)).toEqual([]);
    // Once over, it cannot be cancelled again; the committee is free for the next import.
    expect((await cancel(id)).statusCode).toBe(409);
    expect((await importAndWait(api.server.app, { kind: 'sie', committee: 'stor' }, SMALL_SIE, 'liten.se')).state).toBe('done');
  });

  it('cancels an import that waits for the database (PostgreSQL: terminating its worker); nothing changed', async () => {
    const before = await snapshot(api.server.db);
    const release = await holdImportLock(api.server.db.target);
    let id = '';
    try {
      const res = await postImport(api.server.app, { kind: 'sie', committee: 'vantar' }, SMALL_SIE, 'vantar.se');
      expect(res.statusCode, res.body).toBe(202);
      id = (res.json() as { id: string }).id;
      const cancelled = await cancel(id);
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect((cancelled.json() as ImportJobJson).state).toBe('cancelled');
    } finally {
      await release();
    }
    expect(await snapshot(api.server.db)).toEqual(before);
    // The terminated worker left no lock behind.
    const next = await importAndWait(api.server.app, { kind: 'sie', committee: 'vantar' }, SMALL_SIE, 'vantar.se');
    expect(next.state, JSON.stringify(next.error)).toBe('done');
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it(`stops only the import of a file that needs more memory than the worker may use (${name})`, async () => {
    const server = await startTestServer({ open, server: { importWorker: { maxOldGenerationSizeMb: 32 } } });
    try {
      const before = await snapshot(server.db);
      const dir = mkdtempSync(join(tmpdir(), 'uppf-heap-'));
      const csv = join(dir, 'manga.csv');
      // Every row its own (period, account, code): the sums are held until the file is read.
      const rows = Array.from({ length: 400_000 }, (_, i) => `2025-01;5010;k${i};${(i % 997) + 1},25`);
      writeFileSync(csv, `period;konto;ansvar;belopp\n${rows.join('\n')}\n`);
      const res = await postImport(server.app, { kind: 'actual', committee: 'manga' }, readFileSync(csv), 'manga.csv');
      expect(res.statusCode, res.body).toBe(202);
      const failed = await waitForJob(server.app, (res.json() as { id: string }).id, 120_000);
      expect(failed.state).toBe('failed');
      expect(failed.error).toMatchObject({ file: 'manga.csv' });
      expect(failed.error?.error).toMatch(
        /^manga\.csv: importen stoppades: filen kräver mer minne än en import får använda \(32 MB\)\. Inget ändrades\./,
      );
      expect(await snapshot(server.db)).toEqual(before);
      expect((await server.app.inject({ method: 'GET', url: '/api/committees' })).statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });
});

/** Holds what an import must take first (SQLite's write lock, PostgreSQL's import lock) until released. */
async function holdImportLock(target: { file: string } | { url: string }): Promise<() => Promise<void>> {
  if ('file' in target) {
    const other = new SQLite(target.file);
    other.exec('begin immediate');
    return async () => {
      other.exec('rollback');
      other.close();
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  await client.query('select pg_advisory_lock($1)', [IMPORT_LOCK]);
  return async () => {
    await client.query('select pg_advisory_unlock($1)', [IMPORT_LOCK]);
    await client.end();
  };
}
