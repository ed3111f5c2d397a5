/**
 * The report page's charts in a real browser (the real server on a fresh demo database, Debian's
 * Chromium, axe for WCAG 2.1 AA): every chart is a figure named by its text alternative, drawn
 * within the report's column, followed by its data table, and the page has no axe violations.
 */
import { type PDFDocument as Doc, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { browserSession, SKIP_BROWSER } from '../helpers/browser-session.ts';

const REPORT = '/socialnamnden/2025-04/rapport';

/** The Alt of every Figure in a tagged PDF's structure tree, in document order. */
function figureAlts(pdf: Doc): string[] {
  const alts: string[] = [];
  const visit = (node: unknown): void => {
    const value = node instanceof PDFRef ? pdf.context.lookup(node) : node;
    if (value instanceof PDFArray) for (let i = 0; i < value.size(); i++) visit(value.get(i));
    if (!(value instanceof PDFDict)) return;
    if (value.get(PDFName.of('S')) === PDFName.of('Figure')) {
      const alt = value.get(PDFName.of('Alt'));
      alts.push(alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : '');
    }
    visit(value.get(PDFName.of('K')));
  };
  visit(pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')));
  return alts;
}

describe.skipIf(SKIP_BROWSER)('the report page charts in Chromium', () => {
  const session = browserSession();

  it('shows every chart as a named figure with its table, and passes axe', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}${REPORT}`);
    const report = page.locator('article.report');
    await report.waitFor();
    // Each chart is a figure named by its alternative (a cover logo may be a figure too).
    const figures = report.getByRole('figure', { name: /^(Liggande stapeldiagram|Linjediagram) över / });
    await expect.poll(() => figures.count()).toBe(7);
    expect(await report.locator('figure.chart').count()).toBe(7);

    const deviation = report.getByRole('figure', { name: /^Liggande stapeldiagram över avvikelse mot budget per verksamhetsområde/ });
    await expect.poll(() => deviation.count()).toBe(1);
    const name = await deviation.getAttribute('aria-label');
    expect(name).toContain('Störst positiv avvikelse har Utredningsenhet ungdom (+4,0\u00a0mnkr)');
    expect(await deviation.locator('figcaption').innerText()).toBe(
      'Avvikelse mot budget per verksamhetsområde, ackumulerat till och med april 2025, mnkr',
    );
    expect(await report.getByRole('figure', { name: /^Linjediagram över nämndens ackumulerade resultat/ }).count()).toBe(1);
    expect(await report.getByRole('figure', { name: /^Linjediagram över nämndens årsprognos/ }).count()).toBe(1);
    expect(await report.getByRole('figure', { name: /^Linjediagram över nyckeltalet Sjukfrånvaro/ }).count()).toBe(1);

    const column = await report.boundingBox();
    if (!column) throw new Error('the report has no box');
    for (const svg of await report.locator('figure.chart svg').all()) {
      const box = await svg.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(300);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(column.x + column.width + 0.5);
    }
    // The picture says nothing to assistive technology: the figure's name does.
    expect(await report.locator('figure.chart svg[aria-hidden="true"]').count()).toBe(7);
    const table = report.getByRole('table', { name: /^Avvikelse mot budget per verksamhetsområde, till och med april 2025/ });
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Verksamhetsområde', 'Avvikelse']);
    expect(await table.getByRole('rowheader').first().innerText()).toBe('Utredningsenhet ungdom');

    const axe = await runAxe(page);
    expect(axe.serious).toEqual([]);
    expect(axe.all).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session.screenshot('report-charts');
  });

  it('makes each chart one Figure with its alternative as Alt in a tagged PDF of the page', async () => {
    const page = session.page;
    const names = await page.locator('article.report figure.chart').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names).toHaveLength(7);
    const pdf = await PDFDocument.load(await page.pdf({ tagged: true, format: 'A4' }), { updateMetadata: false });
    const charts = figureAlts(pdf).filter((alt) => /^(Liggande stapeldiagram|Linjediagram) över /.test(alt));
    expect(charts).toEqual(names);
  });
});
