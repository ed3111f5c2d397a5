/**
 * The server's PDF renderer: one warm browser, launched on the first render and kept, a fresh
 * browser context (page) per render, at most `concurrency` renders at once and the rest queued
 * in order. A browser that dies (crashed, killed) is dropped and the next render launches a new
 * one; a render that finds its browser dead under it is tried once more on a new one. Each render
 * has a timeout, after which its page is closed and a Swedish error returned.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { PrintableDocument, RenderOptions } from '../model.ts';
import { launchChrome, requireChrome } from './chromium.ts';
import { PdfRenderError } from './errors.ts';
import { type PdfResult, renderPdfOnPage } from './render.ts';

export interface PdfRendererOptions {
  /** Chrome or Chromium; default: UPPFOLJNING_CHROME, then the usual places (at the first render). */
  executablePath?: string;
  /** Renders at once; the rest wait in order. */
  concurrency?: number;
  /** Per render, from the moment it starts (launch included); default 30 s. */
  timeoutMs?: number;
}

export interface PdfRenderer {
  render(doc: PrintableDocument, options?: RenderOptions): Promise<Uint8Array>;
  /** The same, with what the renderer learnt: pages, section pages, passes. */
  renderDetailed(doc: PrintableDocument, options?: RenderOptions): Promise<PdfResult>;
  /** How many browsers it has launched (1 for as long as the first stays alive). */
  readonly launches: number;
  /** Renders under way, and renders waiting for one of the `concurrency` places. */
  readonly running: number;
  readonly queued: number;
  close(): Promise<void>;
}

export const DEFAULT_CONCURRENCY = 2;
export const DEFAULT_TIMEOUT_MS = 30_000;

class BrowserDied extends Error {
  constructor(override readonly cause: unknown) {
    super('the browser died during the render', { cause });
  }
}

const seconds = (ms: number) => (ms / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 1 });

export function createPdfRenderer(options: PdfRendererOptions = {}): PdfRenderer {
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let browser: Promise<Browser> | null = null;
  let launches = 0;
  let closed = false;
  let running = 0;
  const waiting: (() => void)[] = [];

  function warmBrowser(): Promise<Browser> {
    if (browser) return browser;
    const path = options.executablePath ?? requireChrome();
    const launching: Promise<Browser> = launchChrome(path).then(
      (b) => {
        b.on('disconnected', () => forget(launching));
        return b;
      },
      (error: unknown) => {
        forget(launching);
        throw new PdfRenderError(`Chrome eller Chromium (${path}) gick inte att starta för att göra PDF:en.`, 'no-browser', {
          cause: error,
        });
      },
    );
    launches++;
    browser = launching;
    return launching;
  }

  function forget(which: Promise<Browser>): void {
    if (browser === which) browser = null;
  }

  async function inSlot<T>(work: () => Promise<T>): Promise<T> {
    if (running < concurrency) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  }

  /** One attempt; `track` hands the context to the timeout so it can close it. */
  async function attempt(doc: PrintableDocument, options: RenderOptions, track: (c: BrowserContext) => void): Promise<PdfResult> {
    if (closed) throw new PdfRenderError('PDF-tjänsten är stängd.', 'closed');
    const launching = warmBrowser();
    // Launched, or died while launching (crashed, killed): the next attempt launches anew.
    const b = await launching.catch((error: unknown) => {
      throw new BrowserDied(error);
    });
    let context: BrowserContext | null = null;
    try {
      // The report needs neither scripts nor the network: a text that slipped its escaping could use neither.
      context = await b.newContext({ javaScriptEnabled: false, offline: true });
      track(context);
      return await renderPdfOnPage(await context.newPage(), doc, options);
    } catch (error) {
      if (b.isConnected()) throw error;
      forget(launching);
      throw new BrowserDied(
        new PdfRenderError('Chrome eller Chromium avslutades medan PDF:en gjordes. Försök igen om en stund.', 'crashed', { cause: error }),
      );
    } finally {
      await context?.close().catch(() => undefined);
    }
  }

  async function withRetry(doc: PrintableDocument, options: RenderOptions, track: (c: BrowserContext) => void): Promise<PdfResult> {
    try {
      return await attempt(doc, options, track);
    } catch (error) {
      // The browser died under this render, or just before it, or while launching: once more on a new one.
      if (!(error instanceof BrowserDied)) throw error;
      return attempt(doc, options, track).catch((again: unknown) => {
        throw again instanceof BrowserDied ? again.cause : again;
      });
    }
  }

  function timed(doc: PrintableDocument, options: RenderOptions): Promise<PdfResult> {
    let context: BrowserContext | null = null;
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const track = (c: BrowserContext) => {
      context = c;
      if (timedOut) void c.close().catch(() => undefined);
    };
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        void (context as BrowserContext | null)?.close().catch(() => undefined);
        reject(new PdfRenderError(`PDF:en blev inte klar inom ${seconds(timeoutMs)} sekunder. Försök igen om en stund.`, 'timeout'));
      }, timeoutMs);
    });
    const work = withRetry(doc, options, track);
    work.catch(() => undefined);
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  const renderDetailed = (doc: PrintableDocument, options: RenderOptions = {}) => inSlot(() => timed(doc, options));

  return {
    renderDetailed,
    render: async (doc, options) => (await renderDetailed(doc, options)).bytes,
    get launches() {
      return launches;
    },
    get running() {
      return running;
    },
    get queued() {
      return waiting.length;
    },
    async close() {
      closed = true;
      const open = browser;
      browser = null;
      const b = await open?.catch(() => null);
      await b?.close();
    },
  };
}
