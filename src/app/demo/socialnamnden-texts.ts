/**
 * Demo texts for Socialnämnden, January–April 2025, written in the spirit of the seed report but
 * rephrased throughout. They explain causes and actions only: the figures the system computes
 * are printed by the report next to them and never repeated here.
 */
import { FEBRUARY, JANUARY } from './texts-2025-01-02.ts';
import { MARCH } from './texts-2025-03.ts';
import { APRIL } from './texts-2025-04.ts';
import type { PeriodTexts } from './texts-shape.ts';

export type { AreaId, AreaTexts, PeriodTexts } from './texts-shape.ts';

export const DEMO_TEXTS: Record<'2025-01' | '2025-02' | '2025-03' | '2025-04', PeriodTexts> = {
  '2025-01': JANUARY,
  '2025-02': FEBRUARY,
  '2025-03': MARCH,
  '2025-04': APRIL,
};
