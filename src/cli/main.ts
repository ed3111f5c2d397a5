/** The `uppfoljning` command: thin wrappers over the use cases in src/app. */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Db, ImportBusyError, MigrationError, openDatabase } from '#app/database.ts';
import { loadDemo } from '#app/demo/index.ts';
import { CannotUndoError, InputError, NotFoundError } from '#app/errors.ts';
import { buildReport } from '#app/report.ts';
import { MoneyError } from '#core/money.ts';
import { SieError } from '#ledger/sie/index.ts';
import { TableError } from '#ledger/table/index.ts';
import { renderHtml } from '#report/html.ts';
import { toJsonContract } from '#report/json.ts';
import { importCommand } from './import.ts';
import { type Command, type Io, OPTIONS, type Values } from './io.ts';
import { itemCommand } from './item.ts';
import { kpiCommand } from './kpi.ts';
import { drillCommand, mappingCommand } from './mapping.ts';

const USAGE = `Usage: uppfoljning <command> [options]

Commands:
  demo                                  load the demo committee (Socialnämnden 2025) into the database
  report --committee ID --period YYYY-MM [--format json|html] [--out FILE]
                                        write the monthly report (default: json to standard output)
  import sie FILE --committee ID [--dimension N] [--name NAME] [--allow-removing-months]
             [--replace-organisation] [--json]
                                        import a SIE file (types 2-4); creates the committee if new.
                                        A file of another organisation (#ORGNR, else #FNAMN) or whose
                                        codes share none with the committee's is refused unless
                                        --replace-organisation is given
  import table FILE --committee ID --kind actual|budget [--name NAME] [--json]
                                        import a CSV or XLSX sheet of actual amounts or budget;
                                        it replaces only the (period, code) pairs it holds
  import log --committee ID [--json]    the committee's import log, newest first (number, id, …)
  import undo ID [--committee ID] [--json]
                                        undo the committee's latest import (ID: its id or number
                                        in the log): the ledger is as before it; logged as undone
  mapping list|set|import --committee ID [--code C --area AREA] [FILE]
                                        show or change which area each responsibility code belongs to
  drill --committee ID --period YYYY-MM --area AREA [--account A] [--json]
                                        an area's deviation by account group and account, or the
                                        postings behind one account
  item set --committee ID --period YYYY-MM --key KEY --kind po|salary-revision|grant|pot
           [--area AREA] [--label TEXT] [--json]
           po: --salary-base AMOUNT --preliminary-rate PCT --fixed-rate PCT
           salary-revision: --salary-base AMOUNT --actual-rise PCT --compensated-rise PCT
           grant, pot: --amount AMOUNT      (--ore N instead of the amount or the salary base)
                                        a committee-level item of the forecast; with --area it is
                                        part of that area's forecast, without it adds to the total.
                                        A period without items of its own starts from the latest
                                        earlier period's items of the fiscal year
  item list|remove --committee ID --period YYYY-MM [--key KEY] [--json]
  kpi define --committee ID --kpi ID --name NAME [--unit U] [--target VALUE] [--decimals 0-3]
  kpi set --committee ID --kpi ID --period YYYY-MM [--area AREA] --value VALUE ('' removes it)
  kpi import FILE --committee ID        key-figure values from CSV/XLSX (columns nyckeltal;område;
                                        period;värde; empty område = the committee); all or nothing
  kpi list --committee ID --period YYYY-MM [--area AREA] [--json]
                                        key figures with the fiscal year's values up to the period

Amounts: "-0,3 mnkr", "250 tkr", "1 234,50 kr", "−2 500" (kronor without a unit); percentages
"44,5" or "44.5"; key-figure values "12,5".

Options for every command:
  --db FILE | postgres://…              the database (default: $DATABASE_URL, $UPPFOLJNING_DB
                                        or ./data/uppfoljning.sqlite)
  --user NAME                           who imports (for the import log; default: the login name)
  -h, --help                            this text
Exit codes: 0 done, 2 bad input (the message names the file, line or option), 3 not found,
4 the database busy with another program's import (nothing changed; try again), 5 the database
could not be upgraded to this version (the message says which step and why), 6 the import cannot
be undone (not the committee's latest, already undone, demo data; the message says why).
`;

const stdio: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  } catch (e) {
    io.err(`uppfoljning: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...args] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.err(`uppfoljning: okänt kommando "${command}"\n\n${USAGE}`);
    return 2;
  }
  const dbArg = values.db;
  let db: Db;
  try {
    db = await openDatabase(dbArg ? (/^postgres(ql)?:\/\//.test(dbArg) ? { url: dbArg } : { file: dbArg }) : {});
  } catch (e) {
    if (!(e instanceof MigrationError)) throw e;
    io.err(`uppfoljning: ${e.message}\n`);
    return 5;
  }
  try {
    return await handler({ db, values, args, io });
  } catch (e) {
    if (e instanceof NotFoundError) {
      io.err(`uppfoljning: ${e.message}\n`);
      return 3;
    }
    if (e instanceof InputError || e instanceof SieError || e instanceof TableError || e instanceof MoneyError) {
      io.err(`uppfoljning: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ImportBusyError) {
      io.err(`uppfoljning: ${e.message}\n`);
      return 4;
    }
    if (e instanceof CannotUndoError) {
      io.err(`uppfoljning: ${e.message}\n`);
      return 6;
    }
    throw e;
  } finally {
    await db.close();
  }
}

const COMMANDS: Record<string, (c: Command) => Promise<number>> = {
  async demo({ db, io }) {
    await loadDemo(db);
    io.out(`Demonämnden Socialnämnden (2025, januari–april) är inläst i ${db.location}.\n`);
    return 0;
  },
  report,
  import: importCommand,
  mapping: mappingCommand,
  drill: drillCommand,
  item: itemCommand,
  kpi: kpiCommand,
};

async function report({ db, values, io }: Command): Promise<number> {
  if (!values.committee) throw new InputError('måste anges (nämndens id)', '--committee');
  if (!values.period) throw new InputError('måste anges (ÅÅÅÅ-MM)', '--period');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'html') throw new InputError(`"${format}" är varken json eller html`, '--format');
  const doc = await buildReport(db, values.committee, values.period);
  const text = format === 'json' ? `${JSON.stringify(toJsonContract(doc), null, 2)}\n` : renderHtml(doc);
  if (values.out) {
    writeFileSync(values.out, text);
    io.err(`Rapporten är sparad i ${values.out}.\n`);
  } else {
    io.out(text);
  }
  return 0;
}
