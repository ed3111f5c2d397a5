/**
 * The JSON contract others script against (issue 2). Keep every field; extend freely.
 * All amounts are integers in öre, year to date for the period.
 */
import type { ReportDocument } from './model.ts';

export interface ReportJson {
  committee: { id: string; name: string };
  period: string;
  previousPeriod: string | null;
  amountsIn: 'öre';
  total: { actualResult: number; budgetResult: number; deviation: number; previousDeviation: number | null; forecastDeviation: number | null };
  areas: {
    code: string;
    name: string;
    actualResult: number;
    budgetResult: number;
    deviation: number;
    previousDeviation: number | null;
    forecastDeviation: number | null;
    material: boolean;
    comment: string | null;
    action: string | null;
    forecastComment: string | null;
    accountGroups: { group: string; name: string; actualResult: number; budgetResult: number; deviation: number }[];
  }[];
  investments: { budget: number; adjustedBudget: number; actual: number };
  sections: { number: string; title: string }[];
  materialityThreshold: number;
}

export function toJsonContract(doc: ReportDocument): ReportJson {
  return {
    committee: doc.committee,
    period: doc.period,
    previousPeriod: doc.previousPeriod,
    amountsIn: 'öre',
    total: { ...doc.total },
    areas: doc.areas.map((a) => ({
      code: a.id,
      name: a.name,
      actualResult: a.actualResult,
      budgetResult: a.budgetResult,
      deviation: a.deviation,
      previousDeviation: a.previousDeviation,
      forecastDeviation: a.forecastDeviation,
      material: a.material,
      comment: a.comment,
      action: a.action,
      forecastComment: a.forecastComment,
      accountGroups: a.byGroup.map((g) => ({ ...g })),
    })),
    investments: { ...doc.investments },
    sections: doc.sections.map((s) => ({ number: s.number, title: s.title })),
    materialityThreshold: doc.materialityThreshold,
  };
}
