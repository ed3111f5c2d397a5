/**
 * The audit log, on SQLite and PostgreSQL: every use case that changes something leaves exactly
 * the entries it should (who, committee, area, period, what, key, action, before, after) in the
 * change's own transaction, and a change that fails leaves none. Reading filters and pages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeArea, setArea } from '#app/areas.ts';
import { readAudit } from '#app/audit.ts';
import { addDecision, removeDecision } from '#app/budget-decisions.ts';
import { setPeriodization } from '#app/budget-periodization.ts';
import type { Db } from '#app/database.ts';
import { loadDemo } from '#app/demo/index.ts';
import { StaleVersionError } from '#app/errors.ts';
import { removeForecast, saveForecasts } from '#app/forecast-save.ts';
import { listForecasts } from '#app/forecasts.ts';
import { importSie } from '#app/import-sie.ts';
import { importTable } from '#app/import-table.ts';
import { saveInvestmentProject } from '#app/investments.ts';
import { readItems, removeItem, setItem } from '#app/items.ts';
import { defineKpi, importKpiValues, setKpiValues } from '#app/kpis.ts';
import { importMapping, setMapping } from '#app/mapping.ts';
import { setProjectDimension } from '#app/project-dimension.ts';
import { getText, saveText, setMateriality } from '#app/texts.ts';
import { undoImport } from '#app/undo-import.ts';
import type { AuditEntryJson } from '#contract/audit.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { SMALL_SIE } from './helpers/imports.ts';

const C = 'socialnamnden';
const U = 'anna.controller';
type Expected = Partial<AuditEntryJson>;

/** Every entry of the committee, newest first. */
async function all(db: Db, committee = C): Promise<AuditEntryJson[]> {
  return (await readAudit(db, committee, { limit: 500 })).entries;
}

/** The entries `change` added. */
async function added(db: Db, change: () => Promise<unknown>, committee = C): Promise<AuditEntryJson[]> {
  const seen = new Set((await all(db, committee)).map((e) => e.id));
  await change();
  return (await all(db, committee)).filter((e) => !seen.has(e.id));
}

describe.each(TEST_DATABASES)('the audit log on $name', (database) => {
  let db: Db;
  let dir: string;
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    db = await database.open();
    dir = mkdtempSync(join(tmpdir(), 'uppf-audit-'));
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
  });
  afterAll(async () => db.close());

  /** Each use case, what it changes, and the entries it must leave. */
  const cases: { name: string; change: () => Promise<Expected[]> }[] = [
    {
      name: 'a text save',
      change: async () => {
        const ref = { committeeId: C, period: '2025-04', areaId: 'rekrytering', kind: 'comment' } as const;
        const stored = await getText(db, ref);
        await saveText(db, { ...ref, body: 'Ny kommentar.', version: stored.version, user: U });
        const before = { version: stored.version, body: stored.body };
        const after = { version: stored.version + 1, body: 'Ny kommentar.' };
        return [{ area: 'rekrytering', period: '2025-04', entity: 'text', key: 'comment', action: 'update', before, after }];
      },
    },
    {
      name: 'a forecast set with its comment',
      change: async () => {
        const old = (await listForecasts(db, C, '2025-04')).areas.find((a) => a.id === 'boende')?.forecast?.deviation ?? null;
        await saveForecasts(db, C, [{ period: '2025-04', area: 'boende', deviation: -123_400_000, comment: 'Fler placeringar.' }], U);
        return [
          {
            area: 'boende',
            entity: 'forecast',
            key: 'boende',
            action: old === null ? 'create' : 'update',
            before: old === null ? null : { deviation: old },
            after: { deviation: -123_400_000 },
          },
          { area: 'boende', entity: 'text', key: 'forecast-comment', after: expect.objectContaining({ body: 'Fler placeringar.' }) },
        ];
      },
    },
    {
      name: 'a forecast batch (one entry a cell, a cell named twice keeps its real before)',
      change: async () => {
        await saveForecasts(
          db,
          C,
          [
            { period: '2025-03', area: 'boende', deviation: 5_000_00 },
            { period: '2025-04', area: 'boende', deviation: 1_00 },
            { period: '2025-04', area: 'boende', deviation: 2_00 },
          ],
          U,
        );
        const base = { area: 'boende', entity: 'forecast', key: 'boende' };
        return [
          { ...base, period: '2025-03', after: { deviation: 500_000 } },
          { ...base, period: '2025-04', action: 'update', before: { deviation: -123_400_000 }, after: { deviation: 100 } },
          { ...base, period: '2025-04', action: 'update', before: { deviation: 100 }, after: { deviation: 200 } },
        ];
      },
    },
    {
      name: 'a forecast removal',
      change: async () => {
        await removeForecast(db, C, '2025-04', 'boende', U);
        return [{ area: 'boende', period: '2025-04', entity: 'forecast', action: 'delete', before: { deviation: 200 }, after: null }];
      },
    },
    {
      name: 'a budget decision added and removed',
      change: async () => {
        const lines = [{ target: 'area' as const, area: 'rekrytering', group: 'kommunbidrag', amount: 25_000_000 }];
        await addDecision(db, C, { id: 'ks-test', body: 'KS', decidedOn: '2025-04-10', text: 'att utöka', lines }, U);
        await removeDecision(db, C, 'ks-test', U);
        const value = {
          id: 'ks-test',
          fiscalYear: '2025',
          decidedOn: '2025-04-10',
          body: 'KS',
          ref: null,
          text: 'att utöka',
          lines: [{ target: 'area', areaId: 'rekrytering', group: 'kommunbidrag', amount: 25_000_000 }],
        };
        const base = { area: 'rekrytering', period: '2025-04', entity: 'decision', key: 'ks-test' };
        return [
          { ...base, action: 'create', before: null, after: value },
          { ...base, action: 'delete', before: value, after: null },
        ];
      },
    },
    {
      name: 'a periodization',
      change: async () => {
        await setPeriodization(db, C, '2025', { area: 'rekrytering', group: 'personalkostnader', method: 'straight' }, U);
        return [
          {
            area: 'rekrytering',
            entity: 'periodization',
            key: '2025/personalkostnader',
            before: { fiscalYear: '2025', group: 'personalkostnader', method: 'ledger', weights: null },
            after: { fiscalYear: '2025', group: 'personalkostnader', method: 'straight', weights: null },
          },
        ];
      },
    },
    {
      name: 'an investment project and the investment source',
      change: async () => {
        await saveInvestmentProject(db, C, '2025', { id: 'inventarier', budget: 80_000_000 }, 'set', U);
        await setProjectDimension(db, C, 6, U);
        return [
          {
            entity: 'investment',
            key: '2025/inventarier',
            action: 'update',
            before: expect.objectContaining({ budget: 70_000_000, name: 'Inventarier och möbler' }),
            after: expect.objectContaining({ budget: 80_000_000, accounts: ['1220'] }),
          },
          {
            entity: 'investment',
            key: 'source',
            before: { actualSource: 'accounts', dimension: null },
            after: { actualSource: 'dimension', dimension: '6' },
          },
        ];
      },
    },
    {
      name: 'a committee item set and removed',
      change: async () => {
        const before = (await readItems(db, C, '2025-04')).items.find((i) => i.key === 'statsbidrag-placeringar');
        expect(before?.amount).toBe(450_000_000);
        await setItem(
          db,
          {
            committeeId: C,
            period: '2025-04',
            key: 'statsbidrag-placeringar',
            area: 'overgripande',
            inputs: { kind: 'grant', amount: 300_000_000 },
          },
          U,
        );
        await removeItem(db, C, '2025-04', 'statsbidrag-placeringar', U);
        const base = { area: 'overgripande', period: '2025-04', entity: 'item', key: 'statsbidrag-placeringar' };
        const value = (amount: number) => ({
          label: 'Subventioner för placeringar',
          amount,
          area: 'overgripande',
          group: null,
          inputs: { kind: 'grant', amount },
        });
        return [
          { ...base, action: 'update', before: value(450_000_000), after: value(300_000_000) },
          { ...base, action: 'delete', before: value(300_000_000), after: null },
        ];
      },
    },
    {
      name: 'a key figure defined, a value set and a sheet of values imported',
      change: async () => {
        await defineKpi(db, C, { id: 'vantetid', name: 'Väntetid', unit: 'dagar', target: null, decimals: 0 }, U);
        await setKpiValues(db, C, [{ kpi: 'vantetid', area: 'rekrytering', period: '2025-04', value: '12' }], U);
        await importKpiValues(
          db,
          C,
          file('nyckeltal.csv', 'nyckeltal;område;period;värde\nvantetid;rekrytering;2025-04;14\n'),
          'nyckeltal.csv',
          U,
        );
        const value = { entity: 'kpi', key: 'vantetid', area: 'rekrytering', period: '2025-04' };
        return [
          {
            entity: 'kpi',
            key: 'vantetid',
            area: null,
            action: 'create',
            after: { id: 'vantetid', name: 'Väntetid', unit: 'dagar', target: null, decimals: 0 },
          },
          { ...value, action: 'create', before: null, after: 12_000 },
          { ...value, action: 'update', before: 12_000, after: 14_000 },
        ];
      },
    },
    {
      name: 'an area created, a code mapped to it, a mapping sheet, the area removed',
      change: async () => {
        await setArea(db, C, { id: 'ny-enhet', name: 'Ny enhet' }, U);
        await setMapping(db, C, [{ code: '6131', area: 'ny-enhet' }], U);
        await importMapping(db, C, file('mappning.csv', 'ansvar;område\n6131;rekrytering\n'), U);
        await removeArea(db, C, 'ny-enhet', U);
        const area = { entity: 'area', key: 'ny-enhet', area: 'ny-enhet' };
        return [
          { ...area, action: 'create', before: null, after: expect.objectContaining({ name: 'Ny enhet', shortName: null }) },
          {
            entity: 'mapping',
            key: '6131',
            area: 'ny-enhet',
            action: 'update',
            before: { area: 'rekrytering' },
            after: { area: 'ny-enhet' },
          },
          {
            entity: 'mapping',
            key: '6131',
            area: 'rekrytering',
            action: 'update',
            before: { area: 'ny-enhet' },
            after: { area: 'rekrytering' },
          },
          { ...area, action: 'delete', before: expect.objectContaining({ name: 'Ny enhet' }), after: null },
        ];
      },
    },
    {
      name: 'the materiality threshold',
      change: async () => {
        await setMateriality(db, C, 20_000_000, U);
        return [{ entity: 'committee', key: 'materialityThreshold', area: null, period: null, before: 15_000_000, after: 20_000_000 }];
      },
    },
    {
      name: 'a sheet import and its undo (one entry each, not one a row)',
      change: async () => {
        const summary = await importTable(
          db,
          file('utfall.csv', 'period;ansvar;konto;belopp\n2025-04;6131;4620;1000\n2025-04;6131;4621;500\n'),
          {
            committeeId: C,
            kind: 'actual',
            user: U,
          },
        );
        await undoImport(db, C, summary.importId ?? '', { user: U });
        const base = { entity: 'import', key: summary.importId ?? '', area: null, period: null };
        const file_ = { kind: 'table-actual', fileName: 'utfall.csv', sha256: summary.sha256 };
        return [
          {
            ...base,
            action: 'import',
            before: null,
            after: expect.objectContaining({ ...file_, counts: summary.counts, rows: 2, replaced: summary.replaced }),
          },
          {
            ...base,
            action: 'undo',
            before: expect.objectContaining({ ...file_, importedBy: U }),
            after: expect.objectContaining({ undoneAt: expect.any(String) }),
          },
        ];
      },
    },
  ];

  it.each(cases)('$name leaves its entries', async ({ change }) => {
    let expected: Expected[] = [];
    const entries = await added(db, async () => {
      expected = await change();
    });
    // Entries of one transaction may share their time: their order among themselves is not kept.
    expect(entries).toHaveLength(expected.length);
    expect(entries).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining({ user: U, committee: C, ...e }))));
  });

  it('records an SIE import once, with its file, SHA-256 and counts', async () => {
    // The import creates the committee: it has no log before.
    await importSie(db, file('kontrakt.se', SMALL_SIE), { committeeId: 'kontrakt', user: U });
    const entries = await all(db, 'kontrakt');
    expect(entries).toEqual([
      expect.objectContaining({
        user: U,
        committee: 'kontrakt',
        entity: 'import',
        action: 'import',
        after: expect.objectContaining({
          kind: 'sie',
          fileName: 'kontrakt.se',
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          counts: expect.objectContaining({ vouchers: 3, accounts: 3, areasCreated: 2 }),
        }),
      }),
    ]);
  });

  it('leaves no entry for a change that fails', async () => {
    const ref = { committeeId: C, period: '2025-04', areaId: 'rekrytering', kind: 'comment' } as const;
    const stale = await added(db, () =>
      expect(saveText(db, { ...ref, body: 'Gammal.', version: 1, user: U })).rejects.toThrow(StaleVersionError),
    );
    const badImport = await added(db, () =>
      expect(
        importTable(db, file('fel.csv', 'period;ansvar;konto;belopp\n2025-04;6131;4620;x\n'), { committeeId: C, kind: 'actual', user: U }),
      ).rejects.toThrow(),
    );
    const badBatch = await added(db, () =>
      expect(
        saveForecasts(
          db,
          C,
          [
            { period: '2025-04', area: 'boende', deviation: 1 },
            { period: '2025-09', area: 'boende', deviation: 2 },
          ],
          U,
        ),
      ).rejects.toThrow(/september 2025/),
    );
    const refusedRemoval = await added(db, () => expect(removeArea(db, C, 'rekrytering', U)).rejects.toThrow(/kan inte tas bort/));
    expect({ stale, badImport, badBatch, refusedRemoval }).toEqual({ stale: [], badImport: [], badBatch: [], refusedRemoval: [] });
  });

  it('reads by area, period, kind, user and time, newest first, in pages', async () => {
    const filter = { area: 'boende', entity: 'forecast', user: U };
    const whole = await readAudit(db, C, filter);
    expect(whole.total).toBe(5);
    expect(whole.entries.map((e) => e.at)).toEqual(
      whole.entries
        .map((e) => e.at)
        .sort()
        .reverse(),
    );
    expect(whole.entries[0]).toMatchObject({
      action: 'delete',
      areaName: 'Boendeenheten',
      entityLabel: 'Prognos',
      actionLabel: 'borttagen',
    });
    const pages = [0, 2, 4].map((offset) => readAudit(db, C, { ...filter, limit: 2, offset }));
    const paged = (await Promise.all(pages)).flatMap((p) => p.entries.map((e) => e.id));
    expect(paged).toEqual(whole.entries.map((e) => e.id));
    const march = await readAudit(db, C, { period: '2025-03', entity: 'forecast', user: U });
    expect(march.entries.map((e) => [e.area, e.after])).toEqual([['boende', { deviation: 500_000 }]]);
    const newest = (await all(db))[0];
    const at = newest?.at ?? '';
    expect((await readAudit(db, C, { from: at })).entries.every((e) => e.at >= at)).toBe(true);
    expect((await readAudit(db, C, { to: at, user: U })).total).toBe((await readAudit(db, C, { user: U })).total);
    expect((await readAudit(db, C, { to: '2000-01-01' })).total).toBe(0);
    expect((await readAudit(db, C, { from: at.slice(0, 10), to: at.slice(0, 10), user: U })).total).toBeGreaterThan(0);
  });
});
