/** Starts the real server on a fresh temporary SQLite database with the demo committee. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { ensureDemo } from '#app/demo/index.ts';
import { buildServer } from '#server/app.ts';
import { type Db, openDatabase } from '#store/db.ts';

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  /** "http://127.0.0.1:PORT" when listening, else "". */
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(options: { listen?: boolean } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'uppfoljning-test-'));
  const db = await openDatabase({ file: join(dir, 'test.sqlite') });
  let app: FastifyInstance | undefined;
  const close = async () => {
    await app?.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ensureDemo(db);
    app = await buildServer({ db });
    let url = '';
    if (options.listen) {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('server has no TCP address');
      url = `http://127.0.0.1:${address.port}`;
    }
    return { app, db, url, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface ServerSuite {
  readonly server: TestServer;
  /** GET through fastify.inject. */
  get(url: string): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
}

/** Call at the top of a test file: a fresh server before its tests, closed after. */
export function testServerSuite(): ServerSuite {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = () => {
    if (!server) throw new Error('the test server is not started yet (use it inside a test or hook)');
    return server;
  };
  return {
    get server() {
      return started();
    },
    get: (url: string) => started().app.inject({ method: 'GET', url }),
  };
}
