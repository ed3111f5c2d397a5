/**
 * Use case: forecast accuracy (prognossäkerhet) of a fiscal year, once its last month is in the
 * ledger: per area and month the forecast against the outcome (the area's actual full-year
 * deviation), and the committee's monthly totals (with committee items outside the areas) against
 * the committee's outcome. Percentages are of the annual budgeted net cost (core forecast-accuracy.ts).
 */
import type { ForecastAccuracyJson } from '#contract/forecasts.ts';
import { budgetedNetCost, forecastAccuracy } from '#core/forecast-accuracy.ts';
import { fiscalYearOf, formatPeriod, periodLabel } from '#core/period.ts';
import { hasDataFor } from '#store/amounts.ts';
import type { Db } from '#store/db.ts';
import { committeeIn } from './committees.ts';
import { InputError } from './errors.ts';
import { forecastAreas, readForecastYear } from './forecast-year.ts';
import { monthTotal } from './forecasts.ts';

export const ACCURACY_BASE = 'Årets budgeterade nettokostnad (kostnader minus intäkter i årsbudgeten, kommunbidraget oräknat)';

/** `fiscalYear`: the calendar year the fiscal year starts in ("2025"). */
export async function readForecastAccuracy(db: Db, committeeId: string, fiscalYear: string): Promise<ForecastAccuracyJson> {
  if (!/^\d{4}$/.test(fiscalYear))
    throw new InputError(`"${fiscalYear}" är inget räkenskapsår: ange året det börjar, t.ex. 2025`, 'fiscal-year');
  return db.snapshot(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const start = formatPeriod({ year: Number(fiscalYear), month: committee.fiscalYearStartMonth });
    const end = fiscalYearOf(start, committee.fiscalYearStartMonth).end;
    if (!(await hasDataFor(q, committeeId, end)))
      throw new InputError(
        `räkenskapsåret ${fiscalYear} är inte avslutat i bokföringen: ${periodLabel(end)} saknas, så utfallet för helåret är inte känt`,
        'fiscal-year',
      );
    const full = await readForecastYear(q, committee, end);
    const areas = forecastAreas(full).map((a) => ({
      id: a.area.id,
      name: a.area.name,
      ...forecastAccuracy({
        outcome: a.deviation,
        netCost: budgetedNetCost(full.annual.areas.find((y) => y.area.id === a.area.id) ?? { byGroup: [] }),
        forecasts: full.forecasts.filter((f) => f.areaId === a.area.id),
      }),
    }));
    const months = full.periodsWithData.flatMap((p) => {
      const forecast = monthTotal(full, p);
      return forecast === null ? [] : [{ period: p, deviation: forecast }];
    });
    return {
      committee: { id: committee.id, name: committee.name },
      fiscalYear: full.fiscalYear,
      base: ACCURACY_BASE,
      areas,
      total: forecastAccuracy({
        outcome: full.toDate.total.deviation,
        netCost: areas.reduce((s, a) => s + a.netCost, 0),
        forecasts: months,
      }),
    };
  });
}
