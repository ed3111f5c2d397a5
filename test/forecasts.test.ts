/**
 * Forecasts end to end on both databases: each input (a deviation, a full-year result, a batch, a
 * removal) changes the report JSON as expected; a bad batch changes nothing; baselines, history
 * and accuracy have the figures computed by hand.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { InputError, NotFoundError } from '#app/errors.ts';
import { readForecastAccuracy } from '#app/forecast-accuracy.ts';
import { removeForecast, saveForecasts } from '#app/forecast-save.ts';
import { listForecasts } from '#app/forecasts.ts';
import { importSie } from '#app/import-sie.ts';
import { buildReport } from '#app/report.ts';
import { tkr } from '#core/money.ts';
import { toJsonContract } from '#report/json.ts';
import type { Db } from '#store/db.ts';
import { snapshot, TEST_DATABASES } from './helpers/databases.ts';
import { writeWholeYearSie } from './helpers/forecast-year.ts';

const C = 'socialnamnden';
const report = async (db: Db, period = '2025-04') => toJsonContract(await buildReport(db, C, period));
const areaOf = async (db: Db, id: string) => (await report(db)).areas.find((a) => a.code === id);

describe.each(TEST_DATABASES)('forecasts on $name', (database) => {
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
    await loadDemo(db, 'demo', { committees: 'socialnamnden' });
  });
  afterAll(async () => db?.close());

  it('the demo, loaded through the use case, gives the seed April total +22,0 mnkr, the history and the baselines', async () => {
    const r = await report(db);
    expect(r.total.forecastDeviation).toBe(tkr(22_000));
    const rekrytering = r.areas.find((a) => a.code === 'rekrytering');
    expect(rekrytering?.forecastDeviation).toBe(tkr(5000));
    expect(rekrytering?.forecastHistory).toEqual([
      { period: '2025-01', deviation: tkr(2000) },
      { period: '2025-02', deviation: tkr(3500) },
      { period: '2025-03', deviation: tkr(4200) },
    ]);
    // Periodized = the deviation to date; run-rate = actual / 4 × 12 against the annual budget.
    expect(rekrytering?.baselineForecast?.periodized).toBe(rekrytering?.deviation);
    const list = await listForecasts(db, C, '2025-04');
    const area = list.areas.find((a) => a.id === 'rekrytering');
    expect(area?.baseline.runRate).toBe(Math.round((area?.actualToDate ?? 0) * 3) - (area?.annualBudget ?? 0));
    expect(area?.change).toBe(tkr(800));
    expect(list.total).toMatchObject({ forecast: tkr(22_000), previous: tkr(17_000), change: tkr(5000) });
  });

  it('a deviation typed for one area changes that area and the total in the report', async () => {
    const [saved] = await saveForecasts(db, C, [{ period: '2025-04', area: 'Rekryteringsenheten', deviation: tkr(-300) }], 'anna');
    expect(saved).toMatchObject({ areaId: 'rekrytering', deviation: tkr(-300) });
    const r = await report(db);
    expect(r.areas.find((a) => a.code === 'rekrytering')?.forecastDeviation).toBe(tkr(-300));
    expect(r.total.forecastDeviation).toBe(tkr(22_000 - 5000 - 300));
    const listed = (await listForecasts(db, C, '2025-04')).areas.find((a) => a.id === 'rekrytering');
    expect(listed?.forecast?.updatedBy).toBe('anna');
    expect(listed?.change).toBe(tkr(-300 - 4200));
  });

  it('a full-year result is stored as its deviation against the annual budgeted result', async () => {
    const annual = (await listForecasts(db, C, '2025-04')).areas.find((a) => a.id === 'boende')?.annualBudget ?? Number.NaN;
    await saveForecasts(db, C, [{ period: '2025-04', area: 'boende', result: annual + tkr(900) }], 'anna');
    expect((await areaOf(db, 'boende'))?.forecastDeviation).toBe(tkr(900));
    const listed = (await listForecasts(db, C, '2025-04')).areas.find((a) => a.id === 'boende');
    expect(listed?.forecast).toMatchObject({ deviation: tkr(900), result: annual + tkr(900) });
  });

  it('a batch is saved whole or not at all; the error names the area and the month', async () => {
    const before = await snapshot(db);
    const bad = saveForecasts(
      db,
      C,
      [
        { period: '2025-04', area: 'rekrytering', deviation: tkr(1) },
        { period: '2025-05', area: 'boende', deviation: tkr(2) },
      ],
      'anna',
    );
    await expect(bad).rejects.toThrow(InputError);
    await expect(bad).rejects.toThrow(/Prognos för boende.*maj 2025/);
    await expect(saveForecasts(db, C, [{ period: '2025-04', area: 'finns-inte', deviation: 1 }], 'anna')).rejects.toThrow(
      /området "finns-inte" finns inte/,
    );
    expect(await snapshot(db)).toEqual(before);
    await saveForecasts(
      db,
      C,
      [
        { period: '2025-03', area: 'rekrytering', deviation: tkr(100) },
        { period: '2025-04', area: 'rekrytering', deviation: tkr(200) },
      ],
      'grid',
    );
    const r = await report(db);
    const area = r.areas.find((a) => a.code === 'rekrytering');
    expect(area?.forecastDeviation).toBe(tkr(200));
    expect(area?.forecastHistory.at(-1)).toEqual({ period: '2025-03', deviation: tkr(100) });
    expect((await report(db, '2025-03')).areas.find((a) => a.code === 'rekrytering')?.forecastDeviation).toBe(tkr(100));
  });

  it('removing a forecast leaves the area without one and the total without it', async () => {
    const total = (await report(db)).total.forecastDeviation ?? 0;
    await removeForecast(db, C, '2025-04', 'rekrytering', 'test');
    expect((await areaOf(db, 'rekrytering'))?.forecastDeviation).toBeNull();
    expect((await report(db)).total.forecastDeviation).toBe(total - tkr(200));
    await expect(removeForecast(db, C, '2025-04', 'rekrytering', 'test')).rejects.toThrow(NotFoundError);
  });

  it('accuracy: refused before the year is complete; computed per area and month once it is', async () => {
    await expect(readForecastAccuracy(db, C, '2025')).rejects.toThrow(/december 2025 saknas/);
    await importSie(db, writeWholeYearSie(mkdtempSync(join(tmpdir(), 'uppf-fc-'))), { committeeId: 'helar', user: 'test' });
    const list = await listForecasts(db, 'helar', '2025-03');
    const area = list.areas.find((a) => a.name === 'Enhet 100');
    expect(area).toMatchObject({ annualBudget: -108_000_000, actualToDate: -30_000_000, budgetToDate: -27_000_000 });
    expect(area?.baseline).toEqual({ periodized: -3_000_000, runRate: -12_000_000 });
    const id = area?.id ?? '';
    await saveForecasts(
      db,
      'helar',
      [
        { period: '2025-03', area: id, deviation: -6_000_000 },
        { period: '2025-06', area: id, deviation: -10_000_000 },
      ],
      'test',
    );
    const acc = await readForecastAccuracy(db, 'helar', '2025');
    const a = acc.areas.find((x) => x.id === id);
    expect(a).toMatchObject({ outcome: -12_000_000, netCost: 108_000_000, meanAbsoluteDifference: 4_000_000, meanAbsoluteRate: 37_038 });
    expect(a?.months.map((m) => [m.period, m.forecast, m.difference, m.differenceRate])).toEqual([
      ['2025-03', -6_000_000, 6_000_000, 55_556], // 60 000 kr of 1 080 000 kr = 5,56 %
      ['2025-06', -10_000_000, 2_000_000, 18_519],
    ]);
    expect(acc.total.months.map((m) => m.difference)).toEqual([6_000_000, 2_000_000]);
  });
});
