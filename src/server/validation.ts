/**
 * Requests that fail their schema (src/contract) answer 400 with a Swedish message naming the
 * field: `{ error: "… (fält: period)", field: "period", issues: [{ field, message }] }`. Fastify's
 * schema validation (fastify-type-provider-zod) and the multipart routes' own field check give
 * the same body.
 */
import type { FastifySchemaValidationError } from 'fastify';
import { z } from 'zod';
import type { ErrorBody } from '#contract/index.ts';

// zod's own messages (where a schema gives none) in Swedish, like everything else the API says.
z.config(z.locales.sv());

type Issue = { field: string; message: string };

/** The name of a request part as a whole, for an issue that concerns no field of it. */
const ROOT: Record<string, string> = { body: 'body' };
const UNKNOWN_FIELD = 'okänt fält';

export function badRequestBody(issues: readonly Issue[], root = UNKNOWN_FIELD): ErrorBody & { field: string } {
  const first = issues[0] ?? { field: root, message: 'Ogiltig begäran.' };
  return { error: `${first.message} (fält: ${first.field})`, field: first.field, issues: [...issues] };
}

/** Fastify's validation error (what the zod validator compiler returned) as the 400 body. */
export function validationErrorBody(validation: readonly FastifySchemaValidationError[], context: string | undefined): ErrorBody {
  const root = ROOT[context ?? ''] ?? UNKNOWN_FIELD;
  const issues = validation.map((v) => ({
    field: v.instancePath.split('/').filter(Boolean).join('.') || root,
    message: v.message ?? 'Ogiltigt värde.',
  }));
  return badRequestBody(issues, root);
}

/** Validates input against a schema; a failure is a 400 body naming the first field at fault. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  root = UNKNOWN_FIELD,
): { ok: true; value: z.output<S> } | { ok: false; error: ErrorBody } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    error: badRequestBody(
      result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || root, message: issue.message })),
      root,
    ),
  };
}
