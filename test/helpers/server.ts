/** Starts the real server on a fresh database (a temporary SQLite file unless told) with the demo (Socialnämnden unless told). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { ensureDemo } from '#app/demo/index.ts';
import { addUser } from '#app/users.ts';
import { buildServer, type ServerOptions } from '#server/app.ts';
import { SESSION_COOKIE } from '#server/auth/cookie.ts';
import { type Db, openDatabase } from '#store/db.ts';
import { findUserByUsername } from '#store/users.ts';

export type SignedInInject = (options: InjectOptions | string) => Promise<LightMyRequestResponse>;

/** A signed-in session: the cookie header and the CSRF token. */
export interface TestCredentials {
  cookie: string;
  csrfToken: string;
}

export interface TestServer {
  /** The server; its `inject` is signed in as the demo's administrator ("admin"). */
  app: FastifyInstance;
  /** The same server without a session (for 401s and the sign-in itself). */
  anonymous: FastifyInstance;
  db: Db;
  /** "http://127.0.0.1:PORT" when listening, else "". */
  url: string;
  /** An inject signed in as a demo user (password "demo-" + username unless given). */
  as(username: string, password?: string): Promise<SignedInInject>;
  /** Signs in over inject and answers the cookie and CSRF token. */
  signIn(username: string, password?: string): Promise<TestCredentials>;
  /** fetch() on the listening server, signed in as the demo's administrator (cookie and CSRF token added). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function signInOver(app: FastifyInstance, username: string, password = `demo-${username}`): Promise<TestCredentials> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${username} answered ${res.statusCode}: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { cookie: `${SESSION_COOKIE}=${cookie.value}`, csrfToken: (res.json() as { csrfToken: string }).csrfToken };
}

/** inject with the session's cookie and CSRF token (a request's own headers win). */
export function injectWith(app: FastifyInstance, credentials: TestCredentials): SignedInInject {
  return (options) => {
    const o: InjectOptions = typeof options === 'string' ? { url: options } : options;
    return app.inject({ ...o, headers: { cookie: credentials.cookie, 'x-csrf-token': credentials.csrfToken, ...(o.headers ?? {}) } });
  };
}

/**
 * A server built by a test itself (not startTestServer), signed in as an administrator: creates the
 * user "admin" (password "demo-admin") when the database has none.
 */
export async function signedInAsAdmin(app: FastifyInstance, db: Db): Promise<FastifyInstance> {
  if (!(await db.snapshot((q) => findUserByUsername(q, 'admin')))) {
    await addUser(db, { username: 'admin', role: 'admin', password: 'demo-admin' }, 'test');
  }
  return signedInApp(app, await signInOver(app, 'admin'));
}

/** The server with `inject` signed in; every other property is the server's own. */
function signedInApp(app: FastifyInstance, credentials: TestCredentials): FastifyInstance {
  const inject = injectWith(app, credentials);
  return new Proxy(app, {
    get(target, property) {
      // Tests call inject(options) only, never the chained form.
      if (property === 'inject') return inject;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface TestServerOptions {
  listen?: boolean;
  /** The port to listen on (default: any free one). */
  port?: number;
  /** Opens the database (default: a temporary SQLite file), e.g. one of TEST_DATABASES. */
  open?: () => Promise<Db>;
  /** More options for buildServer. */
  server?: Omit<ServerOptions, 'db'>;
  /** Which demo committees: Socialnämnden alone (the default, quicker) or all three. */
  demo?: 'all' | 'socialnamnden';
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
    await ensureDemo(db, { committees: options.demo ?? 'socialnamnden' });
    // Tests sign in many times: no sign-in limit unless the test sets one.
    const server = await buildServer({ signInPerMinute: 100_000, ...options.server, db });
    app = server;
    let url = '';
    if (options.listen) {
      await server.listen({ port: options.port ?? 0, host: '127.0.0.1' });
      const address = server.server.address();
      if (!address || typeof address === 'string') throw new Error('server has no TCP address');
      url = `http://127.0.0.1:${address.port}`;
    }
    const admin = await signInOver(server, 'admin');
    return {
      app: signedInApp(server, admin),
      anonymous: server,
      db,
      url,
      as: async (username, password) => injectWith(server, await signInOver(server, username, password)),
      signIn: (username, password) => signInOver(server, username, password),
      fetch: (path, init = {}) => {
        if (!url) throw new Error('fetch needs a listening test server (listen: true)');
        const headers = new Headers(init.headers);
        if (!headers.has('cookie')) headers.set('cookie', admin.cookie);
        if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', admin.csrfToken);
        return fetch(`${url}${path}`, { ...init, headers });
      },
      close,
    };
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
