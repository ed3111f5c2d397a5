/** Errors the use cases raise; the server and the CLI map them to status codes and exit codes. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    /** Where: a file, line, field or parameter. */
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
  }
}

/** An import that cannot be undone (not the committee's latest, already undone, …); the message says why. */
export class CannotUndoError extends Error {
  override name = 'CannotUndoError';
}

/** A version of something people edit (a text): what is stored, with who saved it and when. */
export interface StoredVersion {
  version: number;
  body: string;
  updatedBy: string | null;
  updatedAt: string | null;
}

/**
 * A save that names a version older than the stored one: nothing is saved, and both versions go
 * back to the writer (server: 409 with both in the body; CLI: exit code 7), who merges and saves again.
 */
export class StaleVersionError extends Error {
  override name = 'StaleVersionError';
  constructor(
    message: string,
    readonly stored: StoredVersion,
    readonly sent: { version: number; body: string },
  ) {
    super(message);
  }
}
