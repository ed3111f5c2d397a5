/**
 * The demo's April report as an Excel workbook, read back with exceljs and by unzipping its XML:
 * the sheets and headers, every area's figures as numeric cells in kronor equal to the report's
 * (and to the seed's mnkr), the committee's total from doc.total, the months summing to the year
 * to date, frozen panes and autofilters, the file's properties, and the time it takes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { buildReport } from '#app/report.ts';
import { mnkrRounded } from '#core/format.ts';
import type { ReportDocument } from '#report/model.ts';
import { renderReportXlsx } from '#report/xlsx/report.ts';
import type { Db } from '#store/db.ts';
import seed from './fixtures/seed-figures.json' with { type: 'json' };
import { freshSqlite } from './helpers/databases.ts';
import { cellXml, readWorkbook, sharedStrings, sheetRows, sheetXmlByName, zipParts } from './helpers/xlsx-read.ts';

const NOW = new Date('2025-05-06T08:00:00Z');
const ore = (kronor: unknown) => Math.round(Number(kronor) * 100);
const col = (i: number) => String.fromCharCode(65 + i);

describe('the demo April report as XLSX', () => {
  let db: Db;
  let doc: ReportDocument;
  let bytes: Uint8Array;
  let sheets: Map<string, string>;
  let parts: Map<string, string>;
  beforeAll(async () => {
    db = await freshSqlite();
    await loadDemo(db);
    doc = await buildReport(db, 'socialnamnden', '2025-04');
    bytes = await renderReportXlsx(doc, { now: NOW });
    parts = await zipParts(bytes);
    sheets = sheetXmlByName(parts);
  });
  afterAll(() => db?.close());

  it('has the title sheet and the four tables with their headers', async () => {
    expect([...sheets.keys()]).toEqual(['Rapport', 'Områden', 'Månader', 'Prognoser', 'Nyckeltal']);
    const wb = await readWorkbook(bytes);
    const header = (name: string) => sheetRows(wb.getWorksheet(name)!, 2)[0];
    expect(header('Områden')).toEqual([
      'Område',
      'Utfall',
      'Budget',
      'Avvikelse',
      'Avvikelse 2025-03',
      'Årsprognos (avvikelse)',
      'Väsentlig',
    ]);
    expect(header('Månader')).toEqual(['Månad', 'Område', 'Utfall', 'Budget', 'Avvikelse']);
    expect(header('Prognoser')).toEqual(['Område eller nämndgemensam post', '2025-01', '2025-02', '2025-03', '2025-04']);
    expect(header('Nyckeltal')).toEqual(['Nyckeltal', 'Enhet', 'Mål', 'Område', '2025-01', '2025-02', '2025-03', '2025-04']);
    const title = sheetRows(wb.getWorksheet('Rapport')!);
    expect(title[0]?.[0]).toBe('Resultatrapport april 2025: Socialnämnden');
    const facts = new Map(title.map((r) => [r[0], r[1]]));
    expect(facts.get('Nämnd')).toBe('Socialnämnden');
    expect(facts.get('Status')).toBe('Utkast, skapat 2025-05-06');
    expect(String(facts.get('Belopp'))).toMatch(/kronor/);
    for (const name of ['Områden', 'Månader', 'Prognoser', 'Nyckeltal']) {
      expect(String(wb.getWorksheet(name)!.getCell('A1').value)).toMatch(/^Socialnämnden, april 2025: .*Utkast/);
      expect(wb.getWorksheet(name)!.headerFooter.oddHeader).toContain('Utkast');
    }
  });

  it('names a published version instead of the draft, on every sheet and page', async () => {
    const status = { kind: 'published' as const, version: 2, publishedAt: '2025-05-12T08:00:00Z', publishedBy: 'Anna Controller' };
    const published = await renderReportXlsx({ ...doc, cover: { ...doc.cover, status } }, { now: NOW });
    const wb = await readWorkbook(published);
    const facts = new Map(sheetRows(wb.getWorksheet('Rapport')!).map((r) => [r[0], r[1]]));
    expect(facts.get('Status')).toBe('Version 2, publicerad 2025-05-12 av Anna Controller');
    for (const ws of wb.worksheets.slice(1)) {
      expect(String(ws.getCell('A1').value)).toContain('Version 2.');
      expect(ws.headerFooter.oddHeader).toContain('&RVersion 2, publicerad 2025-05-12');
    }
    expect(sharedStrings(await zipParts(published)).join('\n')).not.toContain('Utkast');
  });

  it('gives every area its figures as numeric cells in kronor, equal to the report and the seed', () => {
    const xml = sheets.get('Områden') ?? '';
    expect(doc.areas.length).toBeGreaterThan(10);
    doc.areas.forEach((a, i) => {
      const r = i + 3;
      const figures = [a.actualResult, a.budgetResult, a.deviation, a.previousDeviation, a.forecastDeviation];
      figures.forEach((amount, j) => {
        const cell = cellXml(xml, `${col(j + 1)}${r}`) ?? '';
        if (amount === null) {
          expect(cell).not.toMatch(/<v>/);
          return;
        }
        expect(cell).not.toMatch(/ t="/);
        expect(ore(/<v>([^<]+)<\/v>/.exec(cell)?.[1])).toBe(amount);
      });
    });
    const rows = new Map(doc.areas.map((a, i) => [a.name, i + 3]));
    for (const row of seed.areaDeviations.rows) {
      const cell = cellXml(xml, `D${rows.get(row.area)}`) ?? '';
      expect(mnkrRounded(ore(/<v>([^<]+)<\/v>/.exec(cell)?.[1]))).toBe(row.aprilMnkr);
    }
  });

  it('writes the total from doc.total as values, not a SUM', async () => {
    const ws = (await readWorkbook(bytes)).getWorksheet('Områden')!;
    const total = sheetRows(ws, doc.areas.length + 3)[0] ?? [];
    expect(total[0]).toBe('Hela nämnden');
    const t = doc.total;
    expect(total.slice(1, 6).map(ore)).toEqual([t.actualResult, t.budgetResult, t.deviation, t.previousDeviation, t.forecastDeviation]);
    expect(mnkrRounded(ore(total[3]))).toBe(seed.result.accumulatedDeviationMnkr);
    expect(mnkrRounded(ore(total[5]))).toBe(seed.annualForecast.totalMnkr);
    expect(ws.getCell(doc.areas.length + 3, 1).font?.bold).toBe(true);
    expect(ws.getCell(3, 4).numFmt).toBe('+#,##0;-#,##0;0');
    expect(ws.getCell(3, 2).numFmt).toBe('#,##0');
    for (const part of sheets.values()) expect(part).not.toMatch(/<f[ >]/);
  });

  it('lists months × areas whose sums are the year to date of each area and of the committee', async () => {
    const rows = sheetRows((await readWorkbook(bytes)).getWorksheet('Månader')!, 3);
    const sums = new Map<string, { actual: number; budget: number; deviation: number; months: string[] }>();
    for (const [month, area, actual, budget, deviation] of rows) {
      const s = sums.get(String(area)) ?? { actual: 0, budget: 0, deviation: 0, months: [] };
      s.actual += ore(actual);
      s.budget += ore(budget);
      s.deviation += ore(deviation);
      s.months.push(String(month));
      sums.set(String(area), s);
    }
    for (const a of [...doc.areas, { name: 'Hela nämnden', ...doc.total }]) {
      const s = sums.get(a.name);
      expect(s?.months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
      expect([s?.actual, s?.budget, s?.deviation]).toEqual([a.actualResult, a.budgetResult, a.deviation]);
    }
    expect(sums.size).toBe(doc.areas.length + 1);
  });

  it('gives each area the year forecast of every month so far, and the total this month', async () => {
    const rows = sheetRows((await readWorkbook(bytes)).getWorksheet('Prognoser')!, 3);
    const byName = new Map(rows.map((r) => [r[0], r.slice(1)]));
    for (const a of doc.areas) {
      const cells = byName.get(a.name) ?? [];
      expect(ore(cells[3])).toBe(a.forecastDeviation);
      for (const h of a.forecastHistory) expect(ore(cells[Number(h.period.slice(5)) - 1])).toBe(h.deviation);
    }
    expect(doc.areas.some((a) => a.forecastHistory.length > 0)).toBe(true);
    const total = rows[rows.length - 1] ?? [];
    expect(total[0]).toBe('Hela nämnden');
    expect(ore(total[4])).toBe(doc.total.forecastDeviation);
    // The current month's column sums to the total: areas and the committee-level items.
    const column = rows.slice(0, -1).reduce((s, r) => s + (r[4] === null ? 0 : ore(r[4])), 0);
    expect(column).toBe(doc.total.forecastDeviation);
  });

  it('lists the key figures with their values per month as numbers', async () => {
    expect(doc.kpis.length).toBeGreaterThan(0);
    const ws = (await readWorkbook(bytes)).getWorksheet('Nyckeltal')!;
    const rows = sheetRows(ws, 3);
    for (const k of doc.kpis) {
      for (const v of k.values) {
        const area = v.area === null ? 'Hela nämnden' : doc.areas.find((a) => a.id === v.area)?.name;
        const row = rows.findIndex((r) => r[0] === k.name && r[3] === area);
        expect(row).toBeGreaterThanOrEqual(0);
        const cell = ws.getCell(row + 3, 4 + Number(v.period.slice(5)));
        expect(cell.value).toBe(v.value / 1000);
        expect(cell.numFmt).toBe(k.decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(k.decimals)}`);
      }
    }
  });

  it('freezes the header rows and filters every table', async () => {
    const wb = await readWorkbook(bytes);
    for (const name of ['Områden', 'Månader', 'Prognoser', 'Nyckeltal']) {
      const xml = sheets.get(name) ?? '';
      expect(xml).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
      expect(xml).toMatch(/<autoFilter ref="A2:[A-Z]+\d+"/);
      expect(wb.getWorksheet(name)!.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    }
    expect(sheets.get('Områden')).toContain(`<autoFilter ref="A2:G${doc.areas.length + 2}"`);
  });

  it('sets the title, creator and language', () => {
    const core = parts.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:title>Resultatrapport april 2025: Socialnämnden</dc:title>');
    expect(core).toContain('<dc:creator>Uppföljning</dc:creator>');
    expect(core).toContain('<dc:language>sv-SE</dc:language>');
    expect(sharedStrings(parts)).toContain('Socialnämnden');
  });
});
