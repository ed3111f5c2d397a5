/** Runs axe-core (WCAG 2.1 A and AA rules) on a page and describes the serious violations. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeSummary {
  /** Serious or critical violations, one line each ("rule (impact): help — targets"). */
  serious: string[];
  /** Every violation's id, for information. */
  all: string[];
}

export async function runAxe(page: Page): Promise<AxeSummary> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  return { serious, all: result.violations.map((v) => `${v.id} (${v.impact})`) };
}
