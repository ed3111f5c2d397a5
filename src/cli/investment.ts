/** `uppfoljning investment add|set|list`: investment projects of a fiscal year. */
import { InputError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import { investmentOverview, type ProjectInput, projectsOfYear, saveInvestmentProject } from '#app/investments.ts';
import { setProjectDimension } from '#app/project-dimension.ts';
import { formatMoney } from '#core/format.ts';
import type { Ore } from '#core/money.ts';
import { amountOption, required } from './amounts.ts';
import type { Command } from './io.ts';

const m = (x: Ore | null) => (x === null ? '–' : formatMoney(x, 'tkr', { space: ' ' }));

export async function investmentCommand(c: Command): Promise<number> {
  const { db, values, args, io } = c;
  const committee = required(values.committee, 'nämndens id', '--committee');
  const [action] = args;
  if (action === 'add' || action === 'set') {
    const forecastText = values.forecast;
    const input: ProjectInput = {
      id: required(values.project ?? values.id, 'projektets id, t.ex. inventarier', '--project'),
      ...(values.name !== undefined ? { name: values.name } : {}),
    };
    const budget = amountOption(values.budget, values['budget-ore'], 'budget', 'budget-ore');
    const carryOver = amountOption(values['carry-over'], values['carry-over-ore'], 'carry-over', 'carry-over-ore');
    // "--forecast -" clears the forecast.
    const forecast = forecastText === '-' ? null : amountOption(forecastText, values['forecast-ore'], 'forecast', 'forecast-ore');
    if (budget !== undefined) input.budget = budget;
    if (carryOver !== undefined) input.carryOver = carryOver;
    if (forecast !== undefined) input.forecast = forecast;
    if (values.accounts !== undefined) input.accounts = values.accounts.split(/[,;\s]+/).filter((a) => a !== '');
    // "--object -" clears the project's object (its id is then used).
    if (values.object !== undefined) input.dimensionObject = values.object === '-' ? null : values.object;
    if (action === 'add' && input.budget === undefined)
      throw new InputError('måste anges (projektets ursprungliga budget, t.ex. "700 tkr")', '--budget');
    const fiscalYear = required(values['fiscal-year'], 'räkenskapsåret, t.ex. 2025', '--fiscal-year');
    const p = await saveInvestmentProject(db, committee, fiscalYear, input, action, values.user ?? currentUser());
    if (values.json) io.out(`${JSON.stringify(p, null, 2)}\n`);
    else io.out(`Projektet ${p.id} (${p.name}) är sparat: budget ${m(p.budget)}, överfört ${m(p.carryOver)}, prognos ${m(p.forecast)}.\n`);
    return 0;
  }
  if (action === 'source') {
    const text = required(values.dimension, 'projektens SIE-dimension (t.ex. 6), eller "konton"', '--dimension');
    const dimension = text === 'konton' || text === 'accounts' ? null : /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(dimension)) throw new InputError(`"${text}" är ingen dimension (ett nummer 1–999, eller "konton")`, '--dimension');
    const r = await setProjectDimension(db, committee, dimension, values.user ?? currentUser());
    if (values.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
    else if (r.projectDimension === null) io.out('Projektens utfall läses från deras konton.\n');
    else
      io.out(
        `Projektens utfall läses per objekt i dimension ${r.projectDimension}.${r.current ? '' : ' Läs in SIE-filen igen så att projekten kommer med.'}\n`,
      );
    return 0;
  }
  if (action !== undefined && action !== 'list') throw new InputError('skriv add, set, source eller list', 'investment');
  if (values.period) {
    const o = await investmentOverview(db, committee, values.period);
    if (values.json) io.out(`${JSON.stringify(o, null, 2)}\n`);
    else {
      for (const p of o.projects)
        io.out(`${p.id}\t${p.name}\tbudget ${m(p.revisedBudget)}\tutfall ${m(p.actual)}\tprognos ${m(p.forecast)}\n`);
      io.out(
        `Investeringsbudget ${m(o.adjustedBudget)} (ursprunglig ${m(o.originalBudget)}, överfört ${m(o.carryOver)}, beslut ${m(o.decisions)}), utfall ${m(o.actual)}\n`,
      );
    }
    return 0;
  }
  const rows = await projectsOfYear(
    db,
    committee,
    required(values['fiscal-year'], 'räkenskapsåret (eller --period för utfall)', '--fiscal-year'),
  );
  if (values.json) io.out(`${JSON.stringify(rows, null, 2)}\n`);
  else
    for (const p of rows)
      io.out(
        `${p.id}\t${p.name}\tbudget ${m(p.budget)}\töverfört ${m(p.carryOver)}\tprognos ${m(p.forecast)}\tkonton ${p.accounts.join(',') || '–'}\n`,
      );
  return 0;
}
