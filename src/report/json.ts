/**
 * The JSON contract others script against (issue 2; its schema is src/contract/reports.ts). Keep
 * every field; extend freely. All amounts are integers in öre, year to date for the period.
 */
import { committeeItemJson } from '#contract/items.ts';
import type { ReportJson } from '#contract/reports.ts';
import { kpiNumber } from '#core/kpis.ts';
import type { TextWarning } from '#core/text-warnings.ts';
import { TEXT_KIND_NAMES } from '#core/texts.ts';
import type { ReportDocument, ReportText } from './model.ts';

export type { ReportJson };

export function toJsonContract(doc: ReportDocument): ReportJson {
  return {
    committee: doc.committee,
    period: doc.period,
    previousPeriod: doc.previousPeriod,
    fiscalYear: { ...doc.fiscalYearMonths },
    amountsIn: 'öre',
    total: { ...doc.total, committeeItems: doc.committeeItems.map(committeeItemJson) },
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
      shortName: a.shortName,
      texts: a.texts.map(textJson),
      forecastHistory: a.forecastHistory.map((f) => ({ ...f })),
      baselineForecast: a.baselineForecast && { ...a.baselineForecast },
      budgetNotPeriodized: a.unperiodizedGroups.length > 0,
      unperiodizedGroups: [...a.unperiodizedGroups],
    })),
    investments: { ...doc.investments },
    sections: doc.sections.map((s) => ({ number: s.number, title: s.title })),
    materialityThreshold: doc.materialityThreshold,
    committeeTexts: doc.committeeTexts.map(textJson),
    budgetDecisions: doc.budgetDecisions,
    kpis: doc.kpis.map((k) => ({
      ...k,
      targetValue: k.target === null ? null : kpiNumber(k.target),
      values: k.values.map((v) => ({ area: v.area, period: v.period, value: kpiNumber(v.value), thousandths: v.value })),
    })),
  };
}

function textJson(t: ReportText): ReportJson['committeeTexts'][number] {
  return {
    kind: TEXT_KIND_NAMES[t.kind],
    state: t.state,
    required: t.required,
    body: t.body,
    version: t.version,
    copiedFrom: t.copiedFrom,
    updatedBy: t.updatedBy,
    updatedAt: t.updatedAt,
    warnings: t.warnings.map(textWarningJson),
  };
}

/** A warning as the APIs carry it: the text's kind by its external name. */
export function textWarningJson(w: TextWarning): ReportJson['committeeTexts'][number]['warnings'][number] {
  return { ...w, kind: TEXT_KIND_NAMES[w.kind], nearest: w.nearest && { ...w.nearest } };
}
