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
