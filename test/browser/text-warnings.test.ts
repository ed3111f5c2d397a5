/**
 * Text warnings in a real browser (the real server on a fresh demo database, Chromium, axe): the
 * demo's April action of Utredning vuxen says work "har inletts i augusti", and the note beside
 * it says so with the month marked; an amount typed that no figure matches is saved (never
 * blocked) and gets its warning naming the nearest figure; a corrected text loses its warning;
 * the Texter page filters the texts with warnings.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

const AREA = '/socialnamnden/2025-04/omrade/utredning-vuxen';

describe.skipIf(SKIP_BROWSER)('text warnings in Chromium', () => {
  const session = browserSession();
  const box = (label: RegExp) => session.page.getByRole('textbox', { name: label });
  const editorOf = (label: RegExp) => session.page.locator('.text-editor').filter({ has: box(label) });
  const warningsOf = (label: RegExp) => editorOf(label).getByRole('note');

  it('shows the stale month beside the action, marked in its sentence, and describes the text area with it', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}${AREA}`);
    await page.getByRole('heading', { level: 2, name: 'Texter till rapporten' }).waitFor();
    const note = warningsOf(/^Åtgärd till avvikelsen/);
    await note.waitFor();
    expect(await note.getByRole('listitem').first().innerText()).toMatch(
      /^Varning: texten nämner augusti som passerad, men rapporten gäller april\.\s+… .*har inletts i augusti, efter förberedelser/,
    );
    expect(await note.locator('mark').allInnerTexts()).toEqual(['augusti']);
    expect(await note.getAttribute('aria-label')).toBe('Varningar: åtgärd till avvikelsen');
    const description = await box(/^Åtgärd till avvikelsen/).evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('texten nämner augusti som passerad');
    expect(await warningsOf(/^Kommentar till avvikelsen/).count()).toBe(0);
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
    await session.screenshot('text-warnings-area');
  });

  it('saves an amount no figure matches and warns with the nearest figure; a corrected text loses its warning', async () => {
    const page = session.page;
    const comment = box(/^Kommentar till avvikelsen/);
    await comment.fill('Underskottet på 0,2 mnkr beror på jourlägenheterna; i år väntas ett underskott på 2,3 mnkr.');
    await expect
      .poll(() =>
        editorOf(/^Kommentar till avvikelsen/)
          .locator('.text-status')
          .innerText(),
      )
      .toBe('Sparad (version 2)');
    const note = warningsOf(/^Kommentar till avvikelsen/);
    await note.waitFor();
    const items = await note.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^Varning: beloppet 2,3 mnkr stämmer inte med någon siffra för området \(närmast: .+ [+−]\d+,\d mnkr\)\./);
    expect(await note.locator('mark').allInnerTexts()).toEqual(['2,3 mnkr']);

    const action = box(/^Åtgärd till avvikelsen/);
    await action.fill((await action.inputValue()).replace('har inletts i augusti', 'startar i augusti'));
    await expect
      .poll(() =>
        editorOf(/^Åtgärd till avvikelsen/)
          .locator('.text-status')
          .innerText(),
      )
      .toBe('Sparad (version 2)');
    await expect.poll(() => warningsOf(/^Åtgärd till avvikelsen/).count()).toBe(0);
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
  });

  it('filters the Texter page to the texts with warnings', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/2025-04/texter`);
    await page.getByRole('heading', { level: 1, name: 'Texter' }).waitFor();
    await page.getByLabel('Tillstånd').selectOption({ label: 'Med varningar' });
    const rows = page.locator('.texts-table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('th').innerText()).toBe('Utredningsenhet vuxen');
    expect(await rows.first().locator('td').nth(0).innerText()).toBe('Kommentar till avvikelsen');
    expect(await rows.first().locator('td').last().innerText()).toMatch(/^Beloppet 2,3 mnkr stämmer inte/);
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
