/**
 * Texts end to end on SQLite and PostgreSQL, through the HTTP API on the demo: a save shows in
 * the report JSON with its state and version; a stale version answers 409 and keeps both; many
 * concurrent saves to one text lose no acknowledged save; a period without its own text shows the
 * previous period's as copied; a script in every text field is printed as text in the HTML report;
 * the materiality threshold decides which texts are required.
 */
import { describe, expect, it } from 'vitest';
import { StaleVersionError } from '#app/errors.ts';
import { saveText, saveTexts } from '#app/texts.ts';
import type { ErrorBody, ReportJson, TextList, TextSaved, TextWithHistory } from '#contract/index.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { testServerSuite } from './helpers/server.ts';

const base = '/api/committees/socialnamnden';

describe.each(TEST_DATABASES)('texts on $name', (database) => {
  const suite = testServerSuite({ open: database.open });
  const put = (period: string, kind: string, area: string | null, body: string, version: number) =>
    suite.server.app.inject({
      method: 'PUT',
      url: `${base}/texts/${period}/${kind}${area ? `?area=${area}` : ''}`,
      payload: { body, version },
    });
  const text = async (period: string, kind: string, area: string | null) =>
    (await suite.get(`${base}/texts/${period}/${kind}${area ? `?area=${area}` : ''}`)).json() as TextWithHistory;
  const report = async (period = '2025-04') => (await suite.get(`${base}/reports/${period}`)).json() as ReportJson;
  const areaOf = (r: ReportJson, id: string) => {
    const a = r.areas.find((x) => x.code === id);
    if (!a) throw new Error(`no area ${id}`);
    return a;
  };

  it('shows a saved comment and action in the report JSON with state and version; a material area without them is required', async () => {
    const before = areaOf(await report(), 'familjeratt');
    expect(before.material).toBe(true);
    expect(before.texts.map((t) => [t.kind, t.state, t.required, t.version])).toEqual([
      ['comment', 'missing', true, 0],
      ['action', 'missing', true, 0],
      ['forecast-comment', 'written', false, 1],
    ]);
    const saved = await put('2025-04', 'comment', 'familjeratt', 'Fler ärenden om vårdnad.\n\n- två tingsrättsmål\n- en utredning', 0);
    expect(saved.statusCode).toBe(200);
    expect(saved.json<TextSaved>()).toMatchObject({
      area: 'familjeratt',
      kind: 'comment',
      state: 'written',
      version: 1,
      updatedBy: 'admin',
    });
    const after = areaOf(await report(), 'familjeratt');
    expect(after.comment).toBe('Fler ärenden om vårdnad.\n\n- två tingsrättsmål\n- en utredning');
    expect(after.texts[0]).toMatchObject({ kind: 'comment', state: 'written', version: 1, required: false, updatedBy: 'admin' });
    expect(after.texts[1]).toMatchObject({ kind: 'action', state: 'missing', required: true });
    // Rekryteringsenheten's deviation is in section 2: its comment's paragraph and list in the HTML.
    expect((await put('2025-04', 'comment', 'rekrytering', 'Färre köpta jourhem.\n\n1. egna jourhem\n2. nätverkshem', 1)).statusCode).toBe(
      200,
    );
    const html = (await suite.get(`${base}/reports/2025-04.html?fragment=1`)).body;
    expect(html).toContain('<p>Färre köpta jourhem.</p>\n<ol><li>egna jourhem</li><li>nätverkshem</li></ol>');
  });

  it('answers a stale version with 409 and both versions, and keeps the stored one', async () => {
    expect((await put('2025-04', 'action', 'familjeratt', 'Första', 0)).statusCode).toBe(200);
    const stale = await put('2025-04', 'action', 'familjeratt', 'Andra, från samma version', 0);
    expect(stale.statusCode).toBe(409);
    const body = stale.json<ErrorBody>();
    expect(body.error).toMatch(/Texten har sparats av admin .* \(version 1\) sedan du hämtade den \(version 0\)/);
    expect(body.conflict).toMatchObject({
      stored: { version: 1, body: 'Första', updatedBy: 'admin' },
      sent: { version: 0, body: 'Andra, från samma version' },
    });
    const stored = await text('2025-04', 'action', 'familjeratt');
    expect(stored.body).toBe('Första');
    expect(stored.history.map((h) => [h.version, h.bodyBefore, h.bodyAfter])).toEqual([[1, null, 'Första']]);
    // The merge is saved from the stored version.
    const merged = await put('2025-04', 'action', 'familjeratt', 'Första\n\nAndra', 1);
    expect(merged.json<TextSaved>().version).toBe(2);
    expect((await text('2025-04', 'action', 'familjeratt')).history.map((h) => [h.version, h.bodyBefore, h.bodyAfter])).toEqual([
      [2, 'Första', 'Första\n\nAndra'],
      [1, null, 'Första'],
    ]);
  });

  it('loses no acknowledged save of many concurrent writers to one text', async () => {
    const writers = 24;
    let conflicts = 0;
    const append = async (i: number) => {
      for (;;) {
        const current = await text('2025-04', 'comment', 'mottagning');
        const body = current.body ? `${current.body}\nrad ${i}` : `rad ${i}`;
        const res = await put('2025-04', 'comment', 'mottagning', body, current.version);
        if (res.statusCode === 200) return;
        expect(res.statusCode).toBe(409);
        conflicts++;
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, i) => append(i)));
    const final = await text('2025-04', 'comment', 'mottagning');
    expect(final.version).toBe(writers);
    expect(final.body.split('\n').sort()).toEqual(Array.from({ length: writers }, (_, i) => `rad ${i}`).sort());
    // The history is one unbroken chain: each change starts from the body the one before it left.
    const chain = [...final.history].reverse();
    chain.forEach((h, i) => {
      expect(h.version).toBe(i + 1);
      expect(h.bodyBefore).toBe(i === 0 ? null : chain[i - 1]?.bodyAfter);
    });
    console.log(`${database.name}: ${writers} concurrent writers, ${conflicts} answers 409 retried, no save lost`);

    // Many saves from one version at once: exactly one wins.
    const db = suite.server.db;
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        saveText(db, {
          committeeId: 'socialnamnden',
          period: '2025-04',
          areaId: 'mottagning',
          kind: 'comment',
          body: `samtidig ${i}`,
          version: writers,
          user: `skribent ${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(11);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StaleVersionError);
    expect((await text('2025-04', 'comment', 'mottagning')).version).toBe(writers + 1);
  });

  it('saves several texts in one transaction: a stale one saves none of them', async () => {
    const db = suite.server.db;
    const at = { committeeId: 'socialnamnden', period: '2025-04', user: 'test' } as const;
    const before = await text('2025-04', 'ks-forecast', null);
    await expect(
      saveTexts(db, [
        { ...at, areaId: null, kind: 'ks_forecast', body: 'Ska inte sparas.', version: before.version },
        { ...at, areaId: 'oppenvard', kind: 'comment', body: 'Inte heller.', version: 0 },
      ]),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await text('2025-04', 'ks-forecast', null)).toMatchObject({ body: before.body, version: before.version });
    const saved = await saveTexts(db, [{ ...at, areaId: null, kind: 'ks_forecast', body: 'Sparas.', version: before.version }]);
    expect(saved.map((s) => [s.kind, s.version])).toEqual([['ks-forecast', before.version + 1]]);
  });

  it('shows the previous period’s text as copied until the period’s own is saved', async () => {
    expect((await put('2025-03', 'forecast-comment', 'tillstand', 'Prognosen från mars.', 0)).statusCode).toBe(200);
    const copied = await text('2025-04', 'forecast-comment', 'tillstand');
    expect(copied).toMatchObject({ state: 'copied', copiedFrom: '2025-03', version: 0, body: 'Prognosen från mars.' });
    expect(areaOf(await report(), 'tillstand').forecastComment).toBe('Prognosen från mars.');
    // A correction of March shows in April's draft.
    expect((await put('2025-03', 'forecast-comment', 'tillstand', 'Prognosen från mars, rättad.', 1)).statusCode).toBe(200);
    expect((await text('2025-04', 'forecast-comment', 'tillstand')).body).toBe('Prognosen från mars, rättad.');
    expect((await put('2025-04', 'forecast-comment', 'tillstand', 'Prognosen från mars, rättad.', 0)).statusCode).toBe(200);
    const list = (await suite.get(`${base}/texts/2025-04`)).json() as TextList;
    expect(list.texts.find((t) => t.area === 'tillstand' && t.kind === 'forecast-comment')).toMatchObject({ state: 'written', version: 1 });
    // January has no earlier period in the window with the text: missing.
    expect((await text('2025-01', 'forecast-comment', 'tillstand')).state).toBe('missing');
  });

  it('prints a script in every text field as text in the HTML report', async () => {
    const r = await report();
    const t = r.materialityThreshold;
    const area = r.areas.find((a) => Math.abs(a.deviation) >= t && a.forecastDeviation !== null && Math.abs(a.forecastDeviation) >= t);
    if (!area) throw new Error('no area material in deviation and forecast');
    const kinds = ['summary', 'forecast-summary', 'investment', 'ks-summary', 'ks-forecast', 'ks-investment'];
    for (const kind of kinds) {
      const current = await text('2025-04', kind, null);
      expect((await put('2025-04', kind, null, `<script>alert("${kind}")</script>`, current.version)).statusCode).toBe(200);
    }
    for (const kind of ['comment', 'action', 'forecast-comment']) {
      const current = await text('2025-04', kind, area.code);
      expect((await put('2025-04', kind, area.code, `<script>alert("${kind}")</script>`, current.version)).statusCode).toBe(200);
    }
    const html = (await suite.get(`${base}/reports/2025-04.html`)).body;
    expect(html).not.toMatch(/<script/i);
    for (const kind of [...kinds, 'comment', 'action', 'forecast-comment'])
      expect(html, kind).toContain(`&lt;script&gt;alert(&quot;${kind}&quot;)&lt;/script&gt;`);
    expect(areaOf(await report(), area.code).comment).toBe('<script>alert("comment")</script>');
  });

  it('refuses a text over its limit with the counts, saving nothing', async () => {
    const res = await put('2025-04', 'comment', 'mottagning', 'å'.repeat(4001), 25);
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>()).toEqual({
      error: 'body: Kommentar till avvikelsen är för lång: 4\u00a0001 tecken, högst 4\u00a0000 tecken är tillåtet (1 för många).',
      field: 'body',
    });
    expect((await text('2025-04', 'comment', 'mottagning')).version).toBe(25);
    const wrongArea = await put('2025-04', 'comment', 'finns-inte', 'x', 0);
    expect(wrongArea.statusCode).toBe(404);
    expect((await put('2025-04', 'summary', 'mottagning', 'x', 0)).json<ErrorBody>().field).toBe('area');
  });

  it('sets the materiality threshold, which decides the required texts', async () => {
    const res = await suite.server.app.inject({ method: 'PATCH', url: base, payload: { materialityThreshold: 1_000_000_000_00 } });
    expect(res.json()).toEqual({ id: 'socialnamnden', name: 'Socialnämnden', materialityThreshold: 1_000_000_000_00 });
    const r = await report();
    expect(r.materialityThreshold).toBe(1_000_000_000_00);
    expect(r.areas.every((a) => !a.material && a.texts.every((t) => !t.required))).toBe(true);
    const bad = await suite.server.app.inject({ method: 'PATCH', url: base, payload: { materialityThreshold: -1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error).toContain('Väsentlighetsgränsen kan inte vara negativ');
    await suite.server.app.inject({ method: 'PATCH', url: base, payload: { materialityThreshold: 15_000_000 } });
    expect(areaOf(await report(), 'familjeratt').material).toBe(true);
  });
});
