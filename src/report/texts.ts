/** The report's texts: their blocks (paragraphs and lists, core/texts.ts) and their states per area and for the committee. */
import { AREA_TEXT_KINDS, COMMITTEE_TEXT_KINDS, type TextBlock, type TextKind, textBlocks } from '#core/texts.ts';
import type { Block, ReportText, TextStatus } from './model.ts';

const toBlock = (b: TextBlock): Block =>
  b.type === 'paragraph' ? { type: 'paragraph', content: [b.text] } : { type: 'list', ordered: b.ordered, items: b.items.map((i) => [i]) };

/** A text's blocks, or a note saying it is missing. */
export function textParagraphs(body: string | null, missing: string): Block[] {
  const blocks = body ? textBlocks(body).map(toBlock) : [];
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', content: [missing], note: true }];
}

/** A material area's comment and action must be written. */
export const isRequiredText = (kind: TextKind, material: boolean): boolean => material && (kind === 'comment' || kind === 'action');

const NO_STATUS: TextStatus = { state: 'missing', version: 0, copiedFrom: null, updatedBy: null, updatedAt: null };

/** The texts of an area ('' for the committee), in the order of their kinds. */
export function reportTexts(
  statuses: ReadonlyMap<string, ReadonlyMap<TextKind, TextStatus>> | undefined,
  bodies: (areaId: string, kind: TextKind) => string | null,
  areaId: string,
  material: boolean,
): ReportText[] {
  const kinds: readonly TextKind[] = areaId === '' ? COMMITTEE_TEXT_KINDS : AREA_TEXT_KINDS;
  return kinds.map((kind) => {
    const status = statuses?.get(areaId)?.get(kind) ?? (bodies(areaId, kind) ? { ...NO_STATUS, state: 'written' as const } : NO_STATUS);
    return {
      kind,
      ...status,
      body: bodies(areaId, kind) ?? '',
      required: isRequiredText(kind, material) && status.state !== 'written',
      warnings: [],
    };
  });
}
