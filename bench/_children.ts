/**
 * What the benchmarks share: the import benchmarks' child processes (each its own process, so that
 * each has its own peak RSS), tsx, and a JSON GET.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';

export interface ChildResult {
  seconds: number;
  maxRssKb: number;
  counts: { vouchers: number; transactions: number };
}

export const tsx = resolve(import.meta.dirname, '../node_modules/.bin/tsx');

/** Runs bench/NAME.ts with arguments and parses the JSON it prints. */
export function runChild(name: string, ...args: string[]): ChildResult {
  const out = execFileSync(tsx, [resolve(import.meta.dirname, `${name}.ts`), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as ChildResult;
}

/** GET a JSON answer; anything but 2xx is an error naming the URL. */
export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** Runs `run` with the URL of a fresh database on the PostgreSQL server of `url`, dropped afterwards. */
export async function inFreshPostgres<T>(url: string, name: string, run: (target: string) => T | Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    return await run(target.toString());
  } finally {
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}
