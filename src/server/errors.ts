/**
 * How errors become HTTP answers: bad input (a use case's InputError, a malformed SIE file, a bad
 * spreadsheet row, an amount that is not whole öre) is 400 with the place it concerns; a missing
 * committee or area 404; a save naming a stale version 409 with both versions; a committee busy with another import, a database busy with another
 * program's import, an import that cannot be undone, or a step of the cycle its state refuses, 409;
 * a PDF the browser could not make (none found, crashed, too slow) 503.
 */
import { ImportBusyError } from '#app/database.ts';
import { CannotUndoError, InputError, NotFoundError, StaleVersionError } from '#app/errors.ts';
import { OrganisationMismatchError } from '#app/import-organisation.ts';
import type { ErrorBody } from '#contract/index.ts';
import { CycleRuleError } from '#core/cycle.ts';
import { MoneyError } from '#core/money.ts';
import { SieError } from '#ledger/sie/index.ts';
import { TableError } from '#ledger/table/index.ts';
import { PdfRenderError } from '#report/pdf/errors.ts';

/** Another import of the same committee is running. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** An error the client caused, with its HTTP status (4xx). */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface Described {
  status: number;
  body: ErrorBody;
}

/**
 * The answer for a known error, or null for an unexpected one (a 500). `fileName` is the name of
 * the uploaded file, so that an InputError about the file names the file rather than a field.
 */
export function describeError(error: unknown, context: { fileName?: string } = {}): Described | null {
  if (error instanceof NotFoundError) return { status: 404, body: { error: error.message } };
  // The browser the PDF needs is missing, died twice or did not finish: the server itself is fine.
  if (error instanceof PdfRenderError) return { status: error.reason === 'layout' ? 500 : 503, body: { error: error.message } };
  if (
    error instanceof ConflictError ||
    error instanceof ImportBusyError ||
    error instanceof CannotUndoError ||
    error instanceof CycleRuleError
  )
    return { status: 409, body: { error: error.message } };
  if (error instanceof StaleVersionError)
    return { status: 409, body: { error: error.message, field: 'version', conflict: { stored: error.stored, sent: error.sent } } };
  if (error instanceof HttpError)
    return { status: error.statusCode, body: { error: error.message, ...(error.field ? { field: error.field } : {}) } };
  if (error instanceof SieError) {
    const file = error.file ?? context.fileName;
    return { status: 400, body: { error: error.message, ...(file ? { file } : {}), line: error.line } };
  }
  if (error instanceof TableError) {
    const file = error.file ?? context.fileName;
    return {
      status: 400,
      body: {
        error: error.message,
        ...(file ? { file } : {}),
        row: error.row,
        ...(error.column !== undefined ? { column: error.column } : {}),
      },
    };
  }
  if (error instanceof OrganisationMismatchError) {
    return {
      status: 400,
      body: {
        error: error.message,
        file: context.fileName ?? error.where ?? '',
        organisation: { file: error.file, committee: error.committee },
      },
    };
  }
  if (error instanceof InputError) {
    if (context.fileName !== undefined && error.where === context.fileName)
      return { status: 400, body: { error: error.message, file: error.where } };
    return { status: 400, body: { error: error.message, field: error.where ?? null } };
  }
  if (error instanceof MoneyError) {
    return { status: 400, body: { error: `Felaktigt belopp: ${error.message}`, ...(context.fileName ? { file: context.fileName } : {}) } };
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  const code = (error as { code?: unknown } | null)?.code;
  // By Fastify's error code: a 413 may be a file, the number of files or a JSON body.
  if (code === 'FST_REQ_FILE_TOO_LARGE') return { status: 413, body: { error: 'Filen är för stor.', field: 'file' } };
  if (code === 'FST_FILES_LIMIT') return { status: 413, body: { error: 'Skicka en fil i taget.', field: 'file' } };
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (error instanceof SyntaxError && status === 400)) {
    return { status: 400, body: { error: 'Begärans innehåll är ingen giltig JSON.', field: 'body' } };
  }
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return { status: 413, body: { error: 'Begärans innehåll är för stort.', field: 'body' } };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, body: { error: 'Felaktig begäran.' } };
  return null;
}
