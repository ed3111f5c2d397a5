/**
 * `uppfoljning forecast set|remove|list|accuracy`: annual forecasts per area and period.
 *   set --committee C --period P --area A (--deviation AMOUNT | --result AMOUNT | --ore N) [--comment T]
 *   remove --committee C --period P --area A
 *   list --committee C --period P
 *   accuracy --committee C --fiscal-year Y
 * Amounts are Swedish input ("-0,3 mnkr", "250 tkr", "−2 500" kr) or `--ore N`, the deviation in öre.
 */
import { InputError } from '#app/errors.ts';
import { readForecastAccuracy } from '#app/forecast-accuracy.ts';
import { removeForecast, saveForecasts } from '#app/forecast-save.ts';
import { listForecasts } from '#app/forecasts.ts';
import { currentUser } from '#app/import-common.ts';
import { AmountInputError, parseAmountInput } from '#core/amount-input.ts';
import { formatRate } from '#core/forecast-accuracy.ts';
import { formatMoney } from '#core/format.ts';
import { periodLabel } from '#core/period.ts';
import type { Command, Values } from './io.ts';

const tkr = (ore: number | null) => (ore === null ? '–' : formatMoney(ore, 'tkr', { signed: true, space: ' ' }));

function amountOf(text: string, option: string): number {
  try {
    return parseAmountInput(text);
  } catch (e) {
    if (e instanceof AmountInputError) throw new InputError(e.message, option);
    throw e;
  }
}

function oreOf(text: string): number {
  if (!/^[-+]?\d+$/.test(text.trim()) || !Number.isSafeInteger(Number(text)))
    throw new InputError(`"${text}" är inget helt antal öre`, '--ore');
  return Number(text);
}

/** The forecast as typed: exactly one of --deviation, --result and --ore. */
function forecastValue(values: Values): { deviation?: number; result?: number } {
  const given = (['deviation', 'result', 'ore'] as const).filter((k) => values[k] !== undefined);
  if (given.length !== 1)
    throw new InputError('ange en av --deviation, --result och --ore', given.length ? `--${given.join(', --')}` : '--deviation');
  if (values.deviation !== undefined) return { deviation: amountOf(values.deviation, '--deviation') };
  if (values.result !== undefined) return { result: amountOf(values.result, '--result') };
  return { deviation: oreOf(values.ore ?? '') };
}

export async function forecastCommand(c: Command): Promise<number> {
  const { db, values, args, io } = c;
  const committee = values.committee;
  if (!committee) throw new InputError('måste anges (nämndens id)', '--committee');
  const [action] = args;
  if (action === 'accuracy') {
    if (!values['fiscal-year']) throw new InputError('måste anges (året räkenskapsåret börjar, t.ex. 2025)', '--fiscal-year');
    const r = await readForecastAccuracy(db, committee, values['fiscal-year']);
    if (values.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
    else {
      io.out(`Prognossäkerhet ${r.committee.name} ${values['fiscal-year']}: prognos − utfall; procent av ${r.base.toLowerCase()}\n`);
      for (const a of [...r.areas, { ...r.total, name: 'Hela nämnden' }]) {
        io.out(`${a.name}: utfall ${tkr(a.outcome)}, medel ${tkr(a.meanAbsoluteDifference)} (${formatRate(a.meanAbsoluteRate)})\n`);
        for (const m of a.months)
          io.out(
            `  ${m.period}\tprognos ${tkr(m.forecast)}\tskillnad ${tkr(m.difference)}\t${m.difference} öre\t${formatRate(m.differenceRate)}\n`,
          );
      }
    }
    return 0;
  }
  if (!values.period) throw new InputError('måste anges (ÅÅÅÅ-MM)', '--period');
  const period = values.period;
  if (action === 'set' || action === 'remove') {
    if (!values.area) throw new InputError('måste anges (områdets id eller namn)', '--area');
    const area = values.area;
    if (action === 'remove') {
      const r = await removeForecast(db, committee, period, area, values.user ?? currentUser());
      io.out(values.json ? `${JSON.stringify(r, null, 2)}\n` : `Prognosen för ${r.areaName}, ${periodLabel(period)} är borttagen.\n`);
      return 0;
    }
    const value = forecastValue(values);
    const comment = values.comment !== undefined ? { comment: values.comment } : {};
    const [saved] = await saveForecasts(db, committee, [{ period, area, ...value, ...comment }], values.user ?? currentUser());
    if (values.json) io.out(`${JSON.stringify(saved, null, 2)}\n`);
    else if (saved) io.out(`Prognos för ${saved.areaName}, ${periodLabel(period)}: avvikelse ${tkr(saved.deviation)} för helåret.\n`);
    return 0;
  }
  if (action !== undefined && action !== 'list') throw new InputError('skriv set, remove, list eller accuracy', 'forecast');
  const list = await listForecasts(db, committee, period);
  if (values.json) {
    io.out(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  io.out('Område\tPrognos\tPeriodiserad\tTakt\tFöregående\tFörändring\n');
  for (const a of list.areas) {
    const row = [
      a.name,
      tkr(a.forecast?.deviation ?? null),
      tkr(a.baseline.periodized),
      tkr(a.baseline.runRate),
      tkr(a.previous?.deviation ?? null),
      tkr(a.change),
    ];
    io.out(`${row.join('\t')}\n`);
  }
  const t = list.total;
  io.out(
    `Hela nämnden\t${tkr(t.forecast)}\t${tkr(t.baseline.periodized)}\t${tkr(t.baseline.runRate)}\t${tkr(t.previous)}\t${tkr(t.change)}\n`,
  );
  return 0;
}
