/**
 * Committee items and key figures end to end on SQLite and PostgreSQL: each input changes the
 * report JSON as it should (a PO rate, a salary base, an area or none, a grant, a pot), a new
 * period starts from the previous period's items, a failed write changes nothing, and a sheet of
 * key-figure values is read all or nothing with errors naming the line and the column.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { readItems, removeItem, setItem } from '#app/items.ts';
import { importKpiValues, readKpis, setKpiValues } from '#app/kpis.ts';
import { buildReport } from '#app/report.ts';
import { mnkrRounded } from '#core/format.ts';
import { formatFigure } from '#report/html.ts';
import { toJsonContract } from '#report/json.ts';
import type { ReportDocument } from '#report/model.ts';
import type { Db } from '#store/db.ts';
import { snapshot, TEST_DATABASES } from './helpers/databases.ts';

const C = 'socialnamnden';
const dir = mkdtempSync(join(tmpdir(), 'uppf-kpi-'));

/** The report's paragraphs as text, figures formatted. */
function text(doc: ReportDocument, section: string): string {
  const s = doc.sections.find((x) => x.number === section);
  return (s?.blocks ?? [])
    .flatMap((b) =>
      b.type === 'paragraph'
        ? [
            b.content
              .map((p) => (typeof p === 'string' ? p : formatFigure(doc.figures[p.figure] ?? { amount: 0, style: 'mnkr', label: '' })))
              .join(''),
          ]
        : [],
    )
    .join('\n');
}

describe.each(TEST_DATABASES)('committee items and key figures on $name', ({ open }) => {
  let db: Db;
  const april = async () => toJsonContract(await buildReport(db, C, '2025-04'));
  beforeAll(async () => {
    db = await open();
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
  });
  afterAll(() => db?.close());

  it('gives the demo items with their inputs and results in total.committeeItems', async () => {
    const r = await april();
    expect(r.total.committeeItems.map((i) => [i.key, i.kind, i.area, i.result])).toEqual([
      ['po-paslag', 'po', 'overgripande', 220_000_000],
      ['loneoversyn', 'salary-revision', 'overgripande', -60_000_000],
      ['statsbidrag-placeringar', 'grant', 'overgripande', 450_000_000],
      ['helarspott-kop', 'pot', 'overgripande', 600_000_000],
    ]);
    expect(r.total.committeeItems[0]?.inputs).toEqual({ salaryBase: 10_000_000_000, preliminaryRate: 445_000, fixedRate: 423_000 });
    expect(r.total.committeeItems[1]?.inputs).toEqual({ salaryBase: 10_000_000_000, actualRise: 34_000, compensatedRise: 28_000 });
    expect(mnkrRounded(r.total.forecastDeviation ?? Number.NaN)).toBe(22);
    const doc = await buildReport(db, C, '2025-04');
    for (const section of ['2', '3', '5'])
      expect(text(doc, section)).toContain('Nämnden har alltså fått 2,2 − 0,6 = 1,6\u00a0mnkr för mycket i kommunbidrag');
    expect(text(doc, '3')).toContain('varav 1,6\u00a0mnkr avser PO och löneökning');
    expect(text(doc, '3')).toContain('gällande subventioner för placeringar, motsvarande 4,5\u00a0mnkr');
    expect(text(doc, '3')).toContain('Av helårspotten för köp beräknas 6,0\u00a0mnkr enligt prognos inte att användas');
  });

  it('changes the PO result with the fixed rate, inside Övergripande: the total stays', async () => {
    await setItem(
      db,
      {
        committeeId: C,
        period: '2025-04',
        key: 'po-paslag',
        area: 'overgripande',
        inputs: { kind: 'po', salaryBase: 10_000_000_000, preliminaryRate: 445_000, fixedRate: 420_000 },
      },
      'test',
    );
    const r = await april();
    expect(r.total.committeeItems.find((i) => i.key === 'po-paslag')?.result).toBe(250_000_000);
    expect(r.total.committeeItems.find((i) => i.key === 'po-paslag')?.label).toBe(
      'Fastställt PO-påslag lägre än det preliminära (för högt kommunbidrag)',
    );
    expect(mnkrRounded(r.total.forecastDeviation ?? Number.NaN)).toBe(22);
    expect(text(await buildReport(db, C, '2025-04'), '2')).toContain('2,5 − 0,6 = 1,9\u00a0mnkr för mycket');
  });

  it('changes the salary revision with the salary base', async () => {
    await setItem(
      db,
      {
        committeeId: C,
        period: '2025-04',
        key: 'loneoversyn',
        area: 'Övergripande',
        inputs: { kind: 'salary-revision', salaryBase: 20_000_000_000, actualRise: 34_000, compensatedRise: 28_000 },
      },
      'test',
    );
    const doc = await buildReport(db, C, '2025-04');
    expect(doc.figures['item.loneoversyn']?.amount).toBe(-120_000_000);
    expect(doc.figures['items.po']?.amount).toBe(130_000_000);
    expect(text(doc, '3')).toContain(
      'ca 0,6 % mer i löneökning än nämnden fått tilldelat kommunbidrag för, vilket motsvarar ca 1,2\u00a0mnkr',
    );
  });

  it('adds an item without an area to the total, once', async () => {
    await setItem(
      db,
      {
        committeeId: C,
        period: '2025-04',
        key: 'statsbidrag-placeringar',
        area: null,
        label: 'Subventioner för placeringar',
        inputs: { kind: 'grant', amount: 450_000_000 },
      },
      'test',
    );
    const r = await april();
    expect(r.total.forecastDeviation).toBe(r.areas.reduce((s, a) => s + (a.forecastDeviation ?? 0), 0) + 450_000_000);
    expect(mnkrRounded(r.total.forecastDeviation ?? Number.NaN)).toBe(26.5);
    await setItem(
      db,
      { committeeId: C, period: '2025-04', key: 'helarspott-kop', area: null, inputs: { kind: 'pot', amount: 100_000_000 } },
      'test',
    );
    expect(mnkrRounded((await april()).total.forecastDeviation ?? Number.NaN)).toBe(27.5);
  });

  it('starts a new period from the previous period’s items, and keeps April when May changes', async () => {
    const may = await readItems(db, C, '2025-05');
    expect(may.readFrom).toBe('2025-04');
    expect(may.items.map((i) => i.key)).toEqual(['po-paslag', 'loneoversyn', 'statsbidrag-placeringar', 'helarspott-kop']);
    await removeItem(db, C, '2025-05', 'statsbidrag-placeringar', 'test');
    const mayAfter = await readItems(db, C, '2025-05');
    expect(mayAfter.readFrom).toBeNull();
    expect(mayAfter.items.map((i) => i.key)).toEqual(['po-paslag', 'loneoversyn', 'helarspott-kop']);
    expect((await readItems(db, C, '2025-06')).readFrom).toBe('2025-05');
    expect((await readItems(db, C, '2025-04')).items).toHaveLength(4);
    // A new fiscal year starts without items.
    expect((await readItems(db, C, '2026-01')).items).toEqual([]);
  });

  it('refuses a wrong input in Swedish, naming the field, and changes nothing', async () => {
    const before = await snapshot(db);
    await expect(
      setItem(db, { committeeId: C, period: '2025-06', key: 'x', area: 'finns-inte', inputs: { kind: 'grant', amount: 1 } }, 'test'),
    ).rejects.toThrow('area: Socialnämnden har inget område "finns-inte"');
    await expect(
      setItem(
        db,
        {
          committeeId: C,
          period: '2025-06',
          key: 'x',
          area: null,
          inputs: { kind: 'po', salaryBase: 100, preliminaryRate: 2_000_000, fixedRate: 0 },
        },
        'test',
      ),
    ).rejects.toThrow('preliminaryRate: ska vara mellan 0 och 100 %');
    await expect(
      setItem(db, { committeeId: C, period: '2025-06', key: 'Ä', area: null, inputs: { kind: 'pot', amount: 1 } }, 'test'),
    ).rejects.toThrow('key:');
    await expect(removeItem(db, C, '2025-06', 'finns-inte', 'test')).rejects.toThrow('ingen post "finns-inte"');
    expect(await snapshot(db)).toEqual(before);
  });

  it('gives the key figures to the report and to the area', async () => {
    const r = await april();
    const sick = r.kpis.find((k) => k.id === 'sjukfranvaro');
    expect(sick).toMatchObject({ name: 'Sjukfrånvaro', unit: '%', decimals: 1, target: 6_000, targetValue: 6 });
    expect(sick?.values.filter((v) => v.area === null).map((v) => v.value)).toEqual([7.9, 7.4, 7.1, 6.8]);
    const barn = await readKpis(db, C, '2025-04', 'utredning-barn');
    expect(barn.months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(barn.values.filter((v) => v.kpi === 'placeringar-hvb').map((v) => v.text)).toEqual(['14', '13', '12', '11']);
  });

  it('sets key-figure values all or nothing, naming the entry', async () => {
    const before = await snapshot(db);
    await expect(
      setKpiValues(
        db,
        C,
        [
          { kpi: 'sjukfranvaro', area: null, period: '2025-04', value: '5,5' },
          { kpi: 'Sjukfrånvaro', area: 'familjehem', period: '2025-04', value: '5,55' },
        ],
        'test',
      ),
    ).rejects.toThrow('values.1.value: "5,55" har mer än en decimal. (Sjukfrånvaro)');
    expect(await snapshot(db)).toEqual(before);
    expect(
      await setKpiValues(
        db,
        C,
        [{ kpi: 'Sjukfrånvaro', area: 'Familjehemsenheterna stöd och myndighet', period: '2025-04', value: 5.5 }],
        'test',
      ),
    ).toBe(1);
    const r = await april();
    expect(
      r.kpis.find((k) => k.id === 'sjukfranvaro')?.values.find((v) => v.area === 'familjehem' && v.period === '2025-04')?.thousandths,
    ).toBe(5_500);
  });

  it('imports a sheet of values all or nothing, naming the line and the column', async () => {
    const file = (name: string, body: string) => {
      const path = join(dir, `${Date.now()}-${name}`);
      writeFileSync(path, body);
      return path;
    };
    const before = await snapshot(db);
    const bad = [
      [
        'nyckeltal;område;period;värde\nsjukfranvaro;;2025-03;7,0\nsjukfranvaro;Utredningsenheter barn;2025-03;8,15\n',
        'kpi.csv, rad 3, kolumn "värde": "8,15" har mer än en decimal.',
      ],
      [
        'nyckeltal;område;period;värde\nsjukfranvaro;Okänt område;2025-03;8\n',
        'kpi.csv, rad 2, kolumn "område": Socialnämnden har inget område "Okänt område"',
      ],
      [
        'nyckeltal;område;period;värde\nokänt;;2025-03;8\n',
        'kpi.csv, rad 2, kolumn "nyckeltal": Socialnämnden har inget nyckeltal "okänt"',
      ],
      ['Nyckeltal;Område;Period;Värde\nsjukfranvaro;;mars;8\n', 'kpi.csv, rad 2, kolumn "Period": "mars" är ingen period'],
      ['nyckeltal;område;värde\nsjukfranvaro;;8\n', 'kpi.csv, rad 1: '],
    ] as const;
    for (const [body, message] of bad)
      await expect(importKpiValues(db, C, file('kpi.csv', body), 'kpi.csv', 'test')).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
    const saved = await importKpiValues(
      db,
      C,
      file('ok.csv', 'nyckeltal;område;period;värde\nÅrsarbetare;;2025-04;316,5\nplaceringar-hvb;utredning-barn;2025-04;10\n'),
      'ok.csv',
      'test',
    );
    expect(saved).toBe(2);
    const r = await april();
    expect(r.kpis.find((k) => k.id === 'arsarbetare')?.values.at(-1)).toEqual({
      area: null,
      period: '2025-04',
      value: 316.5,
      thousandths: 316_500,
    });
    expect(
      r.kpis.find((k) => k.id === 'placeringar-hvb')?.values.find((v) => v.area === 'utredning-barn' && v.period === '2025-04')?.value,
    ).toBe(10);
  });
});
