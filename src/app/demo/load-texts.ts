/** The demo committee's texts, saved through the texts' use case as a person would (each text's history starts with it). */

import type { TextKind } from '#core/texts.ts';
import type { Db } from '#store/db.ts';
import { saveTexts } from '../texts.ts';
import type { DemoPeriodTexts } from './demo-committee.ts';
import { COMMITTEE } from './socialnamnden.ts';
import { DEMO_TEXTS } from './socialnamnden-texts.ts';

function textRows(t: DemoPeriodTexts): { areaId: string; kind: TextKind; body: string }[] {
  const rows: { areaId: string; kind: TextKind; body: string }[] = [
    { areaId: '', kind: 'summary', body: t.summary },
    { areaId: '', kind: 'forecast_summary', body: t.forecastSummary },
    { areaId: '', kind: 'investment_comment', body: t.investmentComment },
    { areaId: '', kind: 'ks_result', body: t.ksResult },
    { areaId: '', kind: 'ks_forecast', body: t.ksForecast },
    { areaId: '', kind: 'ks_investment', body: t.ksInvestment },
  ];
  for (const [areaId, a] of Object.entries(t.areas)) {
    if (!a) continue;
    if (a.comment) rows.push({ areaId, kind: 'comment', body: a.comment });
    if (a.action) rows.push({ areaId, kind: 'action', body: a.action });
    if (a.forecastComment) rows.push({ areaId, kind: 'forecast_comment', body: a.forecastComment });
  }
  return rows;
}

/**
 * Saves every demo text of every period (written at the end of its month), a period in one
 * transaction. Loading the demo again saves over what is stored (no version named); an unchanged
 * text adds no version.
 */
export function loadDemoTexts(db: Db, user: string): Promise<void> {
  return saveDemoTexts(db, COMMITTEE.id, DEMO_TEXTS, user);
}

/** Saves a demo committee's texts, period by period (a period without texts copies the earlier ones). */
export async function saveDemoTexts(
  db: Db,
  committeeId: string,
  texts: Readonly<Record<string, DemoPeriodTexts>>,
  user: string,
): Promise<void> {
  for (const [period, t] of Object.entries(texts)) {
    const rows = textRows(t).map((r) => ({ committeeId, period, ...r, version: null, user }));
    await saveTexts(db, rows, new Date(`${period}-28T12:00:00Z`));
  }
}
