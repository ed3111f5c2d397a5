/**
 * Finds Chrome or Chromium on the machine the server or the CLI runs on, and launches it headless
 * with the flags this kind of closed network needs (no calls home). UPPFOLJNING_CHROME names the
 * program first; otherwise the usual places on Linux, macOS and Windows (Edge is Chromium too).
 */
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { PdfRenderError } from './errors.ts';

export const CHROME_ENV = 'UPPFOLJNING_CHROME';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/usr/bin/microsoft-edge',
];

const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

const WINDOWS_APPS = [
  'Google\\Chrome\\Application\\chrome.exe',
  'Chromium\\Application\\chrome.exe',
  'Microsoft\\Edge\\Application\\msedge.exe',
];

export interface ChromeLookup {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  exists?: (path: string) => boolean;
}

/** The places looked in, in order (after UPPFOLJNING_CHROME). */
export function chromeCandidates(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') {
    const home = env.HOME;
    return [...MAC_APPS.map((app) => `/Applications/${app}`), ...(home ? MAC_APPS.map((app) => `${home}/Applications/${app}`) : [])];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => WINDOWS_APPS.map((app) => win32.join(root, app)));
  }
  return LINUX;
}

/** UPPFOLJNING_CHROME first, then the usual paths; null when none exists. */
export function findChrome(lookup: ChromeLookup = {}): string | null {
  const env = lookup.env ?? process.env;
  const exists = lookup.exists ?? existsSync;
  const named = env[CHROME_ENV];
  if (named) return exists(named) ? named : null;
  return chromeCandidates(lookup.platform ?? process.platform, env).find((path) => exists(path)) ?? null;
}

/** The program to launch, or a Swedish error that says how to name one. */
export function requireChrome(lookup: ChromeLookup = {}): string {
  const found = findChrome(lookup);
  if (found) return found;
  const named = (lookup.env ?? process.env)[CHROME_ENV];
  const message = named
    ? `${CHROME_ENV} pekar på ${named}, men där finns inget program. Ange sökvägen till Chrome eller Chromium i ${CHROME_ENV}.`
    : `Hittar ingen Chrome eller Chromium att göra PDF med. Installera Google Chrome eller Chromium, eller ange sökvägen till programmet i miljövariabeln ${CHROME_ENV}.`;
  throw new PdfRenderError(message, 'no-browser');
}

/** Launches headless Chrome or Chromium (the given program, else the one found). */
export function launchChrome(executablePath: string = requireChrome()): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
}
