/**
 * A committee's report as an Excel workbook (exceljs): a title sheet "Rapport", then Områden,
 * Månader, Prognoser and Nyckeltal (report-sheets.ts). Amounts are numbers in kronor; every sheet's
 * caption names the committee, the period, "Utkast" or the version, and the unit.
 */
import type { RenderOptions, ReportDocument } from '../model.ts';
import { kronor } from './cells.ts';
import { areasTable, forecastsTable, kpisTable, monthsTable, reportMonths } from './report-sheets.ts';
import { addTableSheet } from './sheet.ts';
import { addTitleSheet, startWorkbook, statusShort, workbookBytes } from './workbook.ts';

export async function renderReportXlsx(doc: ReportDocument, options?: RenderOptions): Promise<Uint8Array> {
  const who = `${doc.committee.name}, ${doc.periodLabel}`;
  const start = startWorkbook(doc, `${doc.committee.name}: uppföljning ${doc.periodLabel}`, options);
  const { wb, heading } = start;
  const months = reportMonths(doc);
  const span = months.length > 1 ? `${months[0]}–${doc.period}` : doc.period;
  const tail = `${statusShort(doc.cover.status)}. Kronor.`;
  addTitleSheet(start, doc, {
    facts: [
      ['Nämnd', doc.committee.name],
      ['Period', `${doc.periodLabel} (${doc.period}), ackumulerat ${span}`],
      ['Räkenskapsår', doc.fiscalYear],
      ['Väsentlighetsgräns (kr)', kronor(doc.materialityThreshold)],
    ],
    sheets: [
      ['Områden', `Resultat, budget och avvikelse per verksamhetsområde, ackumulerat ${span}; årsprognos; väsentlig avvikelse.`],
      ['Månader', 'Utfall, budget och avvikelse per område och månad (inte ackumulerat); nämndens summa under tabellen.'],
      ['Prognoser', 'Årsprognosen (avvikelse mot årsbudget) som lämnades varje månad, per område.'],
      ['Nyckeltal', 'Nyckeltalens mål och värden per månad, för nämnden och per område.'],
    ],
    notes: [
      'Summaraderna ("Hela nämnden") står under filtrets område: sortering och filter flyttar dem inte.',
      'Nämndens totala årsprognos finns bara för rapportens månad; tidigare månaders totala prognos står i respektive månads rapport.',
    ],
  });
  addTableSheet(wb, areasTable(doc, `${who}: resultat per område, ackumulerat ${span}. ${tail}`), heading);
  addTableSheet(wb, monthsTable(doc, `${who}: utfall och budget per månad och område. ${tail}`), heading);
  addTableSheet(wb, forecastsTable(doc, `${who}: årsprognos (avvikelse mot årsbudget) lämnad per månad. ${tail}`), heading);
  addTableSheet(wb, kpisTable(doc, `${who}: nyckeltal per månad. ${statusShort(doc.cover.status)}.`), heading);
  return workbookBytes(wb);
}
