/**
 * The roll-up to kommunstyrelsen as an Excel workbook: a title sheet "Rapport", and "Nämnder":
 * one row per committee (result, budget, deviation, year forecast, investments' adjusted budget
 * and actual, and where the figures come from: "Utkast" or "Version N"), the municipality's total
 * below (doc.total, written as values). Same conventions as the committee's workbook.
 */
import type { RenderOptions } from '../model.ts';
import type { RollupDocument, RollupNumbers } from '../rollup-model.ts';
import { kronor, kronorOrEmpty } from './cells.ts';
import { addTableSheet, amountColumn, type CellValue, RESULT_COLUMNS, type SheetTable, signedColumn, textColumn } from './sheet.ts';
import { addTitleSheet, startWorkbook, statusShort, workbookBytes } from './workbook.ts';

export const MUNICIPALITY_ROW = 'Kommunen totalt';

const figures = (n: RollupNumbers): CellValue[] => [
  kronor(n.actualResult),
  kronor(n.budgetResult),
  kronor(n.deviation),
  kronorOrEmpty(n.forecastDeviation),
  kronor(n.investments.adjustedBudget),
  kronor(n.investments.actual),
];

export function committeesTable(doc: RollupDocument, caption: string): SheetTable {
  return {
    name: 'Nämnder',
    caption,
    columns: [
      textColumn('Nämnd'),
      ...RESULT_COLUMNS,
      signedColumn('Årsprognos (avvikelse)'),
      amountColumn('Investeringar, justerad budget'),
      amountColumn('Investeringar, utfall'),
      textColumn('Källa'),
    ],
    rows: doc.committees.map((c) => ({ cells: [c.name, ...figures(c), statusShort(c.status)] })),
    totals: [{ cells: [MUNICIPALITY_ROW, ...figures(doc.total), null] }],
  };
}

export async function renderRollupXlsx(doc: RollupDocument, options?: RenderOptions): Promise<Uint8Array> {
  const who = `${doc.cover.organisation}, ${doc.periodLabel}`;
  const start = startWorkbook(doc, `${doc.cover.organisation}: nämndernas uppföljning ${doc.periodLabel}`, options);
  const { wb, heading } = start;
  addTitleSheet(start, doc, {
    facts: [
      ['Till', doc.cover.organisation],
      ['Period', `${doc.periodLabel} (${doc.period})`],
      ['Nämnder', String(doc.committees.length)],
    ],
    sheets: [['Nämnder', 'Varje nämnds resultat, budget, avvikelse, årsprognos och investeringar; kommunens summa under tabellen.']],
    notes: ['Källa: den senast publicerade versionen av nämndens rapport ("Version N"), annars nämndens arbetsutkast ("Utkast").'],
  });
  const caption = `${who}: nämndernas resultat, ackumulerat. ${statusShort(doc.cover.status)}. Kronor.`;
  addTableSheet(wb, committeesTable(doc, caption), heading);
  return workbookBytes(wb);
}
