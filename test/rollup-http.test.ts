/**
 * GET /api/rollup/:period over HTTP on the demo's three committees: JSON and HTML, what each of
 * the demo's people sees (admin all three, the controller and the area manager Socialnämnden's
 * draft, the reader its published version only), a bad period, and its place in the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { publishVersion } from '#app/versions.ts';
import { RollupJson } from '#contract/rollup.ts';
import { testServerSuite } from './helpers/server.ts';

describe('the roll-up over HTTP', () => {
  const suite = testServerSuite({ demo: 'all' });
  const rollupOf = async (inject: (url: string) => Promise<{ statusCode: number; json(): unknown }>) => {
    const res = await inject('/api/rollup/2025-04');
    expect(res.statusCode).toBe(200);
    return RollupJson.parse(res.json());
  };

  it('gives the administrator every committee, as JSON in öre and as the HTML document', async () => {
    const rollup = await rollupOf((url) => suite.get(url));
    expect(rollup.committees.map((c) => c.name)).toEqual(['Barn- och utbildningsnämnden', 'Socialnämnden', 'Tekniska nämnden']);
    expect(rollup.amountsIn).toBe('öre');
    expect(rollup.total.actualResult).toBe(rollup.committees.reduce((s, c) => s + c.actualResult, 0));
    const html = await suite.get('/api/rollup/2025-04.html');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain('<h1>Sammanställning av nämndernas resultat april 2025</h1>');
    expect(html.body).toContain('Kommunen totalt');
    const again = await suite.server.app.inject({
      url: '/api/rollup/2025-04.html',
      headers: { 'if-none-match': String(html.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it("gives the controller and the area manager Socialnämnden's draft, the reader its published version only", async () => {
    for (const name of ['controller', 'omradeschef']) {
      const seen = await rollupOf(await suite.server.as(name));
      expect(
        seen.committees.map((c) => [c.id, c.source.kind]),
        name,
      ).toEqual([['socialnamnden', 'draft']]);
    }
    const reader = await suite.server.as('ledamot');
    const before = await rollupOf(reader);
    expect(before.committees).toEqual([]);
    expect(before.notes).toEqual([{ id: 'socialnamnden', name: 'Socialnämnden', note: 'Ingen publicerad version för april 2025.' }]);
    await publishVersion(suite.server.db, 'socialnamnden', '2025-04', 'controller');
    const after = await rollupOf(reader);
    expect(after.committees.map((c) => [c.id, c.source.kind])).toEqual([['socialnamnden', 'published']]);
    expect(after.status).toMatchObject({ kind: 'published', version: 1, publishedBy: 'controller' });
  });

  it('refuses a period that is none, naming the field, and is in the OpenAPI document', async () => {
    const bad = await suite.get('/api/rollup/2025-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'period' });
    const doc = (await suite.get('/api/openapi.json')).json() as { paths: Record<string, { get?: { tags?: string[] } }> };
    expect(doc.paths['/api/rollup/{period}']?.get?.tags).toEqual(['rapporter']);
  });
});
