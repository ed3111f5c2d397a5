/**
 * Use cases: save forecasts (one, or a block of the grid: every one or none) and remove one. A
 * forecast is given as the expected full-year deviation or as the full-year result; a result is
 * stored as its deviation against the area's annual budgeted result (forecast-year.ts). Each row
 * keeps who saved it and when. An error names the area and the month.
 */
import { deviationOfResult } from '#core/forecast-baselines.ts';
import type { Ore } from '#core/money.ts';
import { fiscalYearOf, isPeriod, periodLabel } from '#core/period.ts';
import { normalizeText, textProblem } from '#core/texts.ts';
import { recordAudit } from '#store/audit.ts';
import type { Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { deleteForecast, upsertForecast } from '#store/forecasts.ts';
import { committeeForPeriod, committeeIn } from './committees.ts';
import { InputError, NotFoundError } from './errors.ts';
import { annualBudgetOf, type ForecastYear, forecastAreas, readForecastYear } from './forecast-year.ts';
import { saveTextIn } from './texts.ts';

export interface ForecastEntry {
  period: string;
  /** The area's id or name (any case). */
  area: string;
  /** Exactly one of deviation and result. */
  deviation?: Ore | undefined;
  result?: Ore | undefined;
  /** The forecast's comment (text kind forecast_comment), saved over the stored one; absent: unchanged. */
  comment?: string | undefined;
}

export interface SavedForecast {
  period: string;
  areaId: string;
  areaName: string;
  deviation: Ore;
}

/** Saves every entry or none (one transaction); the first bad entry's error names its area and month. */
export async function saveForecasts(
  db: Db,
  committeeId: string,
  entries: readonly ForecastEntry[],
  user: string,
  now = new Date(),
): Promise<SavedForecast[]> {
  return db.write(async (q) => {
    await committeeIn(q, committeeId);
    const years = new Map<string, ForecastYear>();
    const saved: SavedForecast[] = [];
    // What each (area, month) held before this call, updated as the entries save (a block may name one twice).
    const held = new Map<string, Ore>();
    for (const e of entries) {
      const year = await yearFor(q, years, committeeId, e);
      const area = findArea(year, e);
      const where = `Prognos för ${area.name}, ${periodLabel(e.period)}`;
      if ((e.deviation === undefined) === (e.result === undefined))
        throw new InputError('ange antingen avvikelsen eller helårsresultatet, ett av dem', where);
      const deviation = e.deviation ?? deviationOfResult(e.result ?? 0, annualBudgetOf(year, area.id));
      if (!Number.isSafeInteger(deviation)) throw new InputError('beloppet är inte ett helt antal öre eller för stort', where);
      await upsertForecast(q, committeeId, { period: e.period, areaId: area.id, deviation, updatedBy: user, updatedAt: now.toISOString() });
      const heldKey = `${area.id}\u0000${e.period}`;
      const before = held.has(heldKey)
        ? held.get(heldKey)
        : year.forecasts.find((f) => f.period === e.period && f.areaId === area.id)?.deviation;
      held.set(heldKey, deviation);
      if (before !== deviation)
        await recordAudit(
          q,
          {
            user,
            committeeId,
            areaId: area.id,
            period: e.period,
            entity: 'forecast',
            key: area.id,
            action: before === undefined ? 'create' : 'update',
            before: before === undefined ? null : { deviation: before },
            after: { deviation },
          },
          now.toISOString(),
        );
      if (e.comment !== undefined) {
        const problem = textProblem('forecast_comment', normalizeText(e.comment));
        if (problem) throw new InputError(problem, `${where}: kommentar`);
        const text = { committeeId, period: e.period, areaId: area.id, kind: 'forecast_comment' as const };
        await saveTextIn(q, { ...text, body: e.comment, version: null, user }, now);
      }
      saved.push({ period: e.period, areaId: area.id, areaName: area.name, deviation });
    }
    return saved;
  });
}

/** Removes the area's forecast of the period (NotFoundError when it has none). */
export async function removeForecast(db: Db, committeeId: string, period: string, area: string, user: string): Promise<SavedForecast> {
  return db.write(async (q) => {
    const year = await yearFor(q, new Map(), committeeId, { period, area });
    const found = findArea(year, { area });
    const removed = await deleteForecast(q, committeeId, period, found.id);
    const old = year.forecasts.find((f) => f.period === period && f.areaId === found.id);
    if (!removed || !old) throw new NotFoundError(`${found.name} har ingen prognos för ${periodLabel(period)}.`);
    await recordAudit(q, {
      user,
      committeeId,
      areaId: found.id,
      period,
      entity: 'forecast',
      key: found.id,
      action: 'delete',
      before: { deviation: old.deviation },
      after: null,
    });
    return { period, areaId: found.id, areaName: found.name, deviation: old.deviation };
  });
}

async function yearFor(q: Q, years: Map<string, ForecastYear>, committeeId: string, e: { period: string; area: string }) {
  if (!isPeriod(e.period))
    throw new InputError(`"${e.period}" är ingen period (ange år och månad som ÅÅÅÅ-MM, t.ex. 2025-04)`, `Prognos för ${e.area}`);
  const committee = await committeeIn(q, committeeId);
  const key = fiscalYearOf(e.period, committee.fiscalYearStartMonth).start;
  let year = years.get(key);
  if (!year) {
    try {
      await committeeForPeriod(q, committeeId, e.period);
    } catch (error) {
      if (error instanceof NotFoundError)
        throw new InputError(`${error.message} Prognos kan lämnas för månader med bokföring.`, `Prognos för ${e.area}`);
      throw error;
    }
    year = await readForecastYear(q, committee, e.period);
    years.set(key, year);
  } else if (!year.periodsWithData.includes(e.period)) {
    throw new InputError(
      `${committee.name} har ingen bokföring för ${periodLabel(e.period)}. Prognos kan lämnas för månader med bokföring.`,
      `Prognos för ${e.area}`,
    );
  }
  return year;
}

function findArea(year: ForecastYear, e: { area: string }) {
  const wanted = e.area.trim();
  const lower = wanted.toLocaleLowerCase('sv');
  const found = forecastAreas(year).find((a) => a.area.id === wanted || a.area.name.toLocaleLowerCase('sv') === lower);
  if (!found) throw new InputError(`området "${wanted}" finns inte i ${year.committee.name}`, 'Prognos');
  return found.area;
}
