import type { parseArgs } from 'node:util';
import type { Db } from '#app/database.ts';
import { InputError } from '#app/errors.ts';

export type Io = {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Standard input (--password-stdin); default process.stdin. */
  in?: NodeJS.ReadableStream;
  /** Writes a binary file (PDF, Word, Excel) to standard output; absent when that is a terminal. */
  bytes?: (b: Uint8Array) => void;
};

export const OPTIONS = {
  db: { type: 'string' },
  committee: { type: 'string' },
  name: { type: 'string' },
  period: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  kind: { type: 'string' },
  dimension: { type: 'string' },
  code: { type: 'string' },
  area: { type: 'string' },
  account: { type: 'string' },
  'short-name': { type: 'string' },
  order: { type: 'string' },
  user: { type: 'string' },
  text: { type: 'string' },
  file: { type: 'string' },
  version: { type: 'string' },
  materiality: { type: 'string' },
  ore: { type: 'string' },
  missing: { type: 'boolean' },
  history: { type: 'boolean' },
  deviation: { type: 'string' },
  result: { type: 'string' },
  comment: { type: 'string' },
  'fiscal-year': { type: 'string' },
  json: { type: 'boolean' },
  // people (src/cli/user.ts)
  role: { type: 'string' },
  areas: { type: 'string' },
  email: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  // budget decisions, periodization and investment projects (src/cli/decision.ts, investment.ts)
  body: { type: 'string' },
  date: { type: 'string' },
  ref: { type: 'string' },
  amount: { type: 'string' },
  group: { type: 'string' },
  investment: { type: 'boolean' },
  project: { type: 'string' },
  id: { type: 'string' },
  method: { type: 'string' },
  weights: { type: 'string' },
  budget: { type: 'string' },
  'budget-ore': { type: 'string' },
  'carry-over': { type: 'string' },
  'carry-over-ore': { type: 'string' },
  forecast: { type: 'string' },
  'forecast-ore': { type: 'string' },
  accounts: { type: 'string' },
  object: { type: 'string' },
  key: { type: 'string' },
  label: { type: 'string' },
  'salary-base': { type: 'string' },
  'preliminary-rate': { type: 'string' },
  'fixed-rate': { type: 'string' },
  'actual-rise': { type: 'string' },
  'compensated-rise': { type: 'string' },
  kpi: { type: 'string' },
  // the report template (src/cli/template.ts)
  alt: { type: 'string' },
  remove: { type: 'boolean' },
  unit: { type: 'string' },
  target: { type: 'string' },
  decimals: { type: 'string' },
  value: { type: 'string' },
  // the audit log (src/cli/audit.ts)
  what: { type: 'string' },
  by: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  // the monthly cycle (src/cli/cycle.ts)
  deadline: { type: 'string' },
  'area-deadline': { type: 'string' },
  'area-deadlines': { type: 'string' },
  note: { type: 'string' },
  filter: { type: 'string' },
  'allow-removing-months': { type: 'boolean' },
  'replace-organisation': { type: 'boolean' },
  // documents (src/cli/report.ts)
  draft: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/**
 * Joins a string option and a value that starts with a minus sign and a digit ("--deviation
 * -0,3 mnkr") into "--deviation=-0,3 mnkr": parseArgs would take "-0,3 mnkr" for an option.
 */
export function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    const option = (OPTIONS as Record<string, { type: string }>)[name];
    if (option?.type === 'string' && next !== undefined && /^[-\u2212\u2013]\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

export interface Command {
  db: Db;
  values: Values;
  /** Positionals after the command word(s). */
  args: string[];
  io: Io;
}

/** Runs a use case and names its fields by the command's options in an InputError ("decimals" → "--decimals"). */
export async function withOptionNames<T>(flags: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const flag = e instanceof InputError && e.where !== undefined ? flags[e.where] : undefined;
    if (e instanceof InputError && e.where !== undefined && flag) throw new InputError(e.message.slice(e.where.length + 2), flag);
    throw e;
  }
}
