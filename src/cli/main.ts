/** The `uppfoljning` command: thin wrappers over the use cases in src/app. */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDemo } from '../app/demo/index.ts';
import { InputError, NotFoundError } from '../app/errors.ts';
import { buildReport } from '../app/report.ts';
import { renderHtml } from '../report/html.ts';
import { toJsonContract } from '../report/json.ts';
import { openDatabase } from '../store/db.ts';

const USAGE = `Usage: uppfoljning <command> [options]

Commands:
  demo                                  load the demo committee (Socialnämnden 2025) into the database
  report --committee ID --period YYYY-MM [--format json|html] [--out FILE]
                                        write the monthly report (default: json to standard output)

Options for every command:
  --db FILE | postgres://…              the database (default: $DATABASE_URL, $UPPFOLJNING_DB
                                        or ./data/uppfoljning.sqlite)
  -h, --help                            this text
`;

type Io = { out: (s: string) => void; err: (s: string) => void };
const stdio: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.err(`uppfoljning: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const dbArg = values.db;
  const db = await openDatabase(dbArg ? (/^postgres(ql)?:\/\//.test(dbArg) ? { url: dbArg } : { file: dbArg }) : {});
  try {
    switch (command) {
      case 'demo':
        await loadDemo(db);
        io.out(`Demonämnden Socialnämnden (2025, januari–april) är inläst i ${db.location}.\n`);
        return 0;
      case 'report':
        return await report(db, values, io);
      default:
        io.err(`uppfoljning: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof InputError) {
      io.err(`uppfoljning: ${e.message}\n`);
      return e instanceof NotFoundError ? 3 : 2;
    }
    throw e;
  } finally {
    await db.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      committee: { type: 'string' },
      period: { type: 'string' },
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function report(db: Awaited<ReturnType<typeof openDatabase>>, values: ReturnType<typeof parse>['values'], io: Io): Promise<number> {
  if (!values.committee) throw new InputError('is required', '--committee');
  if (!values.period) throw new InputError('is required (YYYY-MM)', '--period');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'html') throw new InputError(`"${format}" is not json or html`, '--format');
  const doc = await buildReport(db, values.committee, values.period);
  const text = format === 'json' ? `${JSON.stringify(toJsonContract(doc), null, 2)}\n` : renderHtml(doc);
  if (values.out) {
    writeFileSync(values.out, text);
    io.err(`Wrote ${values.out}\n`);
  } else {
    io.out(text);
  }
  return 0;
}
