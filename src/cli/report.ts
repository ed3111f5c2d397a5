/**
 * `uppfoljning report`: the committee's report for a period as JSON or HTML (the working draft,
 * as always), or as PDF, Word or Excel (the latest published version where one exists, else the
 * draft marked "Utkast"; --version N a given one, --draft the draft).
 */
import { writeFileSync } from 'node:fs';
import { reportFile } from '#app/documents.ts';
import { InputError } from '#app/errors.ts';
import { buildReport } from '#app/report.ts';
import { type DocumentFormat, isDocumentFormat, type PdfRenderer } from '#report/formats.ts';
import { renderHtml } from '#report/html.ts';
import { toJsonContract } from '#report/json.ts';
import { createPdfRenderer } from '#report/pdf/pool.ts';
import type { Command, Io, Values } from './io.ts';

export async function reportCommand({ db, values, io }: Command): Promise<number> {
  if (!values.committee) throw new InputError('måste anges (nämndens id)', '--committee');
  if (!values.period) throw new InputError('måste anges (ÅÅÅÅ-MM)', '--period');
  const format = values.format ?? 'json';
  if (isDocumentFormat(format)) {
    const { committee, period } = values;
    const file = await withPdf((pdf) => reportFile(db, committee, period, format, { pdf, choice: choiceOf(values) }));
    writeBytes(io, values, file.bytes, format);
    return 0;
  }
  if (format !== 'json' && format !== 'html') throw new InputError(`"${format}" är varken json, html, pdf, docx eller xlsx`, '--format');
  const doc = await buildReport(db, values.committee, values.period);
  const text = format === 'json' ? `${JSON.stringify(toJsonContract(doc), null, 2)}\n` : renderHtml(doc);
  if (values.out) {
    writeFileSync(values.out, text);
    io.err(`Rapporten är sparad i ${values.out}.\n`);
  } else {
    io.out(text);
  }
  return 0;
}

/** --version N or --draft: which document; neither: the latest published, else the draft. */
export function choiceOf(values: Values): { version?: number; draft?: boolean } {
  if (values.draft && values.version !== undefined) throw new InputError('ange antingen --version eller --draft, inte båda', '--draft');
  if (values.draft) return { draft: true };
  if (values.version === undefined) return {};
  const version = Number(values.version);
  if (!Number.isInteger(version) || version < 1) throw new InputError(`"${values.version}" är inget versionsnummer (1, 2, …)`, '--version');
  return { version };
}

/** A browser of the command's own for one PDF (the server keeps one warm instead). */
export async function withPdf<T>(use: (pdf: PdfRenderer) => Promise<T>): Promise<T> {
  const pdf = createPdfRenderer();
  try {
    return await use(pdf);
  } finally {
    await pdf.close();
  }
}

/** Writes a file to --out, or to standard output when that is not a terminal. */
export function writeBytes(io: Io, values: Values, bytes: Uint8Array, format: DocumentFormat): void {
  if (values.out) {
    writeFileSync(values.out, bytes);
    io.err(`Filen är sparad i ${values.out}.\n`);
    return;
  }
  if (!io.bytes) throw new InputError(`en ${format}-fil skrivs inte till terminalen: ange --out FIL`, '--out');
  io.bytes(bytes);
}
