/**
 * Signing in through the identity provider in Chromium: the sign-in page's "Logga in med …" button
 * leads to the provider (oidc-provider on a local port), whose login and consent forms are filled
 * in, and back to the app signed in; an unknown person lands on the Swedish refusal page. Axe clean.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { SKIP_BROWSER } from '../helpers/browser-session.ts';
import { findChromium, launchChromium } from '../helpers/chromium.ts';
import { type OidcTestSetup, startOidcServer, TEST_OIDC_LABEL } from '../helpers/oidc-server.ts';
import { ensureWebBuild } from '../helpers/web-build.ts';

describe.skipIf(SKIP_BROWSER)('sign-in through the identity provider in Chromium', () => {
  let setup: OidcTestSetup;
  let browser: Browser;

  beforeAll(async () => {
    const chromium = findChromium();
    if (!chromium) throw new Error('CI=true but Chromium was not found');
    await ensureWebBuild();
    setup = await startOidcServer([
      { sub: 'kc-ledamot', email: 'ledamot@kommun.example', name: 'Lena Ledamot' },
      { sub: 'kc-okand', email: 'okand@kommun.example' },
    ]);
    const patched = await setup.server.app.inject({
      method: 'PATCH',
      url: '/api/users/ledamot',
      payload: { email: 'ledamot@kommun.example' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    browser = await launchChromium(chromium);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await setup?.close();
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return { context, page, errors };
  }

  /** From the sign-in page through the provider's forms (keyboard: Tab and Enter) as `login`. */
  async function signInAtProvider(page: Page, login: string) {
    const button = page.getByRole('link', { name: `Logga in med ${TEST_OIDC_LABEL}` });
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.origin === setup.provider.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('vilket-som-helst');
    await page.locator('input[name="password"]').press('Enter');
    await page.locator('button[type="submit"]', { hasText: 'Continue' }).click();
  }

  it('signs a reader in from the sign-in page and comes back to the page asked for', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(`${setup.server.url}/socialnamnden/2025-04`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
    await signInAtProvider(page, 'kc-ledamot');
    await page.waitForURL(`${setup.server.url}/socialnamnden/2025-04`);
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    expect(session.user.username).toBe('ledamot');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an unknown person the Swedish refusal page, axe clean', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${setup.server.url}/`);
    await signInAtProvider(page, 'kc-okand');
    await page.getByRole('heading', { level: 1, name: 'Du kan inte logga in i Uppföljning' }).waitFor();
    await page.getByText('Det finns ingen användare i Uppföljning med e-postadressen okand@kommun.example.').waitFor();
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
    await page.getByRole('link', { name: 'Tillbaka till inloggningen' }).click();
    await page.getByRole('link', { name: `Logga in med ${TEST_OIDC_LABEL}` }).waitFor();
    await context.close();
  });
});
