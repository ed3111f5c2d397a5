/** The monthly cycle of a committee and period (src/core/cycle.ts): states, deadlines, the overview, the to-do list, reminders. */
import { z } from 'zod';
import { AREA_STATES, isDate, OVERVIEW_FILTERS, PERIOD_STATES, RETURN_NOTE_MAX } from '#core/cycle.ts';
import { LEDGER_ID_PATTERN } from '#core/organisation.ts';
import { CommitteeId, Period } from './committees.ts';

export const CycleDate = z
  .string()
  .refine(isDate, { message: 'Ogiltigt datum: ange en dag som ÅÅÅÅ-MM-DD (t.ex. "2025-05-08").' })
  .describe('En dag, ÅÅÅÅ-MM-DD.');

export const AreaStateName = z
  .enum(AREA_STATES)
  .describe('open: pågår; ready: klar för granskning; returned: återsänd med kommentar; accepted: godkänd av controllern.');
export const PeriodStateName = z.enum(PERIOD_STATES).describe('open: pågår; approved: hela rapporten godkänd; published: publicerad.');

export const CyclePeriodParams = z.object({ id: CommitteeId, period: Period });
export const CycleAreaParams = CyclePeriodParams.extend({
  area: z.string().regex(LEDGER_ID_PATTERN, { message: 'Ogiltigt id för område.' }).describe('Områdets id.'),
});
export const CycleOverviewQuery = z.object({
  filter: z
    .enum(OVERVIEW_FILTERS, { message: `Okänt filter: ange ${OVERVIEW_FILTERS.join(', ')}.` })
    .optional()
    .describe('saknas: krävda texter saknas; sen: efter tidsgränsen och inte klart; atersand: återsänt.'),
});

export const CycleOpen = z
  .object({
    deadline: CycleDate.describe('Tidsgränsen för hela rapporten (godkänd).'),
    areaDeadline: CycleDate.describe('Tidsgränsen för områdena (markerade klara), om inte ett område har en egen.'),
    areaDeadlines: z.record(z.string(), CycleDate).optional().describe('Egna tidsgränser per område: { områdets id: dag }.'),
  })
  .meta({ id: 'CycleOpen', description: 'Öppna perioden (eller ändra tidsgränserna för en öppen period).' });
export type CycleOpen = z.infer<typeof CycleOpen>;

export const CycleNote = z
  .object({
    note: z
      .string()
      .trim()
      .min(1, { message: 'Skriv en kommentar om vad som ska rättas.' })
      .max(RETURN_NOTE_MAX, { message: `Kommentaren får vara högst ${RETURN_NOTE_MAX} tecken.` }),
  })
  .meta({ id: 'CycleNote' });
export const CycleReopen = z.object({ note: z.string().max(RETURN_NOTE_MAX).optional() }).meta({ id: 'CycleReopen' });

export const CycleArea = z
  .object({
    id: z.string(),
    name: z.string(),
    state: AreaStateName,
    stateLabel: z.string().describe('Tillståndet på svenska.'),
    deadline: z.string().nullable().describe('Områdets tidsgräns (ÅÅÅÅ-MM-DD); null när perioden inte är öppnad.'),
    late: z.boolean().describe('Sen: tidsgränsen har passerat och området är varken klart eller godkänt.'),
    note: z.string().nullable().describe('Controllerns kommentar när området återsändes senast.'),
    updatedBy: z.string().nullable().describe('Vem som ändrade tillståndet senast.'),
    updatedAt: z.string().nullable().describe('När (ISO-tid).'),
    material: z.boolean().describe('Väsentligt: avvikelsen eller prognosen når väsentlighetsgränsen.'),
    missingTexts: z.array(z.string()).describe('Texter området behöver och inte har skrivit för perioden (kommentar, åtgärd).'),
    warnings: z
      .array(z.object({ kind: z.string(), type: z.string(), message: z.string() }))
      .describe('Varningar om områdets texter (en månad som passerad efter perioden, ett belopp som inte stämmer, en oförändrad text).'),
  })
  .meta({ id: 'CycleArea' });
export type CycleArea = z.infer<typeof CycleArea>;

export const CycleState = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    period: z.string(),
    opened: z.boolean().describe('Perioden är öppnad av controllern.'),
    state: PeriodStateName.nullable().describe('Hela rapportens tillstånd; null när perioden inte är öppnad.'),
    stateLabel: z.string(),
    deadline: z.string().nullable(),
    late: z.boolean(),
    publishedVersion: z.number().int().nullable().describe('Senast publicerade versionens nummer.'),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
    today: z.string().describe('Dagen som "sen" räknas mot (svensk tid).'),
    filter: z.string().nullable().describe('Filtret som valdes; areas innehåller då bara de områden som matchar.'),
    counts: z.object({
      areas: z.number().int(),
      accepted: z.number().int(),
      saknas: z.number().int(),
      sen: z.number().int(),
      atersand: z.number().int(),
    }),
    areas: z.array(CycleArea),
  })
  .meta({ id: 'CycleState', description: 'En periods tillstånd med varje område.' });
export type CycleState = z.infer<typeof CycleState>;

export const CyclePeriodSummary = z
  .object({
    period: z.string(),
    state: PeriodStateName,
    deadline: z.string(),
    late: z.boolean(),
    publishedVersion: z.number().int().nullable(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CyclePeriodSummary' });
export const CyclePeriodList = z.object({ periods: z.array(CyclePeriodSummary) }).meta({ id: 'CyclePeriodList' });
export type CyclePeriodList = z.infer<typeof CyclePeriodList>;

export const TodoItem = z
  .object({
    committeeId: z.string(),
    committeeName: z.string(),
    period: z.string(),
    areaId: z.string().nullable().describe('Området; null för hela rapporten.'),
    areaName: z.string().nullable(),
    action: z
      .enum(['ready', 'fix', 'review', 'approve', 'publish'])
      .describe(
        'ready: skriv och markera klart; fix: rätta ett återsänt område; review: granska ett klart område; approve: godkänn hela rapporten; publish: publicera.',
      ),
    text: z.string().describe('Vad som ska göras, på svenska.'),
    deadline: z.string().nullable(),
    late: z.boolean(),
    note: z.string().nullable(),
  })
  .meta({ id: 'TodoItem' });
export type TodoItem = z.infer<typeof TodoItem>;
export const TodoList = z.object({ user: z.string(), today: z.string(), items: z.array(TodoItem) }).meta({ id: 'TodoList' });
export type TodoList = z.infer<typeof TodoList>;

export const ReminderResult = z
  .object({
    smtp: z.boolean().describe('Om e-post är inställd (UPPFOLJNING_SMTP_URL); annars finns listan bara i appen.'),
    people: z.array(
      z.object({
        username: z.string(),
        email: z.string().nullable(),
        items: z.number().int(),
        sent: z.boolean(),
        reason: z.string().nullable().describe('Varför inget brev skickades.'),
      }),
    ),
  })
  .meta({ id: 'ReminderResult' });
export type ReminderResult = z.infer<typeof ReminderResult>;
