/** The code-to-area mapping over HTTP: read, set (JSON), upload (CSV); the report follows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '#report/json.ts';
import { snapshot } from '#test/helpers/databases.ts';
import { importAndWait, SMALL_SIE } from '#test/helpers/imports.ts';
import { startTestServer, type TestServer } from '#test/helpers/server.ts';

interface MappingJson {
  committee: { id: string; name: string };
  codes: { code: string; name: string; areaId: string | null; areaName: string | null }[];
  areas: { id: string; name: string }[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const job = await importAndWait(server.app, { kind: 'sie', committee: 'testnamnden' }, SMALL_SIE, 'liten.se');
  expect(job.state).toBe('done');
});
afterAll(async () => {
  await server?.close();
});

const url = '/api/committees/testnamnden/mapping';
const put = (payload: unknown) => server.app.inject({ method: 'PUT', url, payload: payload as object });
const reportOf = async (period: string) =>
  (await server.app.inject({ url: `/api/committees/testnamnden/reports/${period}` })).json() as ReportJson;

function upload(content: string, fileName: string) {
  const form = new FormData();
  form.append('file', new Blob([content]), fileName);
  return server.app.inject({ method: 'POST', url, payload: form });
}

describe('GET /api/committees/:id/mapping', () => {
  it('lists every code with its area, and the areas', async () => {
    const res = await server.app.inject({ url });
    expect(res.statusCode).toBe(200);
    const body = res.json() as MappingJson;
    expect(body.committee).toEqual({ id: 'testnamnden', name: 'Testnämnden' });
    expect(body.codes).toEqual([
      { code: '100', name: 'Enhet 100', areaId: '100', areaName: 'Enhet 100' },
      { code: '200', name: 'Enhet 200', areaId: '200', areaName: 'Enhet 200' },
    ]);
    expect(body.areas.map((a) => a.id)).toEqual(['100', '200']);
  });

  it('answers 404 for an unknown committee and 400 for a malformed id', async () => {
    expect((await server.app.inject({ url: '/api/committees/finns-inte/mapping' })).statusCode).toBe(404);
    expect((await server.app.inject({ url: '/api/committees/Fel%20Id/mapping' })).statusCode).toBe(400);
  });
});

describe('PUT /api/committees/:id/mapping', () => {
  it('merges two codes into a new area: the report shows the merged area', async () => {
    const res = await put([
      { code: '100', area: 'Sammanslaget' },
      { code: '200', area: 'Sammanslaget' },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as MappingJson & { saved: number; areasCreated: number };
    expect(body).toMatchObject({ saved: 2, areasCreated: 1 });
    const feb = await reportOf('2025-02');
    const merged = feb.areas.find((a) => a.name === 'Sammanslaget');
    expect(merged?.actualResult).toBe(-220_000 + 25_050);
    expect(feb.total.actualResult).toBe(-220_000 + 25_050);
  });

  it('maps a code to no area ("Ej fördelat") with null or ""; the total still reconciles', async () => {
    expect((await put([{ code: '200', area: null }])).statusCode).toBe(200);
    let feb = await reportOf('2025-02');
    expect(feb.areas.find((a) => a.code === 'ej-fordelat')?.actualResult).toBe(25_050);
    expect(feb.total.actualResult).toBe(-220_000 + 25_050);
    expect((await put([{ code: '200', area: '' }])).statusCode).toBe(200);
    feb = await reportOf('2025-02');
    expect(feb.areas.find((a) => a.code === 'ej-fordelat')?.actualResult).toBe(25_050);
  });

  it('refuses a bad body with 400, naming the field, and changes nothing', async () => {
    const before = await snapshot(server.db);
    for (const [payload, field] of [
      [{ code: '100' }, 'body'],
      [[{ code: '', area: 'X' }], '0.code'],
      [[{ code: '100', area: 5 }], '0.area'],
      [[{ area: 'X' }], '0.code'],
    ] as const) {
      const res = await put(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect((res.json() as { field: string }).field).toBe(field);
    }
    const notJson = await server.app.inject({ method: 'PUT', url, headers: { 'content-type': 'application/json' }, payload: '[{' });
    expect(notJson.statusCode).toBe(400);
    expect(await snapshot(server.db)).toEqual(before);
  });
});

describe('POST /api/committees/:id/mapping', () => {
  it('reads a CSV mapping file', async () => {
    const res = await upload('ansvar;område\n100;Vuxen\n200;Vuxen\n', 'mappning.csv');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as MappingJson & { saved: number; fileName: string };
    expect(body).toMatchObject({ fileName: 'mappning.csv', saved: 2 });
    expect(body.codes.map((c) => c.areaName)).toEqual(['Vuxen', 'Vuxen']);
  });

  it('refuses a file without the area column, naming file and column, and changes nothing', async () => {
    const before = await snapshot(server.db);
    const res = await upload('ansvar;namn\n100;x\n', 'fel.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ file: 'fel.csv', row: 1, column: 'område' });
    expect(await snapshot(server.db)).toEqual(before);
  });
});
