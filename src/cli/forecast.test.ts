/** `uppfoljning forecast …` as scripts use it: Swedish amounts and --ore, the list, the JSON, exit codes. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tkr } from '#core/money.ts';
import { cliRunner } from '#test/helpers/cli.ts';
import { writeWholeYearSie } from '#test/helpers/forecast-year.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-fc-'));
const dbFile = join(dir, 'cli.sqlite');

const run = cliRunner(dbFile);
const at = ['--committee', 'socialnamnden', '--period', '2025-04'];
const reportArea = async (id: string) => {
  const json = JSON.parse((await run('report', ...at)).out) as {
    areas: { code: string; forecastDeviation: number | null }[];
    total: { forecastDeviation: number };
  };
  return { area: json.areas.find((a) => a.code === id), total: json.total.forecastDeviation };
};

describe('uppfoljning forecast', () => {
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
  });

  it('lists areas with forecast, baselines, previous, change and the committee total', async () => {
    const { code, out } = await run('forecast', 'list', ...at);
    expect(code).toBe(0);
    expect(out).toContain('Rekryteringsenheten\t+5 000 tkr\t');
    expect(out).toMatch(/Hela nämnden\t\+22 000 tkr\t.*\t\+17 000 tkr\t\+5 000 tkr\n$/);
    const json = JSON.parse((await run('forecast', 'list', ...at, '--json')).out);
    expect(json.total.forecast).toBe(2_200_000_000);
  });

  it('sets a Swedish amount ("-0,3 mnkr", a separate argument), --ore and a full-year result', async () => {
    const set = await run('forecast', 'set', ...at, '--area', 'rekrytering', '--deviation', '-0,3 mnkr', '--user', 'anna');
    expect(set).toMatchObject({ code: 0, out: 'Prognos för Rekryteringsenheten, april 2025: avvikelse −300 tkr för helåret.\n' });
    expect(await reportArea('rekrytering')).toEqual({
      area: expect.objectContaining({ forecastDeviation: -30_000_000 }),
      total: 2_200_000_000 - 530_000_000,
    });
    expect((await run('forecast', 'set', ...at, '--area', 'rekrytering', '--ore', '12345', '--json')).out).toContain('"deviation": 12345');
    const list = JSON.parse((await run('forecast', 'list', ...at, '--json')).out);
    const budget = list.areas.find((a: { id: string }) => a.id === 'boende').annualBudget as number;
    expect((await run('forecast', 'set', ...at, '--area', 'boende', '--ore', String(tkr(7)))).code).toBe(0);
    const result = await run('forecast', 'set', ...at, '--area', 'boende', '--result', `${(budget + 70_000_000) / 100} kr`, '--json');
    expect(JSON.parse(result.out).deviation).toBe(70_000_000);
  });

  it('refuses what is wrong with exit code 2, naming the option, and saves nothing', async () => {
    const before = await run('report', ...at);
    const both = await run('forecast', 'set', ...at, '--area', 'boende', '--deviation', '1 tkr', '--result', '2 tkr');
    expect(both).toMatchObject({ code: 2, err: expect.stringContaining('--deviation, --result') });
    const bad = await run('forecast', 'set', ...at, '--area', 'boende', '--deviation', '1,5 apor');
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('--deviation: Okänd enhet "apor"') });
    // A comment over its limit saves neither the comment nor the forecast.
    const comment = await run('forecast', 'set', ...at, '--area', 'boende', '--deviation', '1 tkr', '--comment', 'x'.repeat(5000));
    expect(comment).toMatchObject({ code: 2, err: expect.stringContaining('Prognos för Boendeenheten, april 2025: kommentar') });
    const noArea = await run('forecast', 'set', ...at, '--area', 'finns-inte', '--deviation', '1 tkr');
    expect(noArea).toMatchObject({ code: 2, err: expect.stringContaining('området "finns-inte" finns inte') });
    expect((await run('report', ...at)).out).toBe(before.out);
  });

  it('saves the comment with the forecast, as the text forecast-comment', async () => {
    const set = await run('forecast', 'set', ...at, '--area', 'boende', '--deviation', '1,7 mnkr', '--comment', 'Färre lägenheter behövs.');
    expect(set.code, set.err).toBe(0);
    expect((await reportArea('boende')).area).toMatchObject({
      forecastDeviation: 170_000_000,
      forecastComment: 'Färre lägenheter behövs.',
    });
    const text = await run('text', 'get', ...at, '--area', 'boende', '--kind', 'forecast-comment', '--json');
    expect(JSON.parse(text.out)).toMatchObject({ state: 'written', body: 'Färre lägenheter behövs.' });
  });

  it('removes a forecast (3 when there is none)', async () => {
    expect((await run('forecast', 'remove', ...at, '--area', 'boende')).code).toBe(0);
    expect((await reportArea('boende')).area?.forecastDeviation).toBeNull();
    expect((await run('forecast', 'remove', ...at, '--area', 'boende')).code).toBe(3);
  });

  it('accuracy: 2 before the year is complete; per area and month once it is', async () => {
    expect((await run('forecast', 'accuracy', '--committee', 'socialnamnden', '--fiscal-year', '2025')).code).toBe(2);
    expect((await run('import', 'sie', writeWholeYearSie(dir), '--committee', 'helar')).code).toBe(0);
    const area = JSON.parse((await run('forecast', 'list', '--committee', 'helar', '--period', '2025-03', '--json')).out).areas[0].id;
    await run('forecast', 'set', '--committee', 'helar', '--period', '2025-03', '--area', area, '--deviation', '-60 000');
    const text = await run('forecast', 'accuracy', '--committee', 'helar', '--fiscal-year', '2025');
    expect(text.code).toBe(0);
    expect(text.out).toContain('2025-03\tprognos −60 tkr\tskillnad +60 tkr\t6000000 öre\t+5,6\u00a0%');
    const json = JSON.parse((await run('forecast', 'accuracy', '--committee', 'helar', '--fiscal-year', '2025', '--json')).out);
    expect(json.total).toMatchObject({
      outcome: -12_000_000,
      netCost: 108_000_000,
      meanAbsoluteDifference: 6_000_000,
      meanAbsoluteRate: 55_556,
    });
  });
});
