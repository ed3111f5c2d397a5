import { parseArgs } from 'node:util';
import { type Db, ImportBusyError, MigrationError, openDatabase } from '#app/database.ts';
import { loadDemo } from '#app/demo/index.ts';
import { CannotUndoError, InputError, NotFoundError, StaleVersionError } from '#app/errors.ts';
import { MoneyError } from '#core/money.ts';
import { SieError } from '#ledger/sie/index.ts';
import { TableError } from '#ledger/table/index.ts';
import { areaCommand } from './area.ts';
import { auditCommand } from './audit.ts';
import { cycleCommand } from './cycle.ts';
import { budgetCommand, decisionCommand } from './decision.ts';
import { forecastCommand } from './forecast.ts';
import { importCommand } from './import.ts';
import { investmentCommand } from './investment.ts';
import { type Command, type Io, joinNegativeValues, OPTIONS, type Values } from './io.ts';
import { itemCommand } from './item.ts';
import { kpiCommand } from './kpi.ts';
import { drillCommand, mappingCommand } from './mapping.ts';
import { reportCommand } from './report.ts';
import { templateCommand } from './template.ts';
import { committeeCommand, STALE_VERSION_EXIT, textCommand } from './texts.ts';
import { userCommand } from './user.ts';
import { versionCommand } from './versions.ts';

const USAGE = `Usage: uppfoljning <command> [options]

Commands:
  demo                                  load the demo committee (Socialnämnden 2025) into the database
  report --committee ID --period YYYY-MM [--format json|html|pdf|docx|xlsx] [--out FILE] [--version N | --draft]
                                        write the monthly report (default: json to standard output).
                                        json and html: the working draft; pdf, docx (Word) and xlsx
                                        (Excel): the latest published version, else the draft marked
                                        "Utkast" (--version N a given version, --draft the draft)
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
  area list|set|remove --committee ID [--area ID] [--name NAME] [--short-name S] [--order N] [--json]
                                        a committee's areas: create one or change its name, its short
                                        name for headings or its place in the report; remove one that
                                        no code, text or forecast refers to
  drill --committee ID --period YYYY-MM --area AREA [--account A] [--json]
                                        an area's deviation by account group and account, or the
                                        postings behind one account
  text set --committee ID --period YYYY-MM [--area A] --kind K (--text T | --file F) [--version N]
                                        save a text of the report; K: comment, action,
                                        forecast-comment (per area, with --area), summary,
                                        forecast-summary, investment, ks-summary, ks-forecast,
                                        ks-investment (the committee's). --version N: the version
                                        the text was written from (0 when the period had none);
                                        a stale one is refused (exit code 7) and nothing is saved
  text get --committee ID --period YYYY-MM [--area A] --kind K [--history] [--json]
                                        a text with its state (missing, copied, written) and version;
                                        --history: every change (who, when, before, after)
  text list --committee ID --period YYYY-MM [--missing] [--json]
                                        every text of the period with its state; a material area's
                                        missing comment and action are marked "krävs" (required)
  text warnings --committee ID --period YYYY-MM [--json]
                                        what in the texts may no longer be true: a month spoken of as
                                        past after the period, an amount no figure matches (the
                                        nearest named), a text unchanged while its deviation moved
                                        more than the threshold; exit code 0 with or without them
  committee set --committee ID (--materiality TKR | --ore N) [--json]
                                        the committee's materiality threshold ("150" = 150 tkr;
                                        "150 tkr", "0,2 mnkr" and "150 000 kr" also work)
  forecast set --committee ID --period YYYY-MM --area AREA (--deviation AMOUNT | --result AMOUNT
               | --ore N) [--comment T] [--json]
                                        the area's annual forecast: the full-year deviation
                                        (+ = better than budget) or the full-year result
                                        ("-0,3 mnkr", "250 tkr", "-2 500" kr; --ore: deviation in öre)
  forecast remove --committee ID --period YYYY-MM --area AREA
  forecast list --committee ID --period YYYY-MM [--json]
                                        forecasts, baselines, previous forecast, change, total
  forecast accuracy --committee ID --fiscal-year YYYY [--json]
                                        per area and month: forecast, outcome, difference (öre, %)
  decision add --committee ID --body KF|KS|nämnd --date YYYY-MM-DD [--ref "§ 12"] --text T
           (--amount AMOUNT | --ore N) (--area A [--group G] | --investment [--project P]) [--id ID]
                                        record a budget decision: the increase of an area's budget
                                        line (default group kommunbidrag) or of the investment budget
  decision list --committee ID --fiscal-year YYYY | decision remove ID --committee ID
  budget periodize --committee ID --fiscal-year YYYY --area A --group G
           --method ledger|straight|profile|last-year [--weights 1,1,2,…]
                                        how an area's account group is spread over the months
  budget show --committee ID --period YYYY-MM
                                        the revised budget per area with its decisions
  investment add|set --committee ID --fiscal-year YYYY --project P [--name N] [--budget AMOUNT]
           [--carry-over AMOUNT] [--forecast AMOUNT|-] [--accounts 1220,12]  (or --budget-ore N, …)
           [--object OBJ|-]                 the project's object in the project dimension (- clears)
  investment source --committee ID --dimension N|konton
                                        read the projects' actual per object of SIE dimension N
                                        (kept at import: import the SIE file again) or by account
  investment list --committee ID (--fiscal-year YYYY | --period YYYY-MM)
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
  template show --committee ID [--json]
                                        the committee's report template: sections in order with
                                        their headings, cover, logo, charts, key figures
  template set --committee ID --file TEMPLATE.json [--version N]
                                        save the template (the JSON of "template show --json", or
                                        its "template" part); a stale version saves nothing (exit 7)
  template logo FILE --committee ID --alt TEXT | template logo --remove --committee ID
                                        the cover's logo: PNG or JPEG (by its bytes), at most 512 kB,
                                        with its text alternative
  template reset --committee ID         back to the default template (the seed's layout, no logo)
  audit list|export --committee ID [--area A] [--period YYYY-MM] [--what text|forecast|import|…]
           [--by USER] [--from T] [--to T] [--limit N] [--offset N] [--json] [--out FILE]
                                        the audit log: who changed what, when, before and after,
                                        newest first; export: every matching change as CSV (Excel)
  cycle open --committee ID --period YYYY-MM --deadline YYYY-MM-DD [--area-deadline YYYY-MM-DD]
             [--area-deadlines A=YYYY-MM-DD,B=…]
                                        open the period's cycle with the whole report's deadline and
                                        the areas' (default: the whole's); again: change them
  cycle ready|accept --committee ID --period YYYY-MM --area A
                                        mark an area ready (refused for a material area without
                                        comment and action) or accept it
  cycle return --committee ID --period YYYY-MM --area A --note T
                                        return an area to its manager with a note
  cycle approve|reopen --committee ID --period YYYY-MM [--note T]
                                        approve the whole report (every area accepted) or reopen an
                                        approved or published period (for a new version)
  cycle status --committee ID --period YYYY-MM [--filter saknas|sen|atersand] [--json]
                                        every area's state, deadline and who changed it last
  cycle remind --committee ID [--json]  e-mail each person what they still have to do (when
                                        UPPFOLJNING_SMTP_URL is set; else the list is in the app)

  user add USERNAME --role admin|controller|area-manager|reader [--committee C] [--areas A,B]
       [--name NAME] [--email E] [--password-stdin]
                                        adds a person; without --password-stdin a one-time password
                                        is printed, to be changed at the first sign-in
  user list|show [USERNAME] [--json]    people with their roles
  user grant USERNAME --role ROLE [--committee C] [--areas A,B]
                                        gives a role in a committee (replacing the one there)
  user revoke USERNAME --committee C|admin
  user password USERNAME [--password-stdin]
                                        sets a password, or prints a new one-time password
  user disable|enable USERNAME          stops or allows signing in (sessions end at once)

  version publish --committee ID --period YYYY-MM [--json]
                                        publish the period's report as its next version (1, 2, …):
                                        the report JSON and HTML frozen; later imports and edits
                                        never change it
  version list --committee ID [--period YYYY-MM] [--json]
                                        the published versions, newest first (period, number, time, who)
  version show N --committee ID --period YYYY-MM [--format json|html|pdf|docx|xlsx] [--out FILE]
                                        a published version's report as it was published
  version diff [FROM [TO]] --committee ID --period YYYY-MM [--json]
                                        what changed between two versions (default: the latest and
                                        the one before): figures from → to, texts word by word

Amounts: "-0,3 mnkr", "250 tkr", "1 234,50 kr", "−2 500" (kronor without a unit) or --ore N; percentages
"44,5" or "44.5"; key-figure values "12,5".

Options for every command:
  --db FILE | postgres://…              the database (default: $DATABASE_URL, $UPPFOLJNING_DB
                                        or ./data/uppfoljning.sqlite)
  --user NAME                           who imports or changes, as a local administrator (for the
                                        import log and the audit log; default: the login name)
  --json                                the answer as JSON
  -h, --help                            this text
Exit codes: 0 done, 2 bad input (the message names the file, line or option), 3 not found,
4 the database busy with another program's import (nothing changed; try again), 5 the database
could not be upgraded to this version (the message says which step and why), 6 the import cannot
be undone (not the committee's latest, already undone, demo data; the message says why),
7 a text saved with a stale --version (the stored text kept; both versions printed), 8 a step of
the cycle its state refuses (not opened, not ready, areas not accepted, …; the message says why).
`;

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  ...(process.stdout.isTTY ? {} : { bytes: (b: Uint8Array) => process.stdout.write(b) }),
};

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: joinNegativeValues(argv), allowPositionals: true, options: OPTIONS }));
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
    if (e instanceof StaleVersionError) {
      io.err(`uppfoljning: ${e.message}\n`);
      return STALE_VERSION_EXIT;
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
  report: reportCommand,
  import: importCommand,
  mapping: mappingCommand,
  area: areaCommand,
  drill: drillCommand,
  text: textCommand,
  committee: committeeCommand,
  forecast: forecastCommand,
  decision: decisionCommand,
  budget: budgetCommand,
  investment: investmentCommand,
  item: itemCommand,
  kpi: kpiCommand,
  template: templateCommand,
  cycle: cycleCommand,
  user: userCommand,
  audit: auditCommand,
  version: versionCommand,
};
