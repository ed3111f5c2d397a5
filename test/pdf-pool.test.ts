/**
 * The server's PDF renderer (src/report/pdf/pool.ts) with real Chromium: one browser launched at
 * the first render and kept for the next ones, at most two renders at once and the rest queued,
 * a killed browser replaced at the next render, a render that takes too long stopped with a
 * Swedish error, and the search for Chrome (UPPFOLJNING_CHROME first, a Swedish error naming it).
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '#report/model.ts';
import { CHROME_ENV, chromeCandidates, findChrome, requireChrome } from '#report/pdf/chromium.ts';
import { PdfRenderError } from '#report/pdf/errors.ts';
import { createPdfRenderer, type PdfRenderer } from '#report/pdf/pool.ts';
import { demoApril, SKIP_PDF, TEST_NOW } from './helpers/pdf-demo.ts';
import { pdfFile, pdfInfo } from './helpers/pdf-read.ts';

/** The browser processes this test process started (Playwright spawns Chromium as our child). */
function browserPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, comm]) => comm !== undefined && /chrom/i.test(comm))
    .map(([pid]) => Number(pid));
}

const pages = (bytes: Uint8Array) => Number(pdfInfo(pdfFile(bytes)).Pages);

describe.skipIf(SKIP_PDF)('the warm PDF renderer', () => {
  let doc: ReportDocument;
  let renderer: PdfRenderer;
  beforeAll(async () => {
    doc = await demoApril();
    renderer = createPdfRenderer();
  });
  afterAll(() => renderer?.close());

  it('launches no browser before the first render, then one, and keeps it for every render after', async () => {
    expect(renderer.launches).toBe(0);
    expect(browserPids()).toEqual([]);
    const first = await renderer.render(doc, { now: TEST_NOW });
    expect(pages(first)).toBeGreaterThan(3);
    const [pid] = browserPids();
    expect(pid).toBeGreaterThan(0);
    await renderer.render(doc, { now: TEST_NOW });
    expect(renderer.launches).toBe(1);
    expect(browserPids()).toEqual([pid]);
  });

  it('renders at most two at once and queues the rest, in the same browser', async () => {
    const four = [1, 2, 3, 4].map(() => renderer.render(doc, { now: TEST_NOW }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(renderer.running).toBe(2);
    expect(renderer.queued).toBe(2);
    const results = await Promise.all(four);
    expect(results.map(pages)).toEqual(results.map(() => pages(results[0] as Uint8Array)));
    expect([renderer.running, renderer.queued, renderer.launches]).toEqual([0, 0, 1]);
  });

  it('launches a new browser at the next render when the one it kept is killed', async () => {
    const [pid] = browserPids();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid as number, 'SIGKILL');
    // No waiting for Playwright to notice: the render finds the browser dead and tries a new one.
    const bytes = await renderer.render(doc, { now: TEST_NOW });
    expect(pages(bytes)).toBeGreaterThan(3);
    expect(renderer.launches).toBe(2);
    const now = browserPids();
    expect(now).toHaveLength(1);
    expect(now).not.toContain(pid);
  });

  it('renders on a new browser when its browser is killed while launching or rendering', async () => {
    const fresh = createPdfRenderer();
    try {
      const before = browserPids();
      const rendering = fresh.render(doc, { now: TEST_NOW });
      let pid: number | undefined;
      while (pid === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        pid = browserPids().find((p) => !before.includes(p));
      }
      process.kill(pid, 'SIGKILL');
      expect(pages(await rendering)).toBeGreaterThan(3);
      expect(fresh.launches).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it('stops a render that takes longer than its timeout, with a Swedish error, and frees its place', async () => {
    const hasty = createPdfRenderer({ timeoutMs: 50 });
    try {
      const error = await hasty.render(doc, { now: TEST_NOW }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfRenderError);
      expect((error as PdfRenderError).reason).toBe('timeout');
      expect((error as PdfRenderError).message).toBe('PDF:en blev inte klar inom 0,1 sekunder. Försök igen om en stund.');
      expect([hasty.running, hasty.queued]).toEqual([0, 0]);
    } finally {
      await hasty.close();
    }
  });

  it('refuses to render once closed, and its browser is gone', async () => {
    const short = createPdfRenderer();
    await short.render(doc, { now: TEST_NOW });
    const before = browserPids();
    await short.close();
    expect(browserPids().length).toBe(before.length - 1);
    const error = await short.render(doc).catch((e: unknown) => e);
    expect((error as PdfRenderError).reason).toBe('closed');
  });
});

describe('finding Chrome or Chromium', () => {
  const on = (paths: string[]) => (path: string) => paths.includes(path);

  it('takes UPPFOLJNING_CHROME first, and says so in Swedish when it names nothing', () => {
    const env = { [CHROME_ENV]: '/opt/min-chrome/chrome' };
    expect(findChrome({ env, platform: 'linux', exists: on(['/opt/min-chrome/chrome', '/usr/bin/chromium']) })).toBe(
      '/opt/min-chrome/chrome',
    );
    expect(() => requireChrome({ env, platform: 'linux', exists: on(['/usr/bin/chromium']) })).toThrow(
      'UPPFOLJNING_CHROME pekar på /opt/min-chrome/chrome, men där finns inget program. Ange sökvägen till Chrome eller Chromium i UPPFOLJNING_CHROME.',
    );
  });

  it('looks in the usual places on Linux, macOS and Windows, and names UPPFOLJNING_CHROME when none is there', () => {
    expect(findChrome({ env: {}, platform: 'linux', exists: on(['/usr/bin/google-chrome-stable']) })).toBe('/usr/bin/google-chrome-stable');
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChrome({ env: {}, platform: 'darwin', exists: on([mac]) })).toBe(mac);
    const windows = chromeCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' });
    expect(windows.some((p) => p.endsWith('chrome.exe'))).toBe(true);
    expect(windows.some((p) => p.endsWith('msedge.exe'))).toBe(true);
    const error = (() => {
      try {
        requireChrome({ env: {}, platform: 'linux', exists: () => false });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PdfRenderError);
    expect((error as PdfRenderError).reason).toBe('no-browser');
    expect((error as Error).message).toMatch(/^Hittar ingen Chrome eller Chromium att göra PDF med\..*UPPFOLJNING_CHROME\.$/);
  });
});
