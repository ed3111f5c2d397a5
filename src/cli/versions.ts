/**
 * `uppfoljning version publish|list|show|diff`: published versions of a committee's report.
 *   version publish --committee C --period P [--user U] [--json]
 *   version list --committee C [--period P] [--json]
 *   version show N --committee C --period P [--format json|html] [--out FILE]
 *   version diff [FROM [TO]] --committee C --period P [--json]
 */

import { writeFileSync } from 'node:fs';
import { reportFile } from '#app/documents.ts';
import { InputError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import { diffPublishedVersions, listVersions, type PublishedDiff, publishVersion, readVersion } from '#app/versions.ts';
import { formatMoney } from '#core/format.ts';
import { isDocumentFormat } from '#report/formats.ts';
import type { Command } from './io.ts';
import { withPdf, writeBytes } from './report.ts';

export async function versionCommand({ db, values, args, io }: Command): Promise<number> {
  const committee = values.committee;
  if (!committee) throw new InputError('måste anges (nämndens id)', '--committee');
  const [action = 'list', ...rest] = args;
  const json = (value: unknown) => io.out(`${JSON.stringify(value, null, 2)}\n`);
  if (action === 'list') {
    const versions = await listVersions(db, committee, values.period);
    if (values.json) json(versions);
    else if (versions.length === 0) io.out('Inga publicerade versioner.\n');
    else for (const v of versions) io.out(`${v.period}\tversion ${v.number}\t${v.publishedAt}\t${v.publishedBy}\n`);
    return 0;
  }
  const period = values.period;
  if (!period) throw new InputError('måste anges (ÅÅÅÅ-MM)', '--period');
  if (action === 'publish') {
    const v = await publishVersion(db, committee, period, values.user ?? currentUser());
    if (values.json) json(v);
    else io.out(`Rapporten för ${period} är publicerad som version ${v.number} (${v.publishedAt}, ${v.publishedBy}).\n`);
    return 0;
  }
  if (action === 'show') {
    const format = values.format ?? 'json';
    const number = versionNumber(rest[0], 'N');
    if (isDocumentFormat(format)) {
      const file = await withPdf((pdf) => reportFile(db, committee, period, format, { pdf, choice: { version: number } }));
      writeBytes(io, values, file.bytes, format);
      return 0;
    }
    if (format !== 'json' && format !== 'html') throw new InputError(`"${format}" är varken json, html, pdf, docx eller xlsx`, '--format');
    const v = await readVersion(db, committee, period, number);
    const text = format === 'json' ? `${v.reportJson}\n` : v.reportHtml;
    if (values.out) {
      writeFileSync(values.out, text);
      io.err(`Version ${v.number} är sparad i ${values.out}.\n`);
    } else io.out(text);
    return 0;
  }
  if (action === 'diff') {
    const from = rest[0] === undefined ? undefined : versionNumber(rest[0], 'FROM');
    const to = rest[1] === undefined ? undefined : versionNumber(rest[1], 'TO');
    const diff = await diffPublishedVersions(db, committee, period, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
    if (values.json) json(diff);
    else io.out(diffText(diff));
    return 0;
  }
  throw new InputError('skriv publish, list, show eller diff', 'version');
}

function versionNumber(text: string | undefined, name: string): number {
  if (text === undefined) throw new InputError('ange versionens nummer (se "uppfoljning version list")', name);
  if (!/^[1-9]\d{0,5}$/.test(text)) throw new InputError(`"${text}" är inget versionsnummer (1, 2, …)`, name);
  return Number(text);
}

const amount = (ore: number | null) => (ore === null ? 'saknas' : formatMoney(ore, 'tkr', { space: ' ' }));

/** The diff as text: per area the figures "from → to" and each text with [-removed-]{+added+} words. */
export function diffText(diff: PublishedDiff): string {
  const lines = [`Version ${diff.from.number} → ${diff.to.number} för ${diff.period}:`];
  if (diff.changes.length === 0) lines.push('Inga ändringar i siffror eller texter.');
  for (const c of diff.changes) {
    lines.push('', c.presence === 'both' ? c.name : `${c.name} (${c.presence === 'added' ? 'nytt område' : 'borttaget område'})`);
    for (const f of c.figures) lines.push(`  ${f.label}: ${amount(f.from)} → ${amount(f.to)}`);
    for (const t of c.texts) {
      const words = t.parts.map((p) => (p.change === 'same' ? p.text : p.change === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('');
      lines.push(`  ${t.label}:`, ...words.split('\n').map((l) => `    ${l}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
