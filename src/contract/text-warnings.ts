/** Warnings on a text of the report (src/core/text-warnings.ts): never a reason to refuse a save. */
import { z } from 'zod';
import { EXTERNAL_TEXT_KINDS } from '#core/texts.ts';

export const TextWarningType = z
  .enum(['future-month', 'unmatched-amount', 'unchanged-text'])
  .describe(
    'future-month: en månad som texten talar om som passerad ligger efter rapportens period; unmatched-amount: ett belopp som ingen siffra stämmer med (avrundat som i texten); unchanged-text: texten är oförändrad sedan förra perioden men avvikelsen har rört sig mer än väsentlighetsgränsen.',
  );

export const TextWarning = z
  .object({
    type: TextWarningType,
    kind: z.enum(EXTERNAL_TEXT_KINDS as [string, ...string[]]).describe('Textens typ (som i textens API)'),
    area: z.string().nullable().describe('Områdets id; null för nämndens egna texter.'),
    message: z.string().describe('Varningen på svenska.'),
    phrase: z.string().nullable().describe('Orden i texten varningen gäller, som de står; null när den gäller hela texten.'),
    start: z.number().int().min(0).describe('Var frasen börjar i texten (UTF-16-tecken, som JavaScript räknar).'),
    end: z.number().int().min(0).describe('Var frasen slutar (exklusive).'),
    nearest: z
      .object({ label: z.string(), amount: z.number().int().describe('öre') })
      .nullable()
      .describe('unmatched-amount: den närmaste siffran; annars null.'),
  })
  .meta({ id: 'TextWarning', description: 'En varning om en text: visas bredvid texten, hindrar aldrig att den sparas.' });
export type TextWarning = z.infer<typeof TextWarning>;

export const TextWarnings = z.array(TextWarning).describe('Varningar om texten (tom när inget avviker).');
