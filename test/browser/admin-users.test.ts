/**
 * The admin page in Chromium, by keyboard where it matters: the menu entry (admins only), adding an
 * area manager with a one-time password shown once, a form error by its field, granting and
 * revoking a role, resetting a password (the new one works, the old does not), disabling; axe clean.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER, signInContext } from '../helpers/browser-session.ts';

describe.skipIf(SKIP_BROWSER)('the admin page in Chromium', () => {
  const session = browserSession();

  const signIn = async (username: string, password: string) =>
    fetch(`${session.server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  it('lists the users with their roles and adds an area manager with a one-time password', async () => {
    const page = session.page;
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${session.server.url}/`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare och roller' }).waitFor();
    const list = page.getByRole('region', { name: /^Användare/ });
    const omradeschef = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /\(omradeschef\)/ }) });
    await omradeschef.getByText('Områdeschef i Socialnämnden: Utredning vuxen, Utredning barn').waitFor();
    expect(await runAxe(page).then((r) => r.serious)).toEqual([]);

    // A missing username is said by its field, which gets focus.
    const form = page.getByRole('form', { name: 'Lägg till användare' });
    await form.getByRole('button', { name: 'Lägg till användaren' }).click();
    await form.getByText('Ange ett användarnamn, t.ex. anna.andersson.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ny-anvandare-username');

    await form.getByLabel('Användarnamn').fill('berit');
    await form.getByLabel('Namn (valfritt)').fill('Berit Boende');
    await form.getByLabel('E-post (valfritt)').fill('berit@kommun.example');
    await form.getByLabel('Roll', { exact: true }).selectOption({ label: 'Områdeschef' });
    await form.getByLabel('Nämnd').selectOption({ label: 'Socialnämnden' });
    await form.getByRole('button', { name: 'Lägg till användaren' }).click();
    await form.getByText('Välj minst ett område som områdeschefen ansvarar för.').waitFor();
    await form.getByLabel('Boendeenheten').check();
    await form.getByRole('button', { name: 'Lägg till användaren' }).click();
    const secret = page.getByRole('region', { name: 'Engångslösenord för berit' });
    await secret.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('engangslosenord-rubrik');
    const password = (await secret.locator('code').textContent()) ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(await runAxe(page).then((r) => r.serious)).toEqual([]);
    await secret.getByRole('button', { name: 'Jag har noterat lösenordet' }).click();
    expect(await secret.count()).toBe(0);
    expect((await signIn('berit', password)).status).toBe(200);

    const berit = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /\(berit\)/ }) });
    await berit.getByText('Områdeschef i Socialnämnden: Boendeenheten').waitFor();
    await berit.getByText('berit@kommun.example').waitFor();

    // Grant the admin role (keyboard: the form's first field has focus), then revoke it.
    await berit.getByRole('button', { name: 'Ge roll till Berit Boende' }).click();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await berit.getByLabel('Roll', { exact: true }).selectOption({ label: 'Administratör' });
    await berit.getByRole('button', { name: 'Ge rollen till berit' }).click();
    await page.getByRole('status').filter({ hasText: 'Rollen är given till berit.' }).waitFor();
    await berit.getByText('Administratör (alla nämnder och användare)').waitFor();
    await berit.getByRole('button', { name: 'Ta bort rollen Administratör från Berit Boende' }).click();
    await page.getByRole('status').filter({ hasText: 'Rollen Administratör är borttagen från Berit Boende.' }).waitFor();
    expect(await berit.getByText('Administratör (alla nämnder och användare)').count()).toBe(0);

    // Reset: a new one-time password that works; the old one no longer does.
    await berit.getByRole('button', { name: 'Återställ lösenord för Berit Boende' }).click();
    const reset = page.getByRole('region', { name: 'Engångslösenord för berit' });
    await reset.waitFor();
    const newPassword = (await reset.locator('code').textContent()) ?? '';
    expect(newPassword).not.toBe(password);
    expect((await signIn('berit', password)).status).toBe(401);
    expect((await signIn('berit', newPassword)).status).toBe(200);

    // Disable: marked, and sign-in refused.
    await berit.getByRole('button', { name: 'Stäng av Berit Boende' }).click();
    await berit.getByText('Avstängd').waitFor();
    expect((await signIn('berit', newPassword)).status).not.toBe(200);
    await berit.getByRole('button', { name: 'Aktivera Berit Boende' }).waitFor();
    expect(await runAxe(page).then((r) => r.serious)).toEqual([]);
    await session.screenshot('admin-users');
    expect(session.pageErrors).toEqual([]);
  });

  it('has no menu entry for a controller, and the page says the users cannot be read', async () => {
    const browser = session.page.context().browser();
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale: 'sv-SE' });
    try {
      await signInContext(context, session.server.url, 'controller');
      const page = await context.newPage();
      await page.goto(`${session.server.url}/`);
      const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
      await menu.getByRole('link', { name: 'Nämnder' }).waitFor();
      expect(await menu.getByRole('link', { name: 'Användare' }).count()).toBe(0);
      await page.goto(`${session.server.url}/admin/anvandare`);
      await page.getByRole('alert').filter({ hasText: 'Användarna kunde inte hämtas' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
