/**
 * A committee's report template (src/core/template.ts): which sections, in which order and under
 * which headings, the cover's municipality and logo, which charts and key figures. The same
 * schema checks a save at the edge and in the use case (src/app/templates.ts).
 */
import { z } from 'zod';
import { CHART_KEYS, SECTION_KEYS, TEMPLATE_LIMITS } from '#core/template.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A one-line text: trimmed, `min`–`max` characters, no control characters. */
const line = (what: string, min: number, max: number) =>
  z
    .string({ message: `${what} ska vara en text.` })
    .trim()
    .min(min, { message: `${what} saknas: skriv 1–${max} tecken.` })
    .max(max, { message: `${what} får vara högst ${max} tecken.` })
    .refine((s) => !CONTROL.test(s), { message: `${what} får inte innehålla styrtecken (radbrytning, tabb).` });

const SectionKey = z.enum(SECTION_KEYS, { message: `Okänt avsnitt: ange ett av ${SECTION_KEYS.join(', ')}.` });
const ChartKey = z.enum(CHART_KEYS, { message: `Okänt diagram: ange ett av ${CHART_KEYS.join(', ')}.` });

/** Adds an issue at each repeated value of a list (its index, then `field` when given). */
function unique<T>(values: readonly T[], ctx: z.RefinementCtx, message: (v: T) => string, field?: string): void {
  const seen = new Set<T>();
  values.forEach((v, i) => {
    if (seen.has(v)) ctx.addIssue({ code: 'custom', message: message(v), path: field ? [i, field] : [i] });
    seen.add(v);
  });
}

/** The template as it is saved and read (the logo travels separately: TemplateLogoSave). */
export const TemplateBody = z
  .object({
    sections: z
      .array(z.object({ key: SectionKey, title: line('Rubriken', 1, TEMPLATE_LIMITS.title) }), {
        message: 'Avsnitten ska vara en lista.',
      })
      .min(1, { message: 'Rapporten behöver minst ett avsnitt.' })
      .max(SECTION_KEYS.length, { message: `Högst ${SECTION_KEYS.length} avsnitt.` })
      .superRefine((sections, ctx) =>
        unique(
          sections.map((s) => s.key),
          ctx,
          (key) => `Avsnittet "${key}" finns redan i mallen: varje avsnitt får finnas en gång.`,
          'key',
        ),
      )
      .describe('Avsnitten i rapportens ordning; ett avsnitt som saknas visas inte.'),
    cover: z.object({
      municipality: line('Kommunens namn', 0, TEMPLATE_LIMITS.municipality).describe('"Exempelkommun"; tomt: ingen rad.'),
    }),
    charts: z
      .array(ChartKey, { message: 'Diagrammen ska vara en lista.' })
      .superRefine((charts, ctx) => unique(charts, ctx, (key) => `Diagrammet "${key}" finns redan i listan.`))
      .describe('Diagrammen som visas, vart och ett i sitt avsnitt.'),
    kpis: z
      .union(
        [
          z.literal('all'),
          z
            .array(z.string().min(1).max(64), { message: 'Nyckeltalen ska vara "all" eller en lista med nyckeltalens id.' })
            .max(500)
            .superRefine((ids, ctx) => unique(ids, ctx, (id) => `Nyckeltalet "${id}" finns redan i listan.`)),
        ],
        { message: 'Nyckeltalen ska vara "all" eller en lista med nyckeltalens id.' },
      )
      .describe('"all", eller de nyckeltal (id) som visas.'),
  })
  .meta({ id: 'TemplateBody' });
export type TemplateBody = z.infer<typeof TemplateBody>;

/** PUT /api/committees/:id/template */
export const TemplateSave = TemplateBody.extend({
  version: z
    .number({ message: 'Ange versionen mallen utgick från (0 för standardmallen).' })
    .int()
    .min(0)
    .describe('Versionen ändringen utgår från; en annan än den sparade ger 409.'),
}).meta({ id: 'TemplateSave' });
export type TemplateSave = z.infer<typeof TemplateSave>;

/** PUT /api/committees/:id/template/logo: the image as base64 (PNG or JPEG, at most 512 kB) and its text alternative. */
export const TemplateLogoSave = z
  .object({
    base64: z
      .string({ message: 'Bilden saknas: skicka den som base64.' })
      .min(1, { message: 'Bilden saknas: skicka den som base64.' })
      .max(8 * 1024 ** 2, { message: 'Bilden är för stor: högst 512 kB.' })
      .describe('Bildfilen (PNG eller JPEG, högst 512 kB) som base64.'),
    alt: line('Logotypens textalternativ', 1, TEMPLATE_LIMITS.logoAlt).describe('Vad logotypen visar, t.ex. "Exempelkommuns logotyp".'),
  })
  .meta({ id: 'TemplateLogoSave' });
export type TemplateLogoSave = z.infer<typeof TemplateLogoSave>;

export const TemplateJson = z
  .object({
    committee: z.string(),
    committeeName: z.string(),
    isDefault: z.boolean().describe('Nämnden har standardmallen (ingen egen mall sparad).'),
    version: z.number().int().describe('Mallens version (0: standardmallen, aldrig ändrad).'),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
    template: TemplateBody,
    logo: z
      .object({
        mediaType: z.enum(['image/png', 'image/jpeg']),
        alt: z.string(),
        bytes: z.number().int(),
        url: z.string().describe('Bilden: GET /api/committees/:id/template/logo.'),
      })
      .nullable(),
    materialityThreshold: z.number().int().describe('Väsentlighetsgräns (öre); ändras med PATCH /api/committees/:id.'),
    choices: z.object({
      sections: z.array(z.object({ key: z.enum(SECTION_KEYS), title: z.string().describe('Standardrubriken.') })),
      charts: z.array(z.object({ key: z.enum(CHART_KEYS), name: z.string() })),
      kpis: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  })
  .meta({ id: 'TemplateJson' });
export type TemplateJson = z.infer<typeof TemplateJson>;
