/**
 * A committee's report template on SQLite and PostgreSQL: the default when none is saved, a save
 * read back, the report document and its JSON contract following it (section order, numbering
 * 1..n, headings, key figures filtered), validation errors naming the field, a stale save
 * refused (409 over HTTP), every change in the audit log and moving the data version, and the
 * logo known by its bytes (an HTML file named logo.png, a truncated PNG, an SVG, 5 MB refused).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '#app/audit.ts';
import { readDeliverable } from '#app/deliverable.ts';
import { StaleVersionError } from '#app/errors.ts';
import { buildReport } from '#app/report.ts';
import { readTemplate, readTemplateLogo, removeTemplateLogo, resetTemplate, saveTemplate, setTemplateLogo } from '#app/templates.ts';
import { publishVersion } from '#app/versions.ts';
import { DEFAULT_TEMPLATE } from '#core/template.ts';
import { renderHtml } from '#report/html.ts';
import { toJsonContract } from '#report/json.ts';
import { saveCommittee } from '#store/committees.ts';
import { readDataVersion } from '#store/data-version.ts';
import type { Db } from '#store/db.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { JPEG_MIN, PNG_1x1, truncated } from './helpers/images.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const C = 'socialnamnden';

/** The demo's template as the page would send it, with changes. */
async function edited(db: Db, change: (t: Awaited<ReturnType<typeof readTemplate>>['template']) => unknown) {
  const current = await readTemplate(db, C);
  return { template: change(structuredClone(current.template)), version: current.version };
}

describe.each(TEST_DATABASES)('report templates on $name', (database) => {
  let server: TestServer;
  let db: Db;
  beforeAll(async () => {
    server = await startTestServer({ open: database.open });
    db = server.db;
  }, 60_000);
  afterAll(() => server?.close());

  it('has the demo template (Exempelkommun, its logo, the seed layout), and the default after a reset', async () => {
    const demo = await readTemplate(db, C);
    expect(demo.isDefault).toBe(false);
    expect(demo.template.cover.municipality).toBe('Exempelkommun');
    expect(demo.logo).toMatchObject({
      mediaType: 'image/png',
      alt: 'Exempelkommuns logotyp',
      url: '/api/committees/socialnamnden/template/logo',
    });
    expect(demo.template.sections).toEqual(DEFAULT_TEMPLATE.sections);
    expect(demo.materialityThreshold).toBe(150_000_00);
    expect(demo.choices.kpis.map((k) => k.id)).toEqual(['placeringar-hvb', 'hushall-forsorjningsstod', 'sjukfranvaro', 'arsarbetare']);
    const report = await buildReport(db, C, '2025-04');
    expect(report.cover.municipality).toBe('Exempelkommun');
    expect(report.cover.logo?.alt).toBe('Exempelkommuns logotyp');

    const reset = await resetTemplate(db, C, 'test');
    expect(reset.isDefault).toBe(true);
    expect(reset.logo).toBeNull();
    expect(reset.version).toBe(demo.version + 1);
    expect(reset.template).toEqual({
      sections: DEFAULT_TEMPLATE.sections,
      cover: { municipality: '' },
      charts: DEFAULT_TEMPLATE.charts,
      kpis: 'all',
    });
    const doc = await buildReport(db, C, '2025-04');
    expect(doc.sections.map((s) => [s.number, s.key, s.title])).toEqual([
      ['1', 'overview', 'Resultatrapport'],
      ['2', 'result', 'Resultat'],
      ['3', 'forecast', 'Årsprognos'],
      ['4', 'investments', 'Investeringsverksamhet'],
      ['5', 'ks', 'Sammanfattande kommentarer till kommunstyrelsen (FU)'],
      ['6', 'kpis', 'Nyckeltal'],
    ]);
    expect(doc.cover.logo).toBeNull();
    expect(doc.kpis).toHaveLength(4);
    // A committee that never had a row: the default, version 0; an unknown one: not found.
    await saveCommittee(db.kysely, { id: 'annan', name: 'Annan nämnd', materialityThreshold: 0, fiscalYearStartMonth: 1 });
    expect(await readTemplate(db, 'annan')).toMatchObject({
      isDefault: true,
      version: 0,
      logo: null,
      updatedBy: null,
      template: { kpis: 'all' },
    });
    await expect(readTemplate(db, 'finns-inte')).rejects.toThrow('Nämnden "finns-inte" finns inte.');
  });

  it('saves a template that the report and its JSON contract follow, moving the data version, audited', async () => {
    const before = await readDataVersion(db.kysely);
    const report = await buildReport(db, C, '2025-04');
    const save = await edited(db, (t) => ({
      ...t,
      sections: [
        { key: 'result', title: '  Resultat per område  ' },
        { key: 'overview', title: 'Översikt <script>alert(1)</script> åäö' },
        { key: 'ks', title: 'Till kommunstyrelsen' },
      ],
      charts: [],
      kpis: ['sjukfranvaro', 'placeringar-hvb'],
    }));
    const saved = await saveTemplate(db, C, save, 'controller-test');
    expect(saved.version).toBe(save.version + 1);
    expect(saved.template.sections[0]).toEqual({ key: 'result', title: 'Resultat per område' });
    expect(saved.updatedBy).toBe('controller-test');
    expect(await readDataVersion(db.kysely)).toBeGreaterThan(before);

    const doc = await buildReport(db, C, '2025-04');
    expect(doc.sections.map((s) => [s.number, s.key, s.title])).toEqual([
      ['1', 'result', 'Resultat per område'],
      ['2', 'overview', 'Översikt <script>alert(1)</script> åäö'],
      ['3', 'ks', 'Till kommunstyrelsen'],
    ]);
    // The sections keep their content under the new heading: the result section's blocks are the same (but its chart, not chosen).
    const result = (d: typeof doc) => d.sections.find((s) => s.key === 'result')?.blocks.filter((b) => b.type !== 'chart');
    expect(result(doc)).toEqual(result(report));
    expect(doc.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'chart')).toEqual([]);
    expect(doc.kpis.map((k) => k.id)).toEqual(['placeringar-hvb', 'sjukfranvaro']);
    const json = toJsonContract(doc);
    expect(json.sections).toEqual([
      { number: '1', title: 'Resultat per område' },
      { number: '2', title: 'Översikt <script>alert(1)</script> åäö' },
      { number: '3', title: 'Till kommunstyrelsen' },
    ]);
    expect(json.kpis.map((k) => k.id)).toEqual(['placeringar-hvb', 'sjukfranvaro']);
    // A heading is text in every format: the HTML escapes it, in the section and in the table of contents.
    const html = renderHtml(doc);
    expect(html.match(/Översikt &lt;script&gt;alert\(1\)&lt;\/script&gt; åäö/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).not.toContain('<script>alert(1)');
    // The cached report over HTTP follows too (the data version moved).
    const http = (await server.app.inject({ url: '/api/committees/socialnamnden/reports/2025-04' })).json() as typeof json;
    expect(http.sections.map((s) => s.title)).toEqual([
      'Resultat per område',
      'Översikt <script>alert(1)</script> åäö',
      'Till kommunstyrelsen',
    ]);

    const audit = await readAudit(db, C, { entity: 'template' });
    const last = audit.entries[0];
    expect(last).toMatchObject({
      user: 'controller-test',
      entity: 'template',
      entityLabel: 'Rapportmall',
      key: 'template',
      action: 'create',
    });
    expect((last?.after as { kpis: string[] } | undefined)?.kpis).toEqual(['sjukfranvaro', 'placeringar-hvb']);
    expect(audit.entries.map((e) => e.action)).toContain('reset');
  });

  it('refuses a stale save, naming who saved, and keeps the stored template', async () => {
    const current = await readTemplate(db, C);
    const stale = { template: { ...current.template, charts: ['kpis'] }, version: current.version - 1 };
    const error = await saveTemplate(db, C, stale, 'test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleVersionError);
    expect((error as Error).message).toMatch(/ändrats av controller-test.*ingenting sparades/);
    expect(await readTemplate(db, C)).toEqual(current);
    const res = await server.app.inject({
      method: 'PUT',
      url: '/api/committees/socialnamnden/template',
      payload: { ...current.template, charts: ['kpis'], version: current.version - 1 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      field: 'version',
      conflict: { stored: { version: current.version }, sent: { version: current.version - 1 } },
    });
    const ok = await server.app.inject({
      method: 'PUT',
      url: '/api/committees/socialnamnden/template',
      payload: { ...current.template, charts: ['kpis'], version: current.version },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: current.version + 1, template: { charts: ['kpis'] } });
    // The same template again: no new version, no audit entry.
    const entries = (await readAudit(db, C, { entity: 'template' })).total;
    const same = await server.app.inject({
      method: 'PUT',
      url: '/api/committees/socialnamnden/template',
      payload: { ...current.template, charts: ['kpis'], version: current.version + 1 },
    });
    expect(same.json()).toMatchObject({ version: current.version + 1 });
    expect((await readAudit(db, C, { entity: 'template' })).total).toBe(entries);
  });

  it('names the field of each invalid template, in Swedish, at the edge and in the use case', async () => {
    const current = await readTemplate(db, C);
    const base = { ...current.template, version: current.version };
    const cases: [unknown, string, RegExp][] = [
      [{ ...base, sections: [] }, 'sections', /minst ett avsnitt/],
      [
        {
          ...base,
          sections: [
            { key: 'result', title: 'A' },
            { key: 'result', title: 'B' },
          ],
        },
        'sections.1.key',
        /finns redan/,
      ],
      [{ ...base, sections: [{ key: 'result', title: 'x'.repeat(121) }] }, 'sections.0.title', /högst 120 tecken/],
      [{ ...base, sections: [{ key: 'result', title: '   ' }] }, 'sections.0.title', /saknas/],
      [
        {
          ...base,
          sections: [
            { key: 'overview', title: 'A' },
            { key: 'result', title: 'Rad\nbrytning' },
          ],
        },
        'sections.1.title',
        /styrtecken/,
      ],
      [{ ...base, sections: [{ key: 'bilaga', title: 'A' }] }, 'sections.0.key', /Okänt avsnitt/],
      [{ ...base, charts: ['pie'] }, 'charts.0', /Okänt diagram/],
      [{ ...base, cover: { municipality: 'x'.repeat(121) } }, 'cover.municipality', /högst 120/],
    ];
    for (const [payload, field, message] of cases) {
      const res = await server.app.inject({ method: 'PUT', url: '/api/committees/socialnamnden/template', payload: payload as object });
      expect(res.statusCode, field).toBe(400);
      expect(res.json(), field).toMatchObject({ field });
      expect(res.json().error, field).toMatch(message);
      const { version, ...template } = payload as { version: number };
      const direct = await saveTemplate(db, C, { template, version }, 'test').catch((e: Error & { where?: string }) => e);
      expect((direct as { where?: string }).where, field).toBe(field);
    }
    // A key figure the committee does not have: only the use case knows.
    const res = await server.app.inject({
      method: 'PUT',
      url: '/api/committees/socialnamnden/template',
      payload: { ...base, kpis: ['sjukfranvaro', 'finns-inte'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'kpis.1', error: 'kpis.1: Nyckeltalet "finns-inte" finns inte i nämnden.' });
    expect((await readTemplate(db, C)).version).toBe(current.version);
  });

  it('takes a PNG or a JPEG by its bytes, refuses anything else with a Swedish error, and removes it', async () => {
    const url = '/api/committees/socialnamnden/template/logo';
    const put = (bytes: Buffer, alt = 'Kommunens logotyp') =>
      server.app.inject({ method: 'PUT', url, payload: { base64: bytes.toString('base64'), alt } });
    const before = await readTemplate(db, C);
    const hostile: [string, Buffer, RegExp][] = [
      ['HTML named logo.png', Buffer.from('<!doctype html><script>alert(1)</script>'), /ingen PNG- eller JPEG-bild/],
      ['a truncated PNG', truncated(PNG_1x1), /PNG-filen är trasig/],
      ['a truncated JPEG', JPEG_MIN.subarray(0, JPEG_MIN.length - 2), /JPEG-filen är trasig/],
      [
        'an SVG',
        Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'),
        /SVG-bilder tas inte emot/,
      ],
      ['5 MB', Buffer.concat([PNG_1x1, Buffer.alloc(5 * 1024 ** 2)]), /5 MB; logotypen får vara högst 512 kB/],
      ['nothing', Buffer.alloc(0), /saknas/],
    ];
    for (const [what, bytes, message] of hostile) {
      const res = await put(bytes);
      expect(res.statusCode, what).toBe(400);
      expect(res.json().error, what).toMatch(message);
    }
    const noAlt = await put(PNG_1x1, '  ');
    expect(noAlt.statusCode).toBe(400);
    expect(noAlt.json()).toMatchObject({ field: 'alt' });
    expect(await readTemplate(db, C)).toEqual(before);

    const png = await put(PNG_1x1, 'Ny logotyp');
    expect(png.statusCode, png.body).toBe(200);
    expect(png.json()).toMatchObject({
      version: before.version + 1,
      logo: { mediaType: 'image/png', alt: 'Ny logotyp', bytes: PNG_1x1.length },
    });
    const image = await server.app.inject({ url });
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.rawPayload.equals(PNG_1x1)).toBe(true);
    expect((await buildReport(db, C, '2025-04')).cover.logo).toEqual({
      mediaType: 'image/png',
      base64: PNG_1x1.toString('base64'),
      alt: 'Ny logotyp',
    });

    expect((await setTemplateLogo(db, C, { base64: JPEG_MIN.toString('base64'), alt: 'JPEG' }, 'test')).logo?.mediaType).toBe('image/jpeg');
    expect((await readTemplateLogo(db, C)).bytes.equals(JPEG_MIN)).toBe(true);
    const removed = await server.app.inject({ method: 'DELETE', url });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().logo).toBeNull();
    expect((await server.app.inject({ url })).statusCode).toBe(404);
    await expect(removeTemplateLogo(db, C, 'test')).rejects.toThrow(/ingen logotyp/);
    const logoAudit = (await readAudit(db, C, { entity: 'template' })).entries.filter((e) => e.key === 'logo');
    expect(logoAudit.slice(0, 3).map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(logoAudit[2]?.after).toMatchObject({ mediaType: 'image/png', alt: 'Ny logotyp', bytes: PNG_1x1.length });
  });

  it('never changes a published version: its document keeps the logo and headings it was published with', async () => {
    await setTemplateLogo(db, C, { base64: PNG_1x1.toString('base64'), alt: 'Vid publiceringen' }, 'test');
    const published = await buildReport(db, C, '2025-04');
    await publishVersion(db, C, '2025-04', 'test');
    await setTemplateLogo(db, C, { base64: JPEG_MIN.toString('base64'), alt: 'Senare' }, 'test');
    await saveTemplate(db, C, await edited(db, (t) => ({ ...t, sections: [{ key: 'ks', title: 'Senare rubrik' }] })), 'test');
    const frozen = await readDeliverable(db, C, '2025-04');
    expect(frozen.cover.logo).toEqual({ mediaType: 'image/png', base64: PNG_1x1.toString('base64'), alt: 'Vid publiceringen' });
    expect(frozen.sections.map((s) => s.title)).toEqual(published.sections.map((s) => s.title));
    const draft = await readDeliverable(db, C, '2025-04', { draft: true });
    expect(draft.cover.logo?.alt).toBe('Senare');
    expect(draft.sections.map((s) => [s.number, s.title])).toEqual([['1', 'Senare rubrik']]);
  });

  it('lets a controller or an administrator change the template, not a reader or an area manager', async () => {
    const current = await readTemplate(db, C);
    const payload = { ...current.template, version: current.version };
    for (const [who, want] of [
      ['ledamot', 403],
      ['omradeschef', 403],
      ['controller', 200],
    ] as const) {
      const res = await (await server.as(who))({ method: 'PUT', url: '/api/committees/socialnamnden/template', payload });
      expect(res.statusCode, who).toBe(want);
    }
    // Reading it is for those who work on the report (the reader sees the published report only).
    expect((await (await server.as('omradeschef'))({ url: '/api/committees/socialnamnden/template' })).statusCode).toBe(200);
    expect((await (await server.as('ledamot'))({ url: '/api/committees/socialnamnden/template' })).statusCode).toBe(403);
  });
});
