/**
 * The areas' names on the mapping page in Chromium: a short name typed for an area is saved with
 * its own button, said in the status line, and heads the area's forecast in the report; axe clean.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

describe.skipIf(SKIP_BROWSER)('area names in Chromium', () => {
  const session = browserSession();

  it('saves a short name that the report heads section 3 with', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/socialnamnden/mappning`);
    const areas = page.getByRole('region', { name: 'Områden' });
    await areas.getByRole('table').waitFor();
    const short = areas.getByLabel('Kortnamn för Boendeenheten');
    expect(await areas.getByLabel('Kortnamn för Utredningsenhet vuxen').inputValue()).toBe('Utredning vuxen');
    await short.fill('Boende');
    await areas.getByRole('button', { name: 'Spara Boendeenheten' }).click();
    await page.getByRole('status').filter({ hasText: 'Området Boendeenheten är sparat.' }).waitFor();
    const order = areas.getByLabel('Ordning för Boendeenheten');
    await order.fill('tio');
    await areas.getByRole('button', { name: 'Spara Boendeenheten' }).click();
    await areas.getByText('Ordningen ska vara ett heltal, t.ex. 10.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('area-boende-order');
    const { serious } = await runAxe(page);
    expect(serious).toEqual([]);

    const report = await (await session.server.fetch(`/api/committees/socialnamnden/reports/2025-04`)).json();
    expect(report.areas.find((a: { code: string }) => a.code === 'boende')?.shortName).toBe('Boende');
    await page.goto(`${session.server.url}/socialnamnden/2025-04/rapport`);
    await page.getByRole('heading', { name: /^Boende \+1,7 mnkr/ }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
