/** Committee-level items of the forecast (PO-påslag, löneöversyn, statsbidrag, central pott) with their inputs. */
import { z } from 'zod';
import { ITEM_KINDS } from '#core/committee-items.ts';
import type { CommitteeItem } from '#core/forecast.ts';
import { CommitteeId, Period } from './committees.ts';

const ore = (d: string) => z.number().int().describe(`${d} (öre)`);
const rate = (d: string) => z.number().int().describe(`${d} i miljondelar (1 % = 10 000; 44,5 % = 445 000)`);

export const ItemKind = z.enum(ITEM_KINDS, { message: 'Ange typ: po, salary-revision, grant eller pot.' });

export const ItemParams = z.object({
  id: CommitteeId,
  period: Period,
  key: z
    .string()
    .max(64, { message: 'Nyckeln får vara högst 64 tecken.' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Nyckeln: använd a–z, siffror och bindestreck (t.ex. "po-paslag").' })
    .describe('Postens nyckel inom perioden, t.ex. "po-paslag".'),
});
export const ItemPeriodParams = z.object({ id: CommitteeId, period: Period });

const common = {
  area: z
    .string()
    .max(200)
    .nullable()
    .optional()
    .describe('Området (id eller namn) vars prognos posten ingår i; null = läggs till nämndens total.'),
  label: z.string().max(200, { message: 'Benämningen får vara högst 200 tecken.' }).nullable().optional(),
};
const money = (message: string) => z.number({ message }).int({ message });
const rateIn = (message: string) => z.number({ message }).int({ message });

/** PUT /api/committees/:id/items/:period/:key */
export const ItemBody = z
  .discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('po'),
        ...common,
        salaryBase: money('Lönesumman ska vara ett belopp i hela öre.').describe('Lönesumman (öre).'),
        preliminaryRate: rateIn('Det preliminära PO-påslaget ska vara ett heltal miljondelar.').describe(
          'Preliminärt PO-påslag (miljondelar).',
        ),
        fixedRate: rateIn('Det fastställda PO-påslaget ska vara ett heltal miljondelar.').describe('Fastställt PO-påslag (miljondelar).'),
      }),
      z.object({
        kind: z.literal('salary-revision'),
        ...common,
        salaryBase: money('Lönesumman ska vara ett belopp i hela öre.').describe('Lönesumman (öre).'),
        actualRise: rateIn('Den faktiska löneökningen ska vara ett heltal miljondelar.').describe('Faktisk löneökning (miljondelar).'),
        compensatedRise: rateIn('Den kompenserade löneökningen ska vara ett heltal miljondelar.').describe(
          'Kompenserad löneökning (miljondelar).',
        ),
      }),
      z.object({
        kind: z.literal('grant'),
        ...common,
        amount: money('Beloppet ska vara hela öre.').describe('Förväntat statsbidrag (öre).'),
      }),
      z.object({
        kind: z.literal('pot'),
        ...common,
        amount: money('Beloppet ska vara hela öre.').describe('Den del av potten som inte används (öre).'),
      }),
    ],
    { message: 'Ange typ (kind): po, salary-revision, grant eller pot.' },
  )
  .meta({ id: 'ItemBody', description: 'En post på nämndnivå med sina indata; beloppet räknas ut av servern.' });
export type ItemBody = z.infer<typeof ItemBody>;

export const ItemInputsJson = z
  .object({
    salaryBase: ore('Lönesumma').optional(),
    preliminaryRate: rate('Preliminärt PO-påslag').optional(),
    fixedRate: rate('Fastställt PO-påslag').optional(),
    actualRise: rate('Faktisk löneökning').optional(),
    compensatedRise: rate('Kompenserad löneökning').optional(),
    amount: ore('Belopp').optional(),
  })
  .describe(
    'Indata efter typ: po (salaryBase, preliminaryRate, fixedRate), salary-revision (salaryBase, actualRise, compensatedRise), grant och pot (amount); tomt för en post utan indata.',
  );

/** An item as the report JSON and the items API give it. */
export const CommitteeItemJson = z
  .object({
    key: z.string(),
    label: z.string(),
    kind: ItemKind.nullable().describe('null: ett belopp inlagt före indata fanns.'),
    area: z.string().nullable().describe('Området vars prognos posten ingår i ("varav"); null = läggs till nämndens total.'),
    group: z.string().nullable().describe('"po" för PO-påslag och löneöversyn, som redovisas tillsammans.'),
    result: ore('Postens effekt på helårsresultatet, positiv = bättre'),
    inputs: ItemInputsJson,
  })
  .meta({ id: 'CommitteeItem' });
export type CommitteeItemJson = z.infer<typeof CommitteeItemJson>;

export const ItemView = CommitteeItemJson.extend({
  areaName: z.string().nullable(),
  formula: z.string().describe('Uträkningen, t.ex. "100,0 mnkr × (44,5 % − 42,3 %) = 2,2 mnkr".'),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
}).meta({ id: 'ItemView' });
export type ItemView = z.infer<typeof ItemView>;

/** GET /api/committees/:id/items/:period */
export const ItemsJson = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    period: z.string(),
    readFrom: z
      .string()
      .nullable()
      .describe('Perioden vars poster gäller tills perioden ändras första gången; null när perioden har egna.'),
    items: z.array(ItemView),
    poTotal: ore('PO-påslag och löneöversyn tillsammans'),
    poFormula: z.string().describe('"2,2 − 0,6 = 1,6 mnkr"; tom utan sådana poster.'),
    areas: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .meta({ id: 'Items' });
export type ItemsJson = z.infer<typeof ItemsJson>;

/** An item of the forecast as JSON: its inputs by name, its result in öre. */
export function committeeItemJson(i: CommitteeItem): CommitteeItemJson {
  const { kind: _, ...inputs } = i.inputs ?? { kind: null };
  return {
    key: i.key,
    label: i.label,
    kind: i.inputs?.kind ?? null,
    area: i.includedInAreaId,
    group: i.group,
    result: i.amount,
    inputs,
  };
}
