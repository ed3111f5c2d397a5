/**
 * Signing in and out in Chromium: the sign-in page (axe clean), a wrong password said by the
 * field, an area manager's menu without the controller's pages, signing out, and a one-time
 * password that must be changed before the app opens.
 */
import { describe, expect, it } from 'vitest';
import { addUser } from '#app/users.ts';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

describe.skipIf(SKIP_BROWSER)('sign-in in Chromium', () => {
  const session = browserSession({ user: null });

  const signIn = async (username: string, password: string) => {
    const page = session.page;
    await page.getByLabel('Användarnamn').fill(username);
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
  };

  it('asks for sign-in, says a wrong password by the field, and opens the app for an area manager', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.title()).toMatch(/^Logga in/);
    expect((await runAxe(page)).serious).toEqual([]);
    await signIn('omradeschef', 'fel-losenord');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Fel användarnamn eller lösenord.');
    expect(await page.getByLabel('Lösenord', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await signIn('omradeschef', 'demo-omradeschef');
    // The page asked for is the one that opens.
    await page.getByRole('heading', { level: 1, name: /Socialnämnden/ }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual([
      'Nämnder',
      'Att göra',
      'Texter',
      'Prognoser',
      'Nyckeltal',
      'Granskning',
      'Versioner',
    ]);
    expect(await page.locator('.user-menu').innerText()).toMatch(/Omar Områdeschef · områdeschef \(socialnamnden\)/);
    expect((await runAxe(page)).serious).toEqual([]);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    // Signed out on the server too.
    expect((await page.request.get(`${session.server.url}/api/session`)).status()).toBe(401);
    expect(session.pageErrors).toEqual([]);
  });

  it('makes a user with a one-time password choose their own before the app opens', async () => {
    const { oneTimePassword } = await addUser(session.server.db, { username: 'ny', role: 'reader', committee: 'socialnamnden' }, 'test');
    const page = session.page;
    await page.goto(`${session.server.url}/`);
    await signIn('ny', oneTimePassword ?? '');
    await page.getByRole('heading', { level: 1, name: 'Byt lösenord' }).waitFor();
    expect((await runAxe(page)).serious).toEqual([]);
    await page.getByLabel('Nuvarande lösenord').fill(oneTimePassword ?? '');
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('kort');
    await page.getByLabel('Upprepa det nya lösenordet').fill('kort');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByRole('alert').filter({ hasText: 'minst 10 tecken' }).waitFor();
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('ett-eget-losenord');
    await page.getByLabel('Upprepa det nya lösenordet').fill('ett-eget-losenord');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    // The app opens, signed in as the new reader.
    await page.locator('.user-menu').filter({ hasText: 'läsare (socialnamnden)' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Byt lösenord' }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
