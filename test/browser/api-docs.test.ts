/**
 * The API page (/api/docs) in a real browser: it loads with the server's security headers (CSP:
 * only its own scripts), from its own assets, and lists the routes of the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

describe.skipIf(SKIP_BROWSER)('API page in Chromium', () => {
  const session = browserSession();

  it('shows every operation of the OpenAPI document, with no script or CSP errors and no outside requests', async () => {
    const { page, server } = session;
    const consoleErrors: string[] = [];
    const outside: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    const res = await page.goto(`${server.url}/api/docs`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.locator('.opblock').first().waitFor();
    const doc = (await (await server.fetch(`/api/openapi.json`)).json()) as { paths: Record<string, object> };
    const operations = Object.values(doc.paths).reduce((n, p) => n + Object.keys(p).length, 0);
    await expect.poll(() => page.locator('.opblock').count()).toBe(operations);
    expect(await page.locator('.opblock-summary-path').allInnerTexts()).toContain('/api/committees/{id}/reports/{period}');
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
