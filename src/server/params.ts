/** Validation of the API's path parameters, with messages in Swedish that name the field. */
import { z } from 'zod';

export const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const reportParams = z.object({
  id: z.string().max(64, { message: 'Ogiltigt id för nämnd: högst 64 tecken.' }).regex(SLUG_RE, {
    message: 'Ogiltigt id för nämnd: använd små bokstäver a–z, siffror och bindestreck (t.ex. "socialnamnden").',
  }),
  period: z.string().regex(PERIOD_RE, {
    message: 'Ogiltig period: ange år och månad som ÅÅÅÅ-MM, med månad 01–12 (t.ex. "2025-04").',
  }),
});

export type ReportParams = z.infer<typeof reportParams>;

/** The body of a 400 answer: a readable message, the field it concerns, and every issue. */
export interface BadRequestBody {
  error: string;
  field: string;
  issues: { field: string; message: string }[];
}

export type ParseResult = { ok: true; params: ReportParams } | { ok: false; error: BadRequestBody };

export function parseReportParams(input: unknown): ParseResult {
  const result = reportParams.safeParse(input);
  if (result.success) return { ok: true, params: result.data };
  const issues = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'okänt fält',
    message: issue.message,
  }));
  const first = issues[0] ?? { field: 'okänt fält', message: 'Ogiltig begäran.' };
  return {
    ok: false,
    error: { error: `${first.message} (fält: ${first.field})`, field: first.field, issues },
  };
}
