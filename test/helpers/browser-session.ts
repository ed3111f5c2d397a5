/**
 * One browser session for a suite of browser tests: the real server on a fresh demo database,
 * Debian's Chromium and a Swedish page. Without Chromium the suite is skipped, except under
 * CI=true where that is a failure. UPPFOLJNING_SCREENSHOTS=<dir> saves screenshots there.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium, launchChromium } from './chromium.ts';
import { startTestServer, type TestServer } from './server.ts';
import { ensureWebBuild } from './web-build.ts';

const chromiumPath = findChromium();
const inCi = process.env.CI === 'true';
/** describe.skipIf(SKIP_BROWSER): true only outside CI on a machine without Chromium. */
export const SKIP_BROWSER = !chromiumPath && !inCi;
if (SKIP_BROWSER) console.warn('Chromium not found (set UPPFOLJNING_CHROME or apt-get install chromium): browser tests skipped.');
const screenshotDir = process.env.UPPFOLJNING_SCREENSHOTS;

export interface BrowserSession {
  readonly server: TestServer;
  readonly page: Page;
  /** Errors thrown in the page, which a test should expect to be none. */
  readonly pageErrors: string[];
  screenshot(name: string): Promise<void>;
}

/**
 * Signs a browser context in as a demo user (password "demo-" + username unless given): the
 * context's pages then carry the session cookie, and the app reads the CSRF token from GET /api/session.
 */
export async function signInContext(
  context: BrowserContext,
  baseUrl: string,
  username: string,
  password = `demo-${username}`,
): Promise<void> {
  const res = await context.request.post(`${baseUrl}/api/session`, { data: { username, password } });
  if (!res.ok()) throw new Error(`sign-in as ${username} answered ${res.status()}: ${await res.text()}`);
}

export interface BrowserSessionOptions {
  /** The demo user the page is signed in as (default "admin"); null: not signed in. */
  user?: string | null;
  /** Which demo committees the server loads (default Socialnämnden alone). */
  demo?: 'all' | 'socialnamnden';
}

/** Call inside describe(): starts everything before the suite and stops it after. */
export function browserSession(options: BrowserSessionOptions = {}): BrowserSession {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!chromiumPath) throw new Error('CI=true but Chromium was not found (UPPFOLJNING_CHROME or /usr/bin/chromium)');
    await ensureWebBuild();
    server = await startTestServer({ listen: true, demo: options.demo });
    browser = await launchChromium(chromiumPath);
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const user = options.user === undefined ? 'admin' : options.user;
    if (user) await signInContext(context, server.url, user);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the browser session has no ${what} yet (use it inside a test)`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get page() {
      return started(page, 'page');
    },
    pageErrors,
    async screenshot(name: string) {
      if (screenshotDir && page) await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
    },
  };
}

/** Runs `run` on a page of a new context signed in as another demo user, beside the session's own; closes it after. */
export async function withUserPage<T>(session: BrowserSession, username: string, run: (page: Page) => Promise<T>): Promise<T> {
  const browser = session.page.context().browser();
  if (!browser) throw new Error('the session has no browser');
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  try {
    context.setDefaultTimeout(10_000);
    await signInContext(context, session.server.url, username);
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}
