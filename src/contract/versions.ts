/**
 * Published versions of a committee's report (src/app/versions.ts): publish, list, the frozen
 * report (JSON as the report route answered it, and HTML) and the difference between two versions.
 */
import { z } from 'zod';
import { CommitteeId, Period } from './committees.ts';

export const VersionPeriodParams = z.object({ id: CommitteeId, period: Period });
export type VersionPeriodParams = z.infer<typeof VersionPeriodParams>;

const VersionNumber = z.coerce.number().int().min(1).max(1_000_000).describe('Versionens nummer (1, 2, … per period).');

export const VersionParams = z.object({ id: CommitteeId, period: Period, number: VersionNumber });
export type VersionParams = z.infer<typeof VersionParams>;

export const VersionListQuery = z.object({ period: Period.optional().describe('Bara periodens versioner.') });
export type VersionListQuery = z.infer<typeof VersionListQuery>;

export const VersionDiffQuery = z.object({
  from: VersionNumber.optional().describe('Den äldre versionen; utan: versionen före `to`.'),
  to: VersionNumber.optional().describe('Den nyare versionen; utan: periodens senaste.'),
});
export type VersionDiffQuery = z.infer<typeof VersionDiffQuery>;

export const VersionSummary = z
  .object({
    committeeId: z.string(),
    period: z.string().describe('Rapportens period, ÅÅÅÅ-MM.'),
    number: z.number().int().describe('1, 2, … per nämnd och period.'),
    publishedAt: z.string().describe('När den publicerades (ISO 8601, UTC).'),
    publishedBy: z.string().describe('Vem som publicerade den.'),
  })
  .meta({ id: 'VersionSummary', description: 'En publicerad version av rapporten (den ändras aldrig).' });
export type VersionSummary = z.infer<typeof VersionSummary>;

export const VersionList = z
  .object({
    committee: z.string(),
    versions: z.array(VersionSummary).describe('Senaste perioden först, inom perioden senaste numret först.'),
  })
  .meta({ id: 'VersionList' });
export type VersionList = z.infer<typeof VersionList>;

const TextPart = z.object({ change: z.enum(['same', 'added', 'removed']), text: z.string() });

export const VersionAreaChange = z
  .object({
    area: z.string().nullable().describe('Områdets id; null = hela nämnden (totaler, investeringar och nämndens egna texter).'),
    name: z.string(),
    presence: z.enum(['both', 'added', 'removed']).describe('added: bara i den nyare versionen; removed: bara i den äldre.'),
    figures: z.array(
      z.object({
        figure: z.string().describe('Vilken siffra: "deviation", "accountGroups.personalkostnader.actualResult", "investments.actual" …'),
        label: z.string(),
        from: z.number().int().nullable().describe('I öre; null när siffran saknas i versionen.'),
        to: z.number().int().nullable().describe('I öre; null när siffran saknas i versionen.'),
      }),
    ),
    texts: z.array(
      z.object({
        kind: z.string().describe('Textens slag som i rapportens JSON (comment, action, summary …).'),
        label: z.string(),
        from: z.string(),
        to: z.string(),
        parts: z.array(TextPart).describe('Ordvis skillnad: same + removed ger from, same + added ger to.'),
      }),
    ),
  })
  .meta({ id: 'VersionAreaChange' });

export const VersionDiff = z
  .object({
    committee: z.string(),
    period: z.string(),
    from: VersionSummary,
    to: VersionSummary,
    changes: z.array(VersionAreaChange).describe('Bara det som ändrats; tom när versionerna har samma siffror och texter.'),
  })
  .meta({ id: 'VersionDiff' });
export type VersionDiff = z.infer<typeof VersionDiff>;
