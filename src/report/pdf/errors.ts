/**
 * Why a PDF could not be made. The server answers 503 (the service is there, the browser it needs
 * is not, or did not finish in time); the CLI prints the message. Messages are Swedish.
 */
export type PdfFailure = 'no-browser' | 'crashed' | 'timeout' | 'closed' | 'layout';

export class PdfRenderError extends Error {
  override name = 'PdfRenderError';
  constructor(
    message: string,
    readonly reason: PdfFailure,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
