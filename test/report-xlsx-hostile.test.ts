/**
 * Hostile texts in the Excel workbook: the demo's April report with 40 areas whose names start
 * with = + - @ tab or CR, hold a script tag, åäö, a 300-character word, nothing, or a control
 * character. Every name is a shared string (t="s"), no sheet has a formula, a name that would
 * start a formula keeps a leading apostrophe (also in a CSV export), the others are intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { buildReport } from '#app/report.ts';
import type { AreaNumbers, ReportDocument } from '#report/model.ts';
import { renderReportXlsx } from '#report/xlsx/report.ts';
import type { Db } from '#store/db.ts';
import { freshSqlite } from './helpers/databases.ts';
import { cellXml, readWorkbook, sharedStrings, sheetRows, sheetXmlByName, zipParts } from './helpers/xlsx-read.ts';

const CMD = "=cmd|' /C calc'!A0";
const LONG_WORD = `Verksamhetsområdesuppföljningsansvarsfördelningsöversyn${'å'.repeat(300)}`.slice(0, 300);
const NAMES = [
  CMD,
  '@SUM(A1)',
  '+46 8 123 45',
  '-1+1',
  '\tflik',
  '\rvagnretur',
  '<script>alert(1)</script>',
  'Åäö ÅÄÖ éü',
  LONG_WORD,
  '',
  'styr\u0001tecken',
];
/** What a cell holds for a name: an apostrophe before a formula's first character, LF for CR, U+FFFD for a control character. */
const STORED = [
  `'${CMD}`,
  "'@SUM(A1)",
  "'+46 8 123 45",
  "'-1+1",
  "'\tflik",
  "'\nvagnretur",
  '<script>alert(1)</script>',
  'Åäö ÅÄÖ éü',
  LONG_WORD,
  '',
  'styr\ufffdtecken',
];

/** The demo's report with 40 areas (the demo's, repeated) named as above, then "Område n". */
function hostile(doc: ReportDocument): ReportDocument {
  const areas: AreaNumbers[] = Array.from({ length: 40 }, (_, i) => {
    const base = doc.areas[i % doc.areas.length] as AreaNumbers;
    return { ...base, id: `a${i}`, name: NAMES[i] ?? `Område ${i} med åäö` };
  });
  const monthsOf = (i: number) => doc.monthly.find((m) => m.areaId === doc.areas[i % doc.areas.length]?.id)?.months ?? [];
  const kpi = doc.kpis[0];
  return {
    ...doc,
    title: 'Resultatrapport april 2025: Nämnd & <Co>',
    committee: { ...doc.committee, name: 'Nämnd & <Co>' },
    areas,
    monthly: [...areas.map((a, i) => ({ areaId: a.id, months: monthsOf(i) })), ...doc.monthly.filter((m) => m.areaId === '')],
    kpis: kpi ? [{ ...kpi, name: '=HYPERLINK("http://x")', unit: '@', values: kpi.values.map((v) => ({ ...v, area: 'a0' })) }] : [],
    committeeItems: [{ key: 'x', label: '+1+1', amount: 100, includedInAreaId: null, group: null }],
  };
}

describe('hostile texts in the XLSX workbook', () => {
  let db: Db;
  let doc: ReportDocument;
  let bytes: Uint8Array;
  let parts: Map<string, string>;
  let sheets: Map<string, string>;
  beforeAll(async () => {
    db = await freshSqlite();
    await loadDemo(db);
    doc = hostile(await buildReport(db, 'socialnamnden', '2025-04'));
    bytes = await renderReportXlsx(doc, { now: new Date('2025-05-06T08:00:00Z') });
    parts = await zipParts(bytes);
    sheets = sheetXmlByName(parts);
  });
  afterAll(() => db?.close());

  it('stores every name as a shared string, never a formula', () => {
    const strings = sharedStrings(parts);
    const xml = sheets.get('Områden') ?? '';
    STORED.forEach((stored, i) => {
      const cell = cellXml(xml, `A${i + 3}`) ?? '';
      expect(cell).toMatch(/ t="s"/);
      expect(cell).not.toMatch(/<f[ >]/);
      expect(strings[Number(/<v>(\d+)<\/v>/.exec(cell)?.[1])]).toBe(stored);
    });
    for (const [name, part] of sheets) expect(part, name).not.toMatch(/<f[ >]/);
    expect(parts.get('xl/sharedStrings.xml')).toContain('&lt;script&gt;');
  });

  it('reads back with 40 areas, their names intact or guarded, and the total below', async () => {
    const wb = await readWorkbook(bytes);
    const rows = sheetRows(wb.getWorksheet('Områden')!, 3);
    expect(rows).toHaveLength(41);
    expect(rows.slice(0, STORED.length).map((r) => r[0] ?? '')).toEqual(STORED);
    expect(rows[40]?.[0]).toBe('Hela nämnden');
    expect(String(rows[8]?.[0])).toHaveLength(300);
    expect(wb.getWorksheet('Områden')!.getColumn(1).width).toBeLessThanOrEqual(60);
    expect(sheetRows(wb.getWorksheet('Månader')!, 3)).toHaveLength(41 * 4);
    const kpiRow = sheetRows(wb.getWorksheet('Nyckeltal')!, 3)[0] ?? [];
    expect(kpiRow.slice(0, 4)).toEqual(['\'=HYPERLINK("http://x")', "'@", kpiTarget(doc), `'${CMD}`]);
    expect(sheetRows(wb.getWorksheet('Prognoser')!, 3).some((r) => r[0] === "'+1+1")).toBe(true);
  });

  it('escapes & in the printed header (a code there) and keeps the name in the caption', async () => {
    const ws = (await readWorkbook(bytes)).getWorksheet('Områden')!;
    expect(ws.headerFooter.oddHeader).toMatch(/^&LResultatrapport april 2025: Nämnd && <Co>&RUtkast, skapat 2025-05-06$/);
    expect(String(ws.getCell('A1').value)).toMatch(/^Nämnd & <Co>, april 2025/);
  });

  it('exports to CSV with no text field that would start a formula', async () => {
    const wb = await readWorkbook(bytes);
    for (const ws of wb.worksheets) {
      for (const row of sheetRows(ws)) {
        for (const value of row) if (typeof value === 'string') expect(value, ws.name).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const csv = (await wb.csv.writeBuffer({ sheetName: 'Områden' })).toString();
    expect(csv).toContain(`'=cmd|`);
    for (const line of csv.split('\n')) expect(line).not.toMatch(/^"?[=@+]/);
  });
});

function kpiTarget(doc: ReportDocument): number | null {
  const target = doc.kpis[0]?.target ?? null;
  return target === null ? null : target / 1000;
}
