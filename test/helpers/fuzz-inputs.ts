/**
 * Inputs of the fuzz benchmark (bench/fuzz.ts) and its small vitest version: the conformance SIE
 * files (read where they are, in ../shared, never copied) and generated sheets, CSV and XLSX,
 * mutated: bit flips, truncation, duplication, huge repeats, quote/brace/bracket storms, random
 * bytes, other encodings, and for XLSX damaged XML parts or damaged zip bytes. Input i of a seed
 * is always the same bytes, so any finding is reproduced from (format, seed, i).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Format } from './read-outcome.ts';
import { CONFORMANCE_SIE, HAS_SHARED } from './shared.ts';
import { escapeXml, rowXml, STYLES, sheetXml, xlsxBytes } from './xlsx-files.ts';

/** mulberry32: a small seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)] as T;

const NAMES = ['Övningsbolaget AB', 'Hemtjänst Norr', 'Löner', 'Familjehemsvård', 'Åtgärd "x"', 'Enhet {1}', 'Räntor \\ avgifter'];

function sieBase(rng: Rng): Buffer {
  const lines = [
    '#FLAGGA 0',
    '#FORMAT PC8',
    '#SIETYP 4',
    `#FNAMN "${pick(rng, NAMES)}"`,
    '#RAR 0 20250101 20251231',
    '#RAR -1 20240101 20241231',
  ];
  lines.push('#DIM 1 "Ansvar"', '#KONTO 5010 "Löner"', '#KONTO 1930 "Bank"', '#OBJEKT 1 "100" "Enhet 100"');
  const n = 1 + int(rng, 20);
  for (let v = 1; v <= n; v++) {
    const amount = (int(rng, 2_000_000) / 100).toFixed(2);
    lines.push(
      `#VER A ${v} 2025${String(1 + int(rng, 12)).padStart(2, '0')}${String(1 + int(rng, 28)).padStart(2, '0')} "${pick(rng, NAMES)}"`,
    );
    lines.push('{', `#TRANS 5010 {1 "100"} ${amount}`, `#TRANS 1930 {} -${amount}`, '}');
  }
  lines.push('#PSALDO 0 202501 5010 {1 "100"} 100.00', '#PBUDGET 0 202501 5010 {1 "100"} 90.00');
  return iconv.encode(`${lines.join('\r\n')}\r\n`, pick(rng, ['cp437', 'utf8', 'latin1']));
}

function csvText(rng: Rng): string {
  const d = pick(rng, [';', ',', '\t']);
  const rows = [['Period', 'Ansvar', 'Konto', 'Utfall'].join(d)];
  const n = 1 + int(rng, 30);
  for (let i = 0; i < n; i++) {
    const odd = int(rng, 40) === 0; // now and then a value that is wrong
    const period = odd ? pick(rng, ['2025-02-30', '2025-13', '']) : pick(rng, ['2025-04', '202504', '2025-04-15', 'april 2025']);
    const amount = odd ? pick(rng, ['90071992547409,92', 'x', '1,234']) : pick(rng, ['"1 234,50"', '-12', '−1 234', '1234.5']);
    rows.push([period, pick(rng, ['1100', '"A 1"', pick(rng, NAMES)]), pick(rng, ['5010', '3010']), amount].join(d));
  }
  return `${rows.join(pick(rng, ['\n', '\r\n']))}\n`;
}

function csvBase(rng: Rng): Buffer {
  const text = csvText(rng);
  const enc = pick(rng, ['utf8', 'utf8-bom', 'win1252', 'utf16le']);
  if (enc === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
  return enc === 'win1252' ? iconv.encode(text, 'win1252') : Buffer.from(enc === 'utf8-bom' ? `\ufeff${text}` : text, 'utf8');
}

interface SheetParts {
  sheet: string;
  sharedStrings: string;
  styles: string;
}

function sheetParts(rng: Rng): SheetParts {
  const strings = NAMES.map(escapeXml);
  const rows = [rowXml(1, ['Period', 'Ansvar', 'Konto', 'Utfall'])];
  const n = 1 + int(rng, 30);
  for (let r = 2; r <= n + 1; r++) {
    const period = int(rng, 2)
      ? `<c r="A${r}" s="1"><v>${45000 + int(rng, 400)}</v></c>`
      : `<c r="A${r}" t="inlineStr"><is><t>2025-04</t></is></c>`;
    const code = `<c r="B${r}" t="s"><v>${int(rng, strings.length + 1)}</v></c>`;
    const account = `<c r="C${r}"><v>${pick(rng, [5010, 3010, 1930])}</v></c>`;
    const amount = int(rng, 3) ? `<c r="D${r}"><v>${rng() * 1e6}</v></c>` : `<c r="D${r}"><f>B2*2</f><v>12</v></c>`;
    rows.push(`<row r="${r}">${period}${code}${account}${amount}</row>`);
  }
  return {
    sheet: sheetXml(rows.join('')),
    sharedStrings: `<sst>${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    styles: STYLES,
  };
}

/** Byte mutations, one to four of them. */
function mutateBytes(rng: Rng, input: Buffer, storm: string): Buffer {
  let b = input;
  const rounds = 1 + int(rng, 4);
  for (let k = 0; k < rounds; k++) {
    const at = int(rng, b.length + 1);
    switch (int(rng, 9)) {
      case 0: {
        const c = Buffer.from(b);
        for (let f = 0; f < 1 + int(rng, 8) && c.length; f++) {
          const i = int(rng, c.length);
          c[i] = (c[i] ?? 0) ^ (1 << int(rng, 8));
        }
        b = c;
        break;
      }
      case 1:
        b = b.subarray(0, at); // truncation
        break;
      case 2: {
        const len = int(rng, Math.min(4096, b.length - at + 1));
        const slice = b.subarray(at, at + len);
        b = Buffer.concat([b.subarray(0, at), slice, slice, b.subarray(at)]); // duplication
        break;
      }
      case 3: {
        const unit = pick(rng, [storm, '"', '\\', '\n', '\r', ' ', '\x00', '\xff', '1', 'Ö']);
        b = Buffer.concat([b.subarray(0, at), Buffer.from(unit.repeat(1 + int(rng, 200_000)), 'latin1'), b.subarray(at)]); // huge repeat
        break;
      }
      case 4: {
        const junk = Buffer.alloc(1 + int(rng, 64));
        for (let i = 0; i < junk.length; i++) junk[i] = int(rng, 256);
        b = Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
        break;
      }
      case 5: {
        const len = int(rng, 512);
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + len)]); // deletion
        break;
      }
      case 6: {
        const text = b.toString('latin1');
        const enc = pick(rng, ['utf8', 'utf16le', 'utf16be', 'cp437', 'win1252', 'latin1']);
        b = iconv.encode(text, enc); // another encoding
        break;
      }
      case 7: {
        const c = Buffer.from(b);
        if (c.length) c[int(rng, c.length)] = pick(rng, [0x22, 0x7b, 0x7d, 0x3c, 0x3e, 0x23, 0x0a, 0x3b, 0x2c]);
        b = c;
        break;
      }
      default:
        b = Buffer.concat([b, b.subarray(0, int(rng, b.length + 1))]);
    }
  }
  return b;
}

/** Text mutations of an XML part: storms, cut tags, huge numbers, far cells and rows. */
function mutateXml(rng: Rng, xml: string): string {
  const at = int(rng, xml.length + 1);
  switch (int(rng, 6)) {
    case 0:
      return xml.slice(0, at) + pick(rng, ['<', '>', '&', '"', '<si>', '<c r="A1">']).repeat(1 + int(rng, 50_000)) + xml.slice(at);
    case 1:
      return xml.replace(/r="([A-Z]+)(\d+)"/, `r="${pick(rng, ['XFD', 'GS', 'AAAAAA', ''])}$2"`);
    case 2:
      return xml.replace(/<row r="(\d+)"/, `<row r="${pick(rng, ['1048577', '0', '-1', 'x', '99999999999'])}"`);
    case 3:
      return xml.replace(/<v>[^<]*<\/v>/, `<v>${pick(rng, ['1e309', 'NaN', '-', '99999999999999999999', '45000.5'])}</v>`);
    case 4:
      return xml.slice(0, at);
    default:
      return xml.replace('<sst>', `<sst>${'<si/>'.repeat(int(rng, 100_000))}`);
  }
}

let sieFiles: Buffer[] | null = null;
function conformance(): Buffer[] {
  if (sieFiles === null) {
    sieFiles = HAS_SHARED
      ? readdirSync(CONFORMANCE_SIE)
          .filter((f) => !f.endsWith('.md'))
          .map((f) => readFileSync(join(CONFORMANCE_SIE, f)))
      : [];
  }
  return sieFiles;
}

/** Input i of the seed in the format. */
export async function fuzzInput(format: Format, seed: number, i: number): Promise<Buffer> {
  const rng = random((seed * 1_000_003 + i * 7919 + (format === 'sie' ? 1 : format === 'csv' ? 2 : 3)) >>> 0);
  if (format === 'sie') {
    const files = conformance();
    const base = files.length && int(rng, 3) ? pick(rng, files) : sieBase(rng);
    return int(rng, 20) ? mutateBytes(rng, base, pick(rng, ['{', '}', '"', '#TRANS ', '#VER A 1 20250101\n{\n'])) : base;
  }
  if (format === 'csv') return int(rng, 20) ? mutateBytes(rng, csvBase(rng), pick(rng, ['"', ';', '""', '\n'])) : csvBase(rng);
  const parts = sheetParts(rng);
  const how = int(rng, 3);
  if (how === 0) {
    const which = pick(rng, ['sheet', 'sharedStrings', 'styles'] as const);
    parts[which] = mutateXml(rng, parts[which]);
  }
  const bytes = await xlsxBytes(parts);
  return how === 1 ? mutateBytes(rng, bytes, pick(rng, ['PK\x03\x04', '\x00', '<'])) : bytes;
}
