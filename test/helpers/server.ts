/** Starts the real server on a fresh database (a temporary SQLite file unless told) with the demo committee. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { ensureDemo } from '#app/demo/index.ts';
import { buildServer, type ServerOptions } from '#server/app.ts';
import { type Db, openDatabase } from '#store/db.ts';

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  /** "http://127.0.0.1:PORT" when listening, else "". */
  url: string;
  close(): Promise<void>;
}

export interface TestServerOptions {
  listen?: boolean;
  /** The port to listen on (default: any free one). */
  port?: number;
  /** Opens the database (default: a temporary SQLite file), e.g. one of TEST_DATABASES. */
  open?: () => Promise<Db>;
  /** More options for buildServer. */
  server?: Omit<ServerOptions, 'db'>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = options.open ? null : mkdtempSync(join(tmpdir(), 'uppfoljning-test-'));
  const db = dir ? await openDatabase({ file: join(dir, 'test.sqlite') }) : await (options.open as () => Promise<Db>)();
  let app: FastifyInstance | undefined;
  const close = async () => {
    await app?.close();
    await db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ensureDemo(db);
    app = await buildServer({ ...options.server, db });
    let url = '';
    if (options.listen) {
      await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
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

/** Call at the top of a test file or describe block: a fresh server before its tests, closed after. */
export function testServerSuite(options: TestServerOptions = {}): ServerSuite {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(options);
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
