/** The HTTP API through fastify.inject, on a fresh demo database. */
import { describe, expect, it } from 'vitest';
import { mnkrRounded } from '#core/format.ts';
import type { ReportJson } from '#report/json.ts';
import seed from '#test/fixtures/seed-figures.json' with { type: 'json' };
import { testServerSuite } from '#test/helpers/server.ts';

const api = testServerSuite();
const { get } = api;

describe('GET /api/committees', () => {
  it('lists the demo committee with its periods in order', async () => {
    const res = await get('/api/committees');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const list = res.json() as { id: string; name: string; periods: string[] }[];
    const social = list.find((c) => c.id === 'socialnamnden');
    expect(social).toMatchObject({ name: 'Socialnämnden', periods: ['2025-01', '2025-02', '2025-03', '2025-04'] });
  });
});

describe('GET /api/committees/:id/reports/:period', () => {
  it('answers the JSON contract in öre', async () => {
    const res = await get('/api/committees/socialnamnden/reports/2025-04');
    expect(res.statusCode).toBe(200);
    const body = res.json() as ReportJson;
    expect(body).toMatchObject({
      committee: { id: 'socialnamnden', name: 'Socialnämnden' },
      period: '2025-04',
      previousPeriod: '2025-03',
      amountsIn: 'öre',
    });
    for (const key of ['actualResult', 'budgetResult', 'deviation', 'previousDeviation', 'forecastDeviation'] as const) {
      expect(Number.isSafeInteger(body.total[key]), `total.${key}`).toBe(true);
    }
    // The seed's figures (test/fixtures/seed-figures.json), rounded to 0.1 mnkr.
    expect(mnkrRounded(body.total.actualResult)).toBe(seed.result.accumulatedResultMnkr);
    expect(mnkrRounded(body.total.deviation)).toBe(seed.result.accumulatedDeviationMnkr);
    expect(body.areas.length).toBeGreaterThan(10);
    for (const area of body.areas) {
      // The contract may grow (it says "extend freely"); these keys must stay.
      for (const key of [
        'code',
        'name',
        'actualResult',
        'budgetResult',
        'deviation',
        'previousDeviation',
        'forecastDeviation',
        'material',
        'comment',
        'action',
        'forecastComment',
      ]) {
        expect(area, `${area.name}.${key}`).toHaveProperty(key);
      }
      expect(typeof area.material).toBe('boolean');
      expect(Number.isSafeInteger(area.deviation)).toBe(true);
    }
    expect(body.investments).toEqual({
      budget: expect.any(Number),
      adjustedBudget: expect.any(Number),
      actual: expect.any(Number),
      carryOver: 0,
      projects: [expect.objectContaining({ id: 'inventarier', budget: 70_000_000 }), expect.objectContaining({ id: 'lokalanpassning' })],
      decisions: [expect.objectContaining({ id: 'kf-2025-03-investeringsbudget' })],
    });
    // The seed's five sections, and the key figures' charts after them.
    expect(body.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('has no previous deviation in the first month of the fiscal year', async () => {
    const body = (await get('/api/committees/socialnamnden/reports/2025-01')).json() as ReportJson;
    expect(body.previousPeriod).toBeNull();
    expect(body.total.previousDeviation).toBeNull();
    expect(body.areas.every((a) => a.previousDeviation === null)).toBe(true);
  });

  it('answers the whole HTML document, or the embeddable fragment', async () => {
    const doc = await get('/api/committees/socialnamnden/reports/2025-04.html');
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(doc.body).toMatch(/^<!doctype html>/i);
    expect(doc.body).toMatch(/<html[^>]* lang="sv"/);
    const fragment = await get('/api/committees/socialnamnden/reports/2025-04.html?fragment=1');
    expect(fragment.statusCode).toBe(200);
    expect(fragment.body.trim()).toMatch(/^<article class="report"[\s\S]*<\/article>$/);
  });

  it('rejects a malformed period with 400 and a Swedish message naming the field', async () => {
    for (const period of ['2025-13', '2025-00', '2025-4', 'april', '2025-04.odt']) {
      const res = await get(`/api/committees/socialnamnden/reports/${period}`);
      expect(res.statusCode, period).toBe(400);
      const body = res.json() as { error: string; field: string };
      expect(body.field).toBe('period');
      expect(body.error).toMatch(/Ogiltig period/);
      expect(body.error).toMatch(/fält: period/);
    }
    const html = await get('/api/committees/socialnamnden/reports/2025-13.html');
    expect(html.statusCode).toBe(400);
  });

  it('keeps the keys of an area in their order on the wire, code and name first', async () => {
    const res = await get('/api/committees/socialnamnden/reports/2025-04');
    const area = (res.json() as ReportJson).areas[0] ?? {};
    expect(Object.keys(area).slice(0, 4)).toEqual(['code', 'name', 'actualResult', 'budgetResult']);
  });

  it('takes the first of a repeated ?fragment, refuses year 0000 and answers a wrong query type in Swedish', async () => {
    const twice = await get('/api/committees/socialnamnden/reports/2025-04.html?fragment=1&fragment=0');
    expect(twice.statusCode).toBe(200);
    expect(twice.body.startsWith('<article')).toBe(true);
    expect((await get('/api/committees/socialnamnden/reports/0000-01')).statusCode).toBe(400);
    const limit = await get('/api/committees/socialnamnden/drilldown/2025-04/ej-fordelat/4610?limit=1&limit=2');
    expect(limit.statusCode).toBe(400);
    expect((limit.json() as { error: string }).error).not.toMatch(/Invalid|expected/);
  });

  it('rejects a malformed committee id with 400', async () => {
    const res = await get('/api/committees/Social%20N%C3%A4mnden/reports/2025-04');
    expect(res.statusCode).toBe(400);
    expect((res.json() as { field: string }).field).toBe('id');
  });

  it('answers 404 JSON for an unknown committee or a period without data', async () => {
    for (const url of ['/api/committees/okand/reports/2025-04', '/api/committees/socialnamnden/reports/2019-04']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect((res.json() as { error: string }).error).toBeTruthy();
    }
  });

  it('never answers the web app for an unknown API path', async () => {
    const res = await get('/api/okand');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('web app', () => {
  it('answers 404 for a missing file instead of the app', async () => {
    const res = await get('/assets/finns-inte.js');
    expect(res.statusCode).toBe(404);
  });

  it('serves index.html for the app paths (SPA fallback) with security headers', async () => {
    const res = await get('/socialnamnden/2025-04/rapport');
    // 200 with the built app; 503 with a message naming `npm run build:web` without it.
    expect([200, 503]).toContain(res.statusCode);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toMatch(res.statusCode === 200 ? /<div id="root">/ : /npm run build:web/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });
});
