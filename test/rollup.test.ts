/**
 * The roll-up to kommunstyrelsen of the demo's three committees for April 2025, on SQLite and
 * PostgreSQL: each row is that committee's own report total, the foot row their sum, a published
 * version's figures are used when one exists (and kept when the draft moves), a reader sees only
 * published versions, and each committee's section 5 summary is there with its figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { InputError, NotFoundError } from '#app/errors.ts';
import { importTable } from '#app/import-table.ts';
import { buildReport } from '#app/report.ts';
import { buildRollup } from '#app/rollup.ts';
import { saveText } from '#app/texts.ts';
import { publishVersion } from '#app/versions.ts';
import { mnkrRounded } from '#core/format.ts';
import type { RoleHolder } from '#core/roles.ts';
import { renderHtml } from '#report/html.ts';
import type { Inline } from '#report/model.ts';
import type { Db } from '#store/db.ts';
import seed from './fixtures/seed-figures.json' with { type: 'json' };
import { TEST_DATABASES } from './helpers/databases.ts';

const IDS = ['barn-och-utbildningsnamnden', 'socialnamnden', 'tekniska-namnden'];
const ADMIN: RoleHolder = { admin: true, roles: [] };

function budgetSheet(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'uppf-rollup-')), 'budget.csv');
  writeFileSync(path, 'period;ansvar;konto;budget\n2025-03;6110;4610;-12 345,00\n');
  return path;
}

describe.each(TEST_DATABASES)('the roll-up to kommunstyrelsen on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await loadDemo(db);
  }, 120_000);
  afterAll(() => db?.close());

  it("gives each committee its own report's total and investments, and the municipality's total as their sum", async () => {
    const rollup = await buildRollup(db, '2025-04', { viewer: null });
    expect(rollup.committees.map((c) => c.id)).toEqual(IDS);
    expect(rollup.notes).toEqual([]);
    for (const c of rollup.committees) {
      const own = await buildReport(db, c.id, '2025-04');
      expect(c, c.id).toMatchObject({
        name: own.committee.name,
        actualResult: own.total.actualResult,
        budgetResult: own.total.budgetResult,
        deviation: own.total.deviation,
        forecastDeviation: own.total.forecastDeviation,
        investments: { adjustedBudget: own.investments.adjustedBudget, actual: own.investments.actual },
        status: { kind: 'draft' },
      });
    }
    const social = rollup.committees.find((c) => c.id === 'socialnamnden');
    expect(mnkrRounded(social?.deviation ?? 0)).toBe(seed.result.accumulatedDeviationMnkr);
    const sum = (f: (c: (typeof rollup.committees)[number]) => number) => rollup.committees.reduce((s, c) => s + f(c), 0);
    expect(rollup.total).toEqual({
      actualResult: sum((c) => c.actualResult),
      budgetResult: sum((c) => c.budgetResult),
      deviation: sum((c) => c.deviation),
      forecastDeviation: sum((c) => c.forecastDeviation ?? 0),
      investments: { adjustedBudget: sum((c) => c.investments.adjustedBudget), actual: sum((c) => c.investments.actual) },
    });
    // The demo mixes: Socialnämnden above budget, the other two below.
    expect(rollup.committees.map((c) => Math.sign(c.deviation))).toEqual([-1, 1, -1]);
    // The table's foot row refers to the total's figures, and every row says where it comes from.
    const table = rollup.sections[0]?.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table in section 1');
    expect(table.foot?.cells[0]).toBe('Kommunen totalt');
    const amount = (cell: Inline | undefined) => (typeof cell === 'object' ? rollup.figures[cell.figure]?.amount : cell);
    expect(amount(table.foot?.cells[3])).toBe(rollup.total.deviation);
    expect(table.rows.map((r) => [r.cells[0], amount(r.cells[3]), r.cells[5]])).toEqual(
      rollup.committees.map((c) => [c.name, c.deviation, 'Utkast']),
    );
    const investments = rollup.sections[0]?.blocks.filter((b) => b.type === 'table')[1];
    if (investments?.type !== 'table') throw new Error('no investments table in section 1');
    expect(investments.foot?.cells.map(amount)).toEqual([
      'Kommunen totalt',
      rollup.total.investments.adjustedBudget,
      rollup.total.investments.actual,
    ]);
    expect(rollup.cover).toMatchObject({
      municipality: 'Exempelkommun',
      organisation: 'Kommunstyrelsen',
      title: 'Sammanställning av nämndernas resultat april 2025',
      status: { kind: 'draft' },
    });
  });

  it("holds each committee's section 5 summary, its figures under ids prefixed by the committee's", async () => {
    const rollup = await buildRollup(db, '2025-04', { viewer: null });
    expect(rollup.sections.map((s) => s.title)).toEqual([
      'Nämndernas resultat',
      'Barn- och utbildningsnämnden',
      'Socialnämnden',
      'Tekniska nämnden',
    ]);
    for (const [i, id] of IDS.entries()) {
      const own = await buildReport(db, id, '2025-04');
      const ks = own.sections.find((s) => s.key === 'ks');
      const summary = rollup.sections[i + 1];
      expect(summary?.blocks.length, id).toBe(ks?.blocks.length);
      const ownFigures = ks?.blocks.flatMap((b) => (b.type === 'paragraph' ? b.content : [])).filter((p) => typeof p === 'object') ?? [];
      expect(ownFigures.length, id).toBeGreaterThan(0);
      for (const ref of ownFigures) expect(rollup.figures[`${id}:${ref.figure}`]?.amount, ref.figure).toBe(own.figures[ref.figure]?.amount);
      const ksResult = own.committeeTexts.find((t) => t.kind === 'ks_result')?.body ?? '';
      expect(ksResult.length, id).toBeGreaterThan(0);
      expect(rollup.committees[i]?.ksTexts.result).toBe(ksResult);
    }
    const html = renderHtml(rollup);
    expect(html).toContain('Sammanställning av nämndernas resultat april 2025');
    expect(html).toContain('Förvaltningen har tagit fram en åtgärdsplan');
    // Heading ids stay unique with three committees' "Resultat".
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps a published version's figures when the draft moves after it", async () => {
    await publishVersion(db, 'socialnamnden', '2025-04', 'controller', '2025-05-12T09:00:00.000Z');
    const published = await buildReport(db, 'socialnamnden', '2025-04');
    // A budget sheet for March moves Utredning vuxen's budget, and so the draft's deviation.
    await importTable(db, budgetSheet(), {
      committeeId: 'socialnamnden',
      kind: 'budget',
      user: 'controller',
    });
    const draft = await buildReport(db, 'socialnamnden', '2025-04');
    expect(draft.total.deviation).not.toBe(published.total.deviation);
    const rollup = await buildRollup(db, '2025-04', { viewer: ADMIN });
    const social = rollup.committees.find((c) => c.id === 'socialnamnden');
    expect(social).toMatchObject({
      deviation: published.total.deviation,
      budgetResult: published.total.budgetResult,
      status: { kind: 'published', version: 1, publishedBy: 'controller' },
    });
    const table = rollup.sections[0]?.blocks[0];
    expect(table?.type === 'table' && table.rows[1]?.cells[5]).toBe('Publicerad version 1, 2025-05-12');
    expect(rollup.total.deviation).toBe(rollup.committees.reduce((s, c) => s + c.deviation, 0));
    // Two committees still on their drafts: the roll-up is a draft.
    expect(rollup.cover.status).toEqual({ kind: 'draft' });
  });

  it('gives a reader the published versions only, and leaves out committees without a role', async () => {
    const reader: RoleHolder = {
      admin: false,
      roles: [
        { committeeId: 'socialnamnden', role: 'reader', areas: [] },
        { committeeId: 'tekniska-namnden', role: 'reader', areas: [] },
      ],
    };
    const seen = await buildRollup(db, '2025-04', { viewer: reader });
    expect(seen.committees.map((c) => [c.id, c.status.kind])).toEqual([['socialnamnden', 'published']]);
    expect(seen.notes).toEqual([{ id: 'tekniska-namnden', name: 'Tekniska nämnden', note: 'Ingen publicerad version för april 2025.' }]);
    expect(seen.total.deviation).toBe(seen.committees[0]?.deviation);
    expect(seen.sections.map((s) => s.title)).toEqual(['Nämndernas resultat', 'Socialnämnden']);
    expect(seen.cover.status).toEqual({ kind: 'draft' });
    // A controller of Tekniska nämnden sees its draft, and nothing of the others.
    const controller: RoleHolder = { admin: false, roles: [{ committeeId: 'tekniska-namnden', role: 'controller', areas: [] }] };
    const own = await buildRollup(db, '2025-04', { viewer: controller });
    expect(own.committees.map((c) => [c.id, c.status.kind])).toEqual([['tekniska-namnden', 'draft']]);
    expect(own.notes).toEqual([]);
  });

  it('is published once every committee is', async () => {
    await publishVersion(db, 'barn-och-utbildningsnamnden', '2025-04', 'controller', '2025-05-13T09:00:00.000Z');
    await publishVersion(db, 'tekniska-namnden', '2025-04', 'teknik', '2025-05-14T09:00:00.000Z');
    const rollup = await buildRollup(db, '2025-04', { viewer: ADMIN });
    expect(rollup.committees.every((c) => c.status.kind === 'published')).toBe(true);
    expect(rollup.cover.status).toEqual({
      kind: 'published',
      version: 1,
      publishedAt: '2025-05-14T09:00:00.000Z',
      publishedBy: 'controller, teknik',
    });
  });

  it('lists a committee without ledger for the period with a note, and only the committees asked for', async () => {
    const june = await buildRollup(db, '2025-06', { viewer: null, committees: ['tekniska-namnden'] });
    expect(june.committees).toEqual([]);
    expect(june.notes).toEqual([
      { id: 'tekniska-namnden', name: 'Tekniska nämnden', note: 'Tekniska nämnden har ingen bokföring för juni 2025.' },
    ]);
    expect(june.total.deviation).toBe(0);
    expect(june.total.forecastDeviation).toBeNull();
    expect(renderHtml(june)).toContain('Tekniska nämnden har ingen bokföring för juni 2025.');
  });

  it("renders a committee's hostile summary text as text", async () => {
    const word = 'Överskottsåterföringsärendehanteringsprocess'.repeat(7).slice(0, 300);
    const body = `<script>alert("ks")</script> åäö ${word}`;
    // March: April's version is published, and the roll-up keeps it.
    await saveText(db, {
      committeeId: 'tekniska-namnden',
      period: '2025-03',
      areaId: '',
      kind: 'ks_result',
      body,
      version: null,
      user: 'teknik',
    });
    const rollup = await buildRollup(db, '2025-03', { viewer: null, committees: ['tekniska-namnden'] });
    expect(rollup.committees[0]?.ksTexts.result).toBe(body);
    const html = renderHtml(rollup);
    expect(html).not.toContain('<script>');
    expect(html).toContain(`&lt;script&gt;alert(&quot;ks&quot;)&lt;/script&gt; åäö ${word}`);
  });

  it('refuses a period that is none and a committee that does not exist', async () => {
    await expect(buildRollup(db, '2025-13', { viewer: null })).rejects.toThrow(InputError);
    await expect(buildRollup(db, '2025-04', { viewer: null, committees: ['finns-inte'] })).rejects.toThrow(NotFoundError);
  });
});
