import type { parseArgs } from 'node:util';
import type { Db } from '#app/database.ts';
import { InputError } from '#app/errors.ts';

export type Io = { out: (s: string) => void; err: (s: string) => void };

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
  user: { type: 'string' },
  json: { type: 'boolean' },
  key: { type: 'string' },
  label: { type: 'string' },
  'salary-base': { type: 'string' },
  'preliminary-rate': { type: 'string' },
  'fixed-rate': { type: 'string' },
  'actual-rise': { type: 'string' },
  'compensated-rise': { type: 'string' },
  amount: { type: 'string' },
  ore: { type: 'string' },
  kpi: { type: 'string' },
  unit: { type: 'string' },
  target: { type: 'string' },
  decimals: { type: 'string' },
  value: { type: 'string' },
  'allow-removing-months': { type: 'boolean' },
  'replace-organisation': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<Parameters<typeof parseArgs>[0]>['options'];

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
