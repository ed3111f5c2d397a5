/**
 * Texts of a period (per area: comment, action, forecast comment; per committee: summary and the
 * rest), with their state, version and history, and the committee's materiality threshold.
 */
import { z } from 'zod';
import { LEDGER_ID_PATTERN } from '#core/organisation.ts';
import { EXTERNAL_TEXT_KINDS } from '#core/texts.ts';
import { CommitteeId, Period } from './committees.ts';
import { TextWarnings } from './text-warnings.ts';

export const TextKindName = z
  .enum(EXTERNAL_TEXT_KINDS as [string, ...string[]], {
    message: `Okänd typ av text: ange en av ${EXTERNAL_TEXT_KINDS.join(', ')}.`,
  })
  .describe(
    'Typ av text: comment, action, forecast-comment (per område); summary, forecast-summary, investment, ks-summary, ks-forecast, ks-investment (nämnden).',
  );

export const TextStateName = z
  .enum(['missing', 'copied', 'written'])
  .describe('missing: saknas; copied: föregående periods text, ännu inte sparad för perioden; written: skriven för perioden.');

const textFields = {
  area: z.string().nullable().describe('Områdets id; null för nämndens egna texter.'),
  kind: TextKindName,
  state: TextStateName,
  body: z
    .string()
    .describe('Texten (vanlig text: stycken skiljs av en tom rad, listrader börjar med "- " eller "1. "). Tom när den saknas.'),
  version: z.number().int().min(0).describe('Versionen som sparades senast för perioden; 0 när perioden inte har någon egen sparad text.'),
  updatedBy: z.string().nullable().describe('Vem som sparade den (för en kopierad text: den tidigare periodens).'),
  updatedAt: z.string().nullable().describe('När den sparades (ISO-tid).'),
};

export const TextEntry = z
  .object({
    ...textFields,
    areaName: z.string().nullable().describe('Områdets namn; null för nämndens texter.'),
    label: z.string().describe('Textens namn på svenska.'),
    required: z.boolean().describe('Krävs: kommentar och åtgärd för ett område vars avvikelse eller prognos når väsentlighetsgränsen.'),
    copiedFrom: z.string().nullable().describe('Perioden den kopierade texten kommer från (ÅÅÅÅ-MM); annars null.'),
    maxLength: z.number().int().describe('Högsta antal tecken.'),
    warnings: TextWarnings,
  })
  .meta({ id: 'TextEntry', description: 'En text för en period, med sitt tillstånd.' });
export type TextEntry = z.infer<typeof TextEntry>;

export const TextChange = z
  .object({
    version: z.number().int().describe('Versionen ändringen skapade.'),
    bodyBefore: z.string().nullable().describe('Texten före; null när ändringen skapade texten.'),
    bodyAfter: z.string(),
    changedBy: z.string(),
    changedAt: z.string().describe('ISO-tid.'),
  })
  .meta({ id: 'TextChange' });
export type TextChange = z.infer<typeof TextChange>;

export const TextWithHistory = TextEntry.extend({ history: z.array(TextChange).describe('Alla ändringar, nyast först.') }).meta({
  id: 'TextWithHistory',
});
export type TextWithHistory = z.infer<typeof TextWithHistory>;

export const TextListArea = z.object({
  id: z.string(),
  name: z.string(),
  material: z.boolean().describe('Avvikelsen hittills eller prognosen når väsentlighetsgränsen.'),
  deviation: z.number().int().describe('Avvikelse hittills i år (öre).'),
  forecastDeviation: z.number().int().nullable().describe('Årsprognos (öre); null när den saknas.'),
});

export const TextList = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    period: z.string(),
    materialityThreshold: z.number().int().describe('Väsentlighetsgräns (öre).'),
    areas: z.array(TextListArea),
    texts: z.array(TextEntry).describe('Nämndens texter först, sedan varje områdes, i områdenas ordning.'),
  })
  .meta({ id: 'TextList', description: 'Periodens alla texter med tillstånd.' });
export type TextList = z.infer<typeof TextList>;

export const TextParams = z.object({ id: CommitteeId, period: Period, kind: TextKindName });
export const TextPeriodParams = z.object({ id: CommitteeId, period: Period });
export const TextQuery = z.object({
  area: z
    .string()
    .regex(LEDGER_ID_PATTERN, { message: 'Ogiltigt id för område.' })
    .optional()
    .describe('Områdets id (för comment, action, forecast-comment).'),
});

export const TextSave = z
  .object({
    body: z.string().max(100_000, { message: 'Texten är för lång.' }).describe('Den nya texten.'),
    version: z.number().int().min(0).describe('Versionen skribenten utgick från (0 för en text som inte sparats för perioden).'),
  })
  .meta({ id: 'TextSave' });
export type TextSave = z.infer<typeof TextSave>;

export const TextSaved = z.object(textFields).meta({ id: 'TextSaved', description: 'Den sparade texten.' });
export type TextSaved = z.infer<typeof TextSaved>;

export const CommitteePatch = z
  .object({
    materialityThreshold: z
      .number({ message: 'Väsentlighetsgränsen ska vara ett belopp i öre (ett heltal).' })
      .int({ message: 'Väsentlighetsgränsen ska vara hela öre.' })
      .min(0, { message: 'Väsentlighetsgränsen kan inte vara negativ.' })
      .max(Number.MAX_SAFE_INTEGER)
      .describe('Väsentlighetsgräns i öre (150 tkr = 15 000 000).'),
  })
  .meta({ id: 'CommitteePatch' });
export type CommitteePatch = z.infer<typeof CommitteePatch>;

export const CommitteeSettings = z
  .object({ id: z.string(), name: z.string(), materialityThreshold: z.number().int().describe('Väsentlighetsgräns (öre).') })
  .meta({ id: 'CommitteeSettings' });
export type CommitteeSettings = z.infer<typeof CommitteeSettings>;
