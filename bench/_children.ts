/**
 * What the benchmarks share: the import benchmarks' child processes (each its own process, so that
 * each has its own peak RSS), tsx, and a JSON GET.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

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
