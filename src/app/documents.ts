/**
 * Use case: a committee's report as a file to download (PDF, Word, Excel): the latest published
 * version where one exists, else the working draft (src/app/deliverable.ts), with a file name
 * that says which ("resultatrapport-socialnamnden-2025-04-version-2.pdf", "…-utkast.pdf").
 */
import { type DocumentFormat, MEDIA_TYPES, type PdfRenderer, renderReportFile } from '#report/formats.ts';
import type { PrintableDocument, RenderOptions } from '#report/model.ts';
import type { Db } from '#store/db.ts';
import { type DeliverableChoice, readDeliverable } from './deliverable.ts';

export interface DocumentFile {
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
}

export interface FileOptions extends RenderOptions {
  pdf: PdfRenderer;
  choice?: DeliverableChoice;
}

export async function reportFile(
  db: Db,
  committeeId: string,
  period: string,
  format: DocumentFormat,
  options: FileOptions,
): Promise<DocumentFile> {
  const doc = await readDeliverable(db, committeeId, period, options.choice);
  const bytes = await renderReportFile(format, doc, options.pdf, options);
  return { bytes, fileName: `${fileStem(`resultatrapport-${committeeId}-${period}`, doc)}.${format}`, mediaType: MEDIA_TYPES[format] };
}

/** The file name's stem with the document's version or "utkast". */
export function fileStem(base: string, doc: PrintableDocument): string {
  const status = doc.cover.status;
  return status.kind === 'published' ? `${base}-version-${status.version}` : `${base}-utkast`;
}
