/**
 * The committee's lines through the year: the result to date against the budget to date, month
 * by month (accumulated from the month figures), and the year forecast as it was given each month.
 */
import type { Ore } from '#core/money.ts';
import type { Period } from '#core/period.ts';
import type { ChartInput } from './build.ts';
import { mnkrText, monthRow, monthShort, monthText, NO_VALUE, spanOf } from './labels.ts';
import type { LineChartSpec } from './spec.ts';

/**
 * The months a chart runs over: the fiscal year's months to the period (from the month figures),
 * else the months the data itself has, to the period.
 */
export function chartMonths(input: ChartInput, dataPeriods: Iterable<Period> = []): Period[] {
  const total = input.monthly.find((m) => m.areaId === '');
  if (total && total.months.length > 0) return total.months.map((m) => m.period);
  return [...new Set([...dataPeriods, input.period])].filter((p) => p <= input.period).sort();
}

function accumulate(values: readonly Ore[]): Ore[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

export function ytdChart(input: ChartInput): LineChartSpec | null {
  const months = input.monthly.find((m) => m.areaId === '')?.months ?? [];
  if (months.length === 0) return null;
  const periods = months.map((m) => m.period);
  const actual = accumulate(months.map((m) => m.actualResult));
  const budget = accumulate(months.map((m) => m.budgetResult));
  const last = actual.length - 1;
  const endActual = actual[last] ?? 0;
  const endBudget = budget[last] ?? 0;
  const span = spanOf(periods);
  const alt = [
    `Linjediagram över nämndens ackumulerade resultat (heldragen linje) och ackumulerade budget (streckad linje) per månad, ${span}.`,
    `Till och med ${input.periodLabel} är resultatet ${mnkrText(endActual)} mot en budget på ${mnkrText(endBudget)}, en avvikelse på ${mnkrText(endActual - endBudget)}.`,
  ];
  if (periods.length > 1) {
    const above = actual.filter((a, i) => a > (budget[i] ?? 0)).length;
    const below = actual.filter((a, i) => a < (budget[i] ?? 0)).length;
    if (above === periods.length) alt.push('Resultatet har legat över budget varje månad.');
    else if (below === periods.length) alt.push('Resultatet har legat under budget varje månad.');
    else alt.push(`Resultatet har legat över budget ${above} av ${periods.length} månader.`);
  }
  return {
    key: 'ytd-actual-budget',
    id: 'resultat-mot-budget',
    kind: 'lines',
    unit: 'mnkr',
    decimals: 1,
    signed: true,
    pointLabels: true,
    title: `Ackumulerat resultat mot budget per månad, ${span}, mnkr`,
    alt: alt.join(' '),
    xLabels: periods.map(monthShort),
    series: [
      { name: 'Resultat', role: 'actual', values: actual },
      { name: 'Budget', role: 'budget', values: budget },
    ],
    table: {
      caption: `Nämndens ackumulerade resultat och budget per månad, ${span}`,
      head: ['Månad', 'Resultat', 'Budget', 'Avvikelse'],
      rows: periods.map((p, i) => {
        const a = actual[i] ?? 0;
        const b = budget[i] ?? 0;
        return [monthRow(p), mnkrText(a), mnkrText(b), mnkrText(a - b)];
      }),
    },
  };
}

/**
 * The year forecast (deviation against the year's budget) as given each month: earlier months
 * are the sum of the areas' forecasts then; the report's month is the committee's total, which
 * also holds committee-level items outside the areas (said in the alternative and the table).
 */
export function forecastChart(input: ChartInput): LineChartSpec | null {
  const byPeriod = new Map<Period, Ore>();
  for (const area of input.areas)
    for (const h of area.forecastHistory) {
      if (h.period >= input.period) continue;
      byPeriod.set(h.period, (byPeriod.get(h.period) ?? 0) + h.deviation);
    }
  const periods = chartMonths(input, byPeriod.keys());
  const values = periods.map((p) => (p === input.period ? input.forecastTotal : (byPeriod.get(p) ?? null)));
  const given = periods.flatMap((p, i) => {
    const v = values[i];
    return v === null || v === undefined ? [] : [{ period: p, value: v }];
  });
  const first = given[0];
  const last = given[given.length - 1];
  if (!first || !last) return null;
  const span = spanOf(periods);
  const alt = [
    `Linjediagram över nämndens årsprognos, avvikelse mot budget för helåret, som den lämnats varje månad ${span}.`,
    given.length === 1
      ? `Årsprognosen i ${monthText(first.period)} är ${mnkrText(first.value)}; tidigare månader har ingen prognos.`
      : `Prognosen har gått från ${mnkrText(first.value)} i ${monthText(first.period)} till ${mnkrText(last.value)} i ${monthText(last.period)}.`,
  ];
  const areasNow = input.areas.reduce((s, a) => s + (a.forecastDeviation ?? 0), 0);
  const items = input.forecastTotal === null ? 0 : input.forecastTotal - areasNow;
  const note =
    items !== 0 && given.length > 1
      ? `Värdet för ${input.periodLabel} omfattar även poster på nämndnivå, ${mnkrText(items)}, som inte ingår i tidigare månaders värden (summan av områdenas prognoser).`
      : undefined;
  if (note) alt.push(note);
  return {
    key: 'forecast-development',
    id: 'prognosens-utveckling',
    kind: 'lines',
    unit: 'mnkr',
    decimals: 1,
    signed: true,
    pointLabels: true,
    title: `Nämndens årsprognos (avvikelse mot budget för helåret) per månad, ${span}, mnkr`,
    alt: alt.join(' '),
    xLabels: periods.map(monthShort),
    series: [{ name: 'Årsprognos', role: 'forecast', values }],
    table: {
      caption: `Nämndens årsprognos per månad, ${span}`,
      head: ['Månad', 'Årsprognos'],
      rows: periods.map((p, i) => {
        const v = values[i];
        return [monthRow(p), v === null || v === undefined ? NO_VALUE : mnkrText(v)];
      }),
      ...(note ? { note } : {}),
    },
  };
}
