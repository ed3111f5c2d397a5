/**
 * What the report and the texts pages show for each text of a period: its own saved text, else the
 * nearest earlier period's (copied), else nothing (missing); core/texts.ts decides the state.
 *
 * The copy is virtual: a period without a text of its own reads the earlier text when it is shown,
 * and nothing is written until someone saves the period's text. So a new period needs no step that
 * copies every text (an import never writes texts), a correction of last month's text shows in this
 * month's draft until this month's is saved, and "copied" can never drift from the text it copies.
 */
import { type TextKind, textState } from '#core/texts.ts';
import type { TextStatus } from '#report/model.ts';
import type { Q } from '#store/committees.ts';
import { loadEarlierTexts, loadOwnTexts, type SavedText } from '#store/texts.ts';

export interface PeriodTexts {
  /** areaId ('' = the committee) → kind → the body shown (own or copied). */
  bodies: Map<string, Map<TextKind, string>>;
  status: Map<string, Map<TextKind, TextStatus>>;
}

function put<V>(map: Map<string, Map<TextKind, V>>, areaId: string, kind: TextKind, value: V) {
  let byKind = map.get(areaId);
  if (!byKind) map.set(areaId, (byKind = new Map()));
  byKind.set(kind, value);
}

export async function loadPeriodTexts(q: Q, committeeId: string, period: string): Promise<PeriodTexts> {
  const [own, earlier] = await Promise.all([loadOwnTexts(q, committeeId, period), loadEarlierTexts(q, committeeId, period)]);
  const key = (t: SavedText) => `${t.areaId}\u0000${t.kind}`;
  const ownByKey = new Map(own.map((t) => [key(t), t]));
  const result: PeriodTexts = { bodies: new Map(), status: new Map() };
  for (const o of own) {
    const state = textState(period, o, null);
    put(result.status, o.areaId, o.kind, {
      state,
      version: o.version,
      copiedFrom: null,
      updatedBy: o.updatedBy || null,
      updatedAt: o.updatedAt,
    });
    if (state === 'written') put(result.bodies, o.areaId, o.kind, o.body);
  }
  for (const e of earlier) {
    if (ownByKey.has(key(e)) || textState(period, null, e) !== 'copied') continue;
    put(result.status, e.areaId, e.kind, {
      state: 'copied',
      version: 0,
      copiedFrom: e.period,
      updatedBy: e.updatedBy || null,
      updatedAt: e.updatedAt,
    });
    put(result.bodies, e.areaId, e.kind, e.body);
  }
  return result;
}
