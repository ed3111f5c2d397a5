/**
 * Published versions end to end on SQLite and PostgreSQL, on the demo: a version is the report
 * route's JSON and HTML byte for byte (but for the HTML's title block, which says "Version 1,
 * publicerad …" where the working report's says "Utkast"); an import or a text edit afterwards changes the working
 * report and never the version; republishing makes the next number (per period); the diff
 * names the figures and texts that changed; a version row cannot be updated.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { importTable } from '#app/import-table.ts';
import { saveText } from '#app/texts.ts';
import { diffPublishedVersions, listVersions, publishVersion } from '#app/versions.ts';
import type { ErrorBody, ReportJson, VersionDiff, VersionList } from '#contract/index.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { testServerSuite } from './helpers/server.ts';

const base = '/api/committees/socialnamnden';
/** The HTML without its title block, the one part that says which version it is (src/report/html-cover.ts). */
const COVER = /<header class="report-title[^"]*">[\s\S]*?<\/header>/;
const withoutCover = (html: string) => html.replace(COVER, '');

describe.each(TEST_DATABASES)('published versions on $name', (database) => {
  const suite = testServerSuite({ open: database.open });
  const body = async (url: string) => {
    const res = await suite.get(url);
    expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
    return res.body;
  };
  const rekrytering = (r: ReportJson) => r.areas.find((a) => a.code === 'rekrytering');

  /** Adds 100 000 kr of purchases (account 4620) to Rekryteringsenheten's code 6130 in April, by a sheet of that (period, code) pair. */
  async function importMorePurchases(): Promise<void> {
    const rows = await suite.server.db.kysely
      .selectFrom('ledger_balances')
      .selectAll()
      .where('committee_id', '=', 'socialnamnden')
      .where('period', '=', '2025-04')
      .where('code', '=', '6130')
      .execute();
    const lines = rows.map(
      (r) => `2025-04;6130;${r.account};${((r.amount + (r.account === '4620' ? 10_000_000 : 0)) / 100).toFixed(2).replace('.', ',')}`,
    );
    const file = join(mkdtempSync(join(tmpdir(), 'uppf-versions-')), 'april.csv');
    writeFileSync(file, `period;ansvar;konto;belopp\n${lines.join('\n')}\n`);
    await importTable(suite.server.db, file, { committeeId: 'socialnamnden', kind: 'actual', user: 'controller' });
  }

  it('freezes the report JSON and HTML exactly as the report route gives them, and an import or a text edit afterwards changes neither', async () => {
    const workingJson = await body(`${base}/reports/2025-04`);
    const workingHtml = withoutCover(await body(`${base}/reports/2025-04.html`));
    const v1 = await publishVersion(suite.server.db, 'socialnamnden', '2025-04', 'controller');
    expect(v1).toMatchObject({ committeeId: 'socialnamnden', period: '2025-04', number: 1, publishedBy: 'controller' });
    expect(await body(`${base}/versions/2025-04/1`)).toBe(workingJson);
    const frozenHtml = await body(`${base}/versions/2025-04/1/html`);
    expect(frozenHtml.match(COVER)?.[0]).toMatch(/Version 1, publicerad \d{4}-\d{2}-\d{2} av controller/);
    expect((await body(`${base}/reports/2025-04.html`)).match(COVER)?.[0]).toMatch(/Utkast, \d{4}-\d{2}-\d{2}/);
    expect(withoutCover(frozenHtml)).toBe(workingHtml);

    const before = rekrytering(JSON.parse(workingJson) as ReportJson);
    await importMorePurchases();
    const afterImport = rekrytering(JSON.parse(await body(`${base}/reports/2025-04`)) as ReportJson);
    expect(afterImport?.actualResult).toBe((before?.actualResult ?? 0) - 10_000_000);
    expect(await body(`${base}/versions/2025-04/1`)).toBe(workingJson);
    expect(withoutCover(await body(`${base}/versions/2025-04/1/html`))).toBe(workingHtml);

    const comment = before?.texts.find((t) => t.kind === 'comment');
    await saveText(suite.server.db, {
      committeeId: 'socialnamnden',
      period: '2025-04',
      areaId: 'rekrytering',
      kind: 'comment',
      body: 'Fler köpta jourhem än budgeterat, och en dyr placering i april.',
      version: null,
      user: 'omradeschef',
    });
    expect(comment?.body).not.toBe('');
    expect(await body(`${base}/reports/2025-04`)).toContain('en dyr placering i april');
    expect(await body(`${base}/versions/2025-04/1`)).toBe(workingJson);
    expect(withoutCover(await body(`${base}/versions/2025-04/1/html`))).toBe(workingHtml);
  });

  it('numbers a republication 2 and each period on its own, lists them newest first and diffs the figures and texts that changed', async () => {
    const v2 = await publishVersion(suite.server.db, 'socialnamnden', '2025-04', 'controller');
    expect(v2.number).toBe(2);
    expect((await publishVersion(suite.server.db, 'socialnamnden', '2025-03', 'admin')).number).toBe(1);
    const list = JSON.parse(await body(`${base}/versions`)) as VersionList;
    expect(list.versions.map((v) => [v.period, v.number, v.publishedBy])).toEqual([
      ['2025-04', 2, 'controller'],
      ['2025-04', 1, 'controller'],
      ['2025-03', 1, 'admin'],
    ]);
    expect((await listVersions(suite.server.db, 'socialnamnden', '2025-03')).map((v) => v.number)).toEqual([1]);

    const v1 = JSON.parse(await body(`${base}/versions/2025-04/1`)) as ReportJson;
    const diff = JSON.parse(await body(`${base}/versions/2025-04/diff?from=1&to=2`)) as VersionDiff;
    expect(diff).toEqual(await diffPublishedVersions(suite.server.db, 'socialnamnden', '2025-04'));
    expect([diff.from.number, diff.to.number]).toEqual([1, 2]);
    expect(diff.changes.map((c) => c.area)).toEqual([null, 'rekrytering']);
    const total = diff.changes[0]?.figures.find((f) => f.figure === 'deviation');
    expect(total).toEqual({ figure: 'deviation', label: 'Avvikelse', from: v1.total.deviation, to: v1.total.deviation - 10_000_000 });
    const area = diff.changes[1];
    const was = rekrytering(v1);
    expect(area?.figures.map((f) => [f.figure, f.from, f.to])).toEqual([
      ['actualResult', was?.actualResult, (was?.actualResult ?? 0) - 10_000_000],
      ['deviation', was?.deviation, (was?.deviation ?? 0) - 10_000_000],
      ...(['actualResult', 'deviation'] as const).map((k) => {
        const g = was?.accountGroups.find((x) => x.group === 'kop-av-verksamhet');
        return [`accountGroups.kop-av-verksamhet.${k}`, g?.[k], (g?.[k] ?? 0) - 10_000_000];
      }),
    ]);
    expect(area?.texts.map((t) => [t.kind, t.to])).toEqual([
      ['comment', 'Fler köpta jourhem än budgeterat, och en dyr placering i april.'],
    ]);
    const parts = area?.texts[0]?.parts ?? [];
    const side = (skip: string) =>
      parts
        .filter((p) => p.change !== skip)
        .map((p) => p.text)
        .join('');
    expect(side('added')).toBe(was?.texts.find((t) => t.kind === 'comment')?.body);
    expect(side('removed')).toBe('Fler köpta jourhem än budgeterat, och en dyr placering i april.');
  });

  it('records the publication in the audit log and refuses to update a version row', async () => {
    const audit = await suite.server.db.kysely.selectFrom('audit_log').selectAll().where('entity', '=', 'version').orderBy('at').execute();
    expect(audit.map((a) => [a.action, a.entity_key, a.user_name, a.period])).toEqual([
      ['publish', '2025-04/1', 'controller', '2025-04'],
      ['publish', '2025-04/2', 'controller', '2025-04'],
      ['publish', '2025-03/1', 'admin', '2025-03'],
    ]);
    const frozen = await body(`${base}/versions/2025-04/1`);
    await expect(sql`update published_versions set report_json = '{}' where number = 1`.execute(suite.server.db.kysely)).rejects.toThrow(
      /En publicerad version kan inte ändras/,
    );
    expect(await body(`${base}/versions/2025-04/1`)).toBe(frozen);
  });

  it('gives two publications of one period at once the next two numbers', async () => {
    const both = await Promise.all([
      publishVersion(suite.server.db, 'socialnamnden', '2025-01', 'controller'),
      publishVersion(suite.server.db, 'socialnamnden', '2025-01', 'admin'),
    ]);
    expect(both.map((v) => v.number).sort()).toEqual([1, 2]);
  });

  it('answers 404 for a version that does not exist and 400 for a diff of a first version', async () => {
    const missing = await suite.get(`${base}/versions/2025-04/9`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json<ErrorBody>().error).toBe('Socialnämnden har ingen publicerad version 9 för april 2025.');
    const first = await suite.get(`${base}/versions/2025-03/diff`);
    expect(first.statusCode).toBe(400);
    expect(first.json<ErrorBody>()).toMatchObject({ field: 'from' });
    expect((await suite.get(`${base}/versions/2025-02/diff`)).statusCode).toBe(404);
  });
  it('publishes over HTTP as the signed-in controller; a reader or an area manager may read versions but not publish', async () => {
    const controller = await suite.server.as('controller');
    const res = await controller({ method: 'POST', url: `${base}/versions/2025-02` });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ committeeId: 'socialnamnden', period: '2025-02', number: 1, publishedBy: 'controller' });
    for (const name of ['ledamot', 'omradeschef']) {
      const inject = await suite.server.as(name);
      const refused = await inject({ method: 'POST', url: `${base}/versions/2025-02` });
      expect(refused.statusCode, name).toBe(403);
      const frozen = await inject(`${base}/versions/2025-02/1`);
      expect(frozen.statusCode, name).toBe(200);
      expect(frozen.body).toBe((await suite.get(`${base}/versions/2025-02/1`)).body);
      expect((await inject(`${base}/versions`)).json<VersionList>().versions.filter((v) => v.period === '2025-02')).toHaveLength(1);
    }
    // The reader's way to the report is a version; the working report is not theirs.
    expect((await (await suite.server.as('ledamot'))(`${base}/reports/2025-02`)).statusCode).toBe(403);
  });
});
