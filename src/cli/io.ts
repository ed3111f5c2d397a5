import type { parseArgs } from 'node:util';
import type { Db } from '#app/database.ts';

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
  json: { type: 'boolean' },
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
