/**
 * The document formats a report or a roll-up is downloaded in, and the one place that picks the
 * renderer for each: PDF (Chromium, from the same HTML as the preview), Word (docx) and Excel
 * (exceljs).
 */
import { renderDocx } from './docx/render.ts';
import type { PrintableDocument, RenderOptions, ReportDocument } from './model.ts';
import type { RollupDocument } from './rollup-model.ts';
import { renderReportXlsx } from './xlsx/report.ts';
import { renderRollupXlsx } from './xlsx/rollup.ts';

export const DOCUMENT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const isDocumentFormat = (s: string): s is DocumentFormat => (DOCUMENT_FORMATS as readonly string[]).includes(s);

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What makes PDFs: the server's warm browser, or the CLI's own (src/report/pdf/pool.ts). */
export interface PdfRenderer {
  render(doc: PrintableDocument, options?: RenderOptions): Promise<Uint8Array>;
}

type Render<D> = (doc: D, options?: RenderOptions) => Promise<Uint8Array>;

/** PDF and Word render every printable document alike; Excel has its own sheets per kind of document. */
function renderWith<D extends PrintableDocument>(xlsx: Render<D>) {
  return (format: DocumentFormat, doc: D, pdf: PdfRenderer, options: RenderOptions = {}): Promise<Uint8Array> => {
    switch (format) {
      case 'pdf':
        return pdf.render(doc, options);
      case 'docx':
        return renderDocx(doc, options);
      case 'xlsx':
        return xlsx(doc, options);
    }
  };
}

export const renderReportFile = renderWith<ReportDocument>(renderReportXlsx);
export const renderRollupFile = renderWith<RollupDocument>(renderRollupXlsx);
