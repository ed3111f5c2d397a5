/** Validation of the API's path parameters, with messages in Swedish that name the field. */
import { z } from 'zod';
import { MAX_COMMITTEE_ID, SLUG_PATTERN } from '../core/organisation.ts';
import { PERIOD_PATTERN } from '../core/period.ts';

/** A committee id: a slug of at most 64 characters. */
export const committeeId = z
  .string()
  .max(MAX_COMMITTEE_ID, { message: `Ogiltigt id för nämnd: högst ${MAX_COMMITTEE_ID} tecken.` })
  .regex(SLUG_PATTERN, {
    message: 'Ogiltigt id för nämnd: använd små bokstäver a–z, siffror och bindestreck (t.ex. "socialnamnden").',
  });

export const period = z.string().regex(PERIOD_PATTERN, {
  message: 'Ogiltig period: ange år och månad som ÅÅÅÅ-MM, med månad 01–12 (t.ex. "2025-04").',
});

const reportParams = z.object({ id: committeeId, period });

export type ReportParams = z.infer<typeof reportParams>;

/** The body of a 400 answer: a readable message, the field it concerns, and every issue. */
export interface BadRequestBody {
  error: string;
  field: string;
  issues: { field: string; message: string }[];
}

export type ParseResult = { ok: true; params: ReportParams } | { ok: false; error: BadRequestBody };

export function parseReportParams(input: unknown): ParseResult {
  return parseWith(reportParams, input);
}

/** Validates input against a schema; a failure is a 400 body naming the first field at fault. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  /** The name of the input as a whole, for an issue that concerns no field of it. */
  root = 'okänt fält',
): { ok: true; params: z.output<S> } | { ok: false; error: BadRequestBody } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, params: result.data };
  const issues = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || root,
    message: issue.message,
  }));
  const first = issues[0] ?? { field: root, message: 'Ogiltig begäran.' };
  return {
    ok: false,
    error: { error: `${first.message} (fält: ${first.field})`, field: first.field, issues },
  };
}
