/**
 * `uppfoljning rollup --period P [--format json|html|pdf|docx|xlsx] [--out FILE] [--committees a,b]`: the roll-up
 * to kommunstyrelsen. A local user of the CLI sees every committee. A format is added in FORMATS
 * and `render`.
 */
import { writeFileSync } from 'node:fs';
import { InputError } from '#app/errors.ts';
import { buildRollup } from '#app/rollup.ts';
import { DOCUMENT_FORMATS, isDocumentFormat, renderRollupFile } from '#report/formats.ts';
import { renderHtml } from '#report/html.ts';
import { toRollupJson } from '#report/rollup-json.ts';
import type { RollupDocument } from '#report/rollup-model.ts';
import type { Command } from './io.ts';
import { withPdf, writeBytes } from './report.ts';

const FORMATS = ['json', 'html', ...DOCUMENT_FORMATS] as const;
type Format = (typeof FORMATS)[number];

function render(doc: RollupDocument, format: 'json' | 'html'): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toRollupJson(doc), null, 2)}\n`;
    case 'html':
      return renderHtml(doc);
  }
}

export async function rollupCommand({ db, values, io }: Command): Promise<number> {
  if (!values.period) throw new InputError('måste anges (ÅÅÅÅ-MM)', '--period');
  const format = values.format ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new InputError(`"${format}" är inte ${FORMATS.slice(0, -1).join(', ')} eller ${FORMATS.at(-1)}`, '--format');
  const committees = values.committees
    ?.split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (committees?.length === 0) throw new InputError('ska vara nämndernas id, åtskilda med kommatecken', '--committees');
  const doc = await buildRollup(db, values.period, { viewer: null, ...(committees ? { committees } : {}) });
  if (isDocumentFormat(format)) {
    const bytes = await withPdf((pdf) => renderRollupFile(format, doc, pdf));
    writeBytes(io, values, bytes, format);
    return 0;
  }
  const text = render(doc, format as 'json' | 'html');
  if (values.out) {
    writeFileSync(values.out, text);
    io.err(`Sammanställningen är sparad i ${values.out}.\n`);
  } else {
    io.out(text);
  }
  return 0;
}
