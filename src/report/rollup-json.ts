/** The roll-up's JSON contract (src/contract/rollup.ts) from its document. */
import type { RollupJson } from '#contract/rollup.ts';
import type { RollupDocument } from './rollup-model.ts';

export function toRollupJson(doc: RollupDocument): RollupJson {
  return {
    period: doc.period,
    periodLabel: doc.periodLabel,
    title: doc.cover.title,
    municipality: doc.cover.municipality,
    amountsIn: 'öre',
    status: doc.cover.status,
    committees: doc.committees.map(({ status, ...c }) => ({ ...c, source: status })),
    notes: doc.notes,
    total: doc.total,
  };
}
