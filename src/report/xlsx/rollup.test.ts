/**
 * The roll-up's workbook from a roll-up document made by hand (two committees, one published and
 * one a draft without forecast), read back with exceljs and as XML.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cellXml, readWorkbook, sheetRows, sheetXmlByName, zipParts } from '#test/helpers/xlsx-read.ts';
import type { RollupDocument } from '../rollup-model.ts';
import { renderRollupXlsx } from './rollup.ts';

/** Öre of an amount in mnkr, as an integer. */
const mnkr = (amount: number) => Math.round(amount * 100_000_000);

const DOC: RollupDocument = {
  title: 'Kommunens resultatrapport april 2025',
  cover: {
    municipality: 'Exempelkommun',
    logo: null,
    organisation: 'Kommunstyrelsen',
    title: 'Resultatrapport april 2025',
    subtitle: '',
    status: { kind: 'draft' },
  },
  sections: [],
  figures: {},
  period: '2025-04',
  periodLabel: 'april 2025',
  committees: [
    {
      id: 'socialnamnden',
      name: 'Socialnämnden',
      status: { kind: 'published', version: 2, publishedAt: '2025-05-12T21:30:00Z', publishedBy: 'Anna Controller' },
      actualResult: mnkr(13.7) + 12,
      budgetResult: mnkr(3.2),
      deviation: mnkr(10.5) + 12,
      forecastDeviation: mnkr(22),
      investments: { adjustedBudget: mnkr(1.7), actual: mnkr(0.2) },
      ksTexts: { result: '', forecast: '', investment: '' },
    },
    {
      id: 'tekniska',
      name: "=cmd|' /C calc'!A0 Tekniska nämnden åäö",
      status: { kind: 'draft' },
      actualResult: mnkr(-2),
      budgetResult: mnkr(-1.5),
      deviation: mnkr(-0.5),
      forecastDeviation: null,
      investments: { adjustedBudget: mnkr(40), actual: mnkr(12.25) },
      ksTexts: { result: '', forecast: '', investment: '' },
    },
  ],
  notes: [],
  total: {
    actualResult: mnkr(11.7) + 12,
    budgetResult: mnkr(1.7),
    deviation: mnkr(10) + 12,
    forecastDeviation: mnkr(22),
    investments: { adjustedBudget: mnkr(41.7), actual: mnkr(12.45) },
  },
};

const ore = (kronor: unknown) => Math.round(Number(kronor) * 100);

describe('renderRollupXlsx', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderRollupXlsx(DOC, { now: new Date('2025-05-13T07:00:00Z') });
  });

  it('lists each committee with its figures as numbers in kronor and its source', async () => {
    const wb = await readWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rapport', 'Nämnder']);
    const ws = wb.getWorksheet('Nämnder')!;
    const [header, ...rows] = sheetRows(ws, 2);
    expect(header).toEqual([
      'Nämnd',
      'Utfall',
      'Budget',
      'Avvikelse',
      'Årsprognos (avvikelse)',
      'Investeringar, justerad budget',
      'Investeringar, utfall',
      'Källa',
    ]);
    DOC.committees.forEach((c, i) => {
      const row = rows[i] ?? [];
      const n = [c.actualResult, c.budgetResult, c.deviation, c.forecastDeviation, c.investments.adjustedBudget, c.investments.actual];
      expect(row.slice(1, 7).map((v) => (v === null ? null : ore(v)))).toEqual(n);
    });
    expect(rows[0]?.[0]).toBe('Socialnämnden');
    expect(rows[0]?.[7]).toBe('Version 2');
    expect(rows[1]?.[0]).toBe("'=cmd|' /C calc'!A0 Tekniska nämnden åäö");
    expect(rows[1]?.[7]).toBe('Utkast');
  });

  it("writes the municipality's total from doc.total, in bold, below the filter", async () => {
    const ws = (await readWorkbook(bytes)).getWorksheet('Nämnder')!;
    const total = sheetRows(ws, 5)[0] ?? [];
    const t = DOC.total;
    expect(total[0]).toBe('Kommunen totalt');
    expect(total.slice(1, 7).map(ore)).toEqual([
      t.actualResult,
      t.budgetResult,
      t.deviation,
      t.forecastDeviation,
      t.investments.adjustedBudget,
      t.investments.actual,
    ]);
    expect(ws.getCell('A5').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBeTruthy();
  });

  it('stores names as shared strings and numbers as numbers, with no formula', async () => {
    const parts = await zipParts(bytes);
    const sheets = sheetXmlByName(parts);
    const xml = sheets.get('Nämnder') ?? '';
    expect(xml).toContain('<autoFilter ref="A2:H4"/>');
    expect(xml).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
    expect(cellXml(xml, 'A4')).toMatch(/ t="s"/);
    expect(cellXml(xml, 'B3')).toMatch(/^<c r="B3" s="\d+"><v>13700000.12<\/v><\/c>$/);
    expect(cellXml(xml, 'E4') ?? '').not.toMatch(/<v>/);
    for (const part of sheets.values()) expect(part).not.toMatch(/<f[ >]/);
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Kommunens resultatrapport april 2025</dc:title>');
  });

  it('says draft on the title sheet and every page, and the committee versions by Stockholm date', async () => {
    const wb = await readWorkbook(bytes);
    const facts = new Map(sheetRows(wb.getWorksheet('Rapport')!).map((r) => [r[0], r[1]]));
    expect(facts.get('Status')).toBe('Utkast, skapat 2025-05-13');
    expect(facts.get('Kommun')).toBe('Exempelkommun');
    expect(wb.getWorksheet('Nämnder')!.headerFooter.oddHeader).toMatch(/&RUtkast, skapat 2025-05-13$/);
    const published = await renderRollupXlsx(
      { ...DOC, cover: { ...DOC.cover, status: DOC.committees[0]!.status } },
      { now: new Date('2025-05-13T07:00:00Z') },
    );
    const pub = new Map(sheetRows((await readWorkbook(published)).getWorksheet('Rapport')!).map((r) => [r[0], r[1]]));
    // Published 21:30 UTC is 23:30 in Stockholm: still the 12th.
    expect(pub.get('Status')).toBe('Version 2, publicerad 2025-05-12 av Anna Controller');
  });
});
