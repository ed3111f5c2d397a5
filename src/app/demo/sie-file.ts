/**
 * The demo ledger as the SIE 4 file a municipality's ledger system would export (#VER/#TRANS for
 * the vouchers, #PBUDGET for the periodized budget), in codepage 437 as SIE files are. The demo is
 * then loaded through the same import a user runs, not written into tables.
 */
import iconv from 'iconv-lite';
import type { AmountRow } from '#core/figures.ts';
import type { VoucherRow } from '#store/vouchers.ts';

export interface DemoSieInput {
  company: string;
  orgNumber: string;
  /** When the file was exported, YYYY-MM-DD. */
  generated: string;
  fiscalYear: { start: string; end: string };
  accounts: readonly { id: string; name: string; type: string }[];
  codes: readonly { code: string; name: string }[];
  vouchers: readonly VoucherRow[];
  budget: readonly AmountRow[];
}

/** A quoted SIE field (quotes and backslashes escaped). */
const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const ymd = (date: string) => date.replace(/-/g, '');
/** Öre as a SIE amount in kronor, "-1234.50". */
function kronor(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function demoSieText(input: DemoSieInput): string {
  const lines = [
    '#FLAGGA 0',
    '#PROGRAM "Uppföljning demo" 1',
    '#FORMAT PC8',
    `#GEN ${ymd(input.generated)}`,
    '#SIETYP 4',
    `#ORGNR ${input.orgNumber}`,
    `#FNAMN ${q(input.company)}`,
    `#RAR 0 ${ymd(input.fiscalYear.start)} ${ymd(input.fiscalYear.end)}`,
    '#DIM 1 "Ansvar"',
  ];
  for (const a of input.accounts) lines.push(`#KONTO ${a.id} ${q(a.name)}`, `#KTYP ${a.id} ${a.type}`);
  for (const c of input.codes) lines.push(`#OBJEKT 1 ${q(c.code)} ${q(c.name)}`);
  for (const v of input.vouchers) {
    lines.push(`#VER ${q(v.series)} ${q(v.number)} ${ymd(v.date)} ${q(v.text)}`, '{');
    for (const t of v.transactions) {
      const objects = t.code ? `{1 ${q(t.code)}}` : '{}';
      lines.push(`   #TRANS ${t.account} ${objects} ${kronor(t.amount)}${t.text ? ` "" ${q(t.text)}` : ''}`);
    }
    lines.push('}');
  }
  for (const b of input.budget) lines.push(`#PBUDGET 0 ${b.period.replace('-', '')} ${b.account} {1 ${q(b.code)}} ${kronor(b.amount)}`);
  return `${lines.join('\r\n')}\r\n`;
}

export function demoSieFile(input: DemoSieInput): Buffer {
  return iconv.encode(demoSieText(input), 'cp437');
}
