/**
 * The audit log over HTTP: imports and undo run in the import worker thread and record their entry
 * in the import's own transaction there (a refused import records none); the reading route's
 * filters, its validation and the CSV download.
 */
import { describe, expect, it } from 'vitest';
import { AuditPage } from '#contract/index.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { importAndWait, SIE_HEAD, SMALL_SIE } from './helpers/imports.ts';
import { testServerSuite } from './helpers/server.ts';

describe.each(TEST_DATABASES)('the audit log over HTTP on $name', (database) => {
  const suite = testServerSuite({ open: database.open });
  const page = async (url: string) => {
    const res = await suite.server.app.inject({ url });
    expect(res.statusCode, res.body).toBe(200);
    return AuditPage.parse(res.json());
  };

  it('records an import and its undo made in the worker thread, and nothing for a refused import', async () => {
    const { app } = suite.server;
    const job = await importAndWait(app, { kind: 'sie', committee: 'kontrakt' }, SMALL_SIE, 'kontrakt.se');
    expect(job.state).toBe('done');
    const imported = await page('/api/committees/kontrakt/audit?entity=import');
    expect(imported.entries).toEqual([
      expect.objectContaining({
        entity: 'import',
        action: 'import',
        actionLabel: 'inläst',
        after: expect.objectContaining({
          fileName: 'kontrakt.se',
          kind: 'sie',
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          counts: expect.objectContaining({ vouchers: 3, areasCreated: 2 }),
        }),
      }),
    ]);
    const entry = imported.entries[0];
    // A file whose #RAR has no 30 February is refused: no import, no entry.
    const bad = `${[...SIE_HEAD.map((l) => (l.startsWith('#RAR') ? '#RAR 0 20250101 20250230' : l)), '#VER A 9 20250301 "x"', '{', '}'].join('\n')}\n`;
    expect((await importAndWait(app, { kind: 'sie', committee: 'kontrakt' }, bad, 'fel.se')).state).toBe('failed');
    expect((await page('/api/committees/kontrakt/audit')).total).toBe(1);
    const undo = await app.inject({ method: 'POST', url: `/api/committees/kontrakt/imports/${entry?.key}/undo` });
    expect(undo.statusCode, undo.body).toBe(200);
    const after = await page('/api/committees/kontrakt/audit');
    expect(after.entries.map((e) => [e.key, e.action])).toEqual([
      [entry?.key, 'undo'],
      [entry?.key, 'import'],
    ]);
    expect(after.entries[0]?.before).toMatchObject({
      fileName: 'kontrakt.se',
      sha256: entry?.after && (entry.after as { sha256: string }).sha256,
    });
  });

  it('records a text saved over HTTP by the signed-in user, and answers its filters, CSV and bad filters', async () => {
    const { app } = suite.server;
    const url = '/api/committees/socialnamnden/texts/2025-04/action?area=rekrytering';
    const { version } = (await app.inject({ url })).json() as { version: number };
    const put = await app.inject({
      method: 'PUT',
      url,
      payload: { body: '=Åtgärd, "snart"', version },
    });
    expect(put.statusCode, put.body).toBe(200);
    const texts = await page('/api/committees/socialnamnden/audit?entity=text&area=rekrytering&period=2025-04&limit=1');
    expect(texts.entries[0]).toMatchObject({ user: 'admin', key: 'action', area: 'rekrytering', after: { body: '=Åtgärd, "snart"' } });
    const csv = await app.inject({ url: '/api/committees/socialnamnden/audit.csv?entity=text&area=rekrytering&period=2025-04' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="andringslogg-socialnamnden.csv"');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body.split('\r\n')[1]).toContain('Text,action,ändrad,');
    expect(csv.body).toContain('""body"":""=Åtgärd, \\""snart\\""""');
    const same = await app.inject({ url: '/api/committees/socialnamnden/audit?format=csv&entity=text&area=rekrytering&period=2025-04' });
    expect(same.body).toBe(csv.body);
    const badPeriod = await app.inject({ url: '/api/committees/socialnamnden/audit?period=2025-13' });
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.json()).toMatchObject({ field: 'period' });
    expect((await app.inject({ url: '/api/committees/socialnamnden/audit?limit=501' })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/committees/finnsinte/audit' })).statusCode).toBe(404);
  });

  it("is the controller's and the administrator's: 200 for them, 403 for the area manager and the reader, 401 without a session", async () => {
    const { server } = suite;
    const url = '/api/committees/socialnamnden/audit?limit=1';
    expect((await (await server.as('controller'))({ url })).statusCode).toBe(200);
    expect((await (await server.as('controller'))({ url: '/api/committees/socialnamnden/audit.csv' })).statusCode).toBe(200);
    expect((await (await server.as('omradeschef'))({ url })).statusCode).toBe(403);
    expect((await (await server.as('ledamot'))({ url: '/api/committees/socialnamnden/audit.csv' })).statusCode).toBe(403);
    expect((await server.anonymous.inject({ url })).statusCode).toBe(401);
  });
});
