/**
 * What the benchmarks share: the import benchmarks' child processes (each its own process, so that
 * each has its own peak RSS), tsx, and a JSON GET.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
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

/** The session of the server child's administrator (set by startServerChild), sent with every request. */
let session: Record<string, string> = {};

/** fetch() with the benchmark's session: its cookie and CSRF token. */
export function authedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, headers: { ...session, ...(init.headers as Record<string, string> | undefined) } });
}

/** The session's headers, for tools that send their own requests (autocannon -H). */
export const sessionHeaders = (): Record<string, string> => ({ ...session });

export function useSession(cookie: string, csrfToken: string): void {
  session = { cookie, 'x-csrf-token': csrfToken };
}

/** GET a JSON answer; anything but 2xx is an error naming the URL. */
export async function getJson<T>(url: string): Promise<T> {
  const res = await authedFetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/**
 * Starts the real HTTP server (_server-child.ts) on a database in a child process: Node itself
 * with tsx's loader, so that the child's pid is the server's (for its RSS). BENCH_SERVER_PROFILE=DIR:
 * the server writes a CPU profile there.
 */
export async function startServerChild(target: string, ...args: string[]): Promise<{ base: string; child: ChildProcess }> {
  const profile = process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : [];
  const server = resolve(import.meta.dirname, '_server-child.ts');
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', server, target, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    const signed = /^session (\S+) (\S+)$/.exec(line);
    if (signed?.[1] && signed[2]) useSession(signed[1], signed[2]);
    const m = /^listening (\d+)$/.exec(line);
    if (m) return { base: `http://127.0.0.1:${m[1]}`, child };
  }
  throw new Error('the server did not start');
}

export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
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
