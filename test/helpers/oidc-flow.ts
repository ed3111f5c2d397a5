/**
 * Drives a sign-in at the test provider with real HTTP requests, as a browser would: redirects
 * followed by hand (fetch with redirect "manual"), cookies kept per origin, and the provider's
 * login and consent forms submitted. Stops at the first answer that is not the provider's (the
 * app's callback, or anything the app answers) and hands it back unread.
 */
import { parseSetCookie } from 'cookie';

export class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  header(url: URL): string {
    const cookies = this.byOrigin.get(url.origin);
    return cookies ? [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') : '';
  }

  store(url: URL, response: Response): void {
    let cookies = this.byOrigin.get(url.origin);
    if (!cookies) {
      cookies = new Map();
      this.byOrigin.set(url.origin, cookies);
    }
    for (const line of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(line);
      const expired = cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now());
      if (expired || cookie.value === '') cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value ?? '');
    }
  }

  get(origin: string, name: string): string | undefined {
    return this.byOrigin.get(origin)?.get(name);
  }

  /** Sends a request with the jar's cookies for its origin and keeps the ones it sets. */
  async fetch(url: URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.header(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(url, response);
    return response;
  }
}

export interface FlowStep {
  url: URL;
  response: Response;
}

/**
 * Starts at `start` and follows redirects and the provider's forms (logging in as `login`, then
 * consenting) until an answer that is not a redirect within the provider. Answers every step; the
 * last is the one outside the provider (or the provider's own error page). `stopBefore` ends the
 * flow before a request to a URL it accepts (answered as `stoppedAt`).
 */
export async function runProviderFlow(
  jar: CookieJar,
  start: URL,
  providerOrigin: string,
  login: string,
  options: { stopBefore?: (url: URL) => boolean } = {},
): Promise<{ steps: FlowStep[]; stoppedAt?: URL }> {
  const steps: FlowStep[] = [];
  let next: { url: URL; init?: RequestInit } | null = { url: start };
  for (let hop = 0; next && hop < 20; hop++) {
    const { url, init }: { url: URL; init?: RequestInit } = next;
    const response = await jar.fetch(url, init);
    steps.push({ url, response });
    next = null;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const target: URL = new URL(location, url);
      if (options.stopBefore?.(target)) return { steps, stoppedAt: target };
      // Within the provider, or out of it to the app's callback; the app's own redirects end the flow.
      if (target.origin === providerOrigin || url.origin === providerOrigin) next = { url: target };
      continue;
    }
    if (url.origin !== providerOrigin || response.status !== 200) break;
    const html = await response.text();
    const prompt = /name="prompt" value="(login|consent)"/.exec(html)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!prompt || !action) throw new Error(`the provider answered a page without its form: ${html.slice(0, 300)}`);
    const form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'vilket-som-helst' } : { prompt });
    next = {
      url: new URL(action.replaceAll('&amp;', '&'), url),
      init: { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    };
  }
  return { steps };
}

/** The last step of a flow (what the app answered). */
export function lastStep({ steps }: { steps: FlowStep[] }): FlowStep {
  const step = steps.at(-1);
  if (!step) throw new Error('the flow made no request');
  return step;
}
