/**
 * Deterministic reading (issue 7): the same bytes give the same rows, warnings and errors however
 * they are cut into chunks, from 1 byte to a few hundred KiB, for SIE, CSV and XLSX.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { type Format, readOutcome } from '#test/helpers/read-outcome.ts';
import { CONFORMANCE_SIE, HAS_SHARED } from '#test/helpers/shared.ts';
import { rowXml, sheetXml, xlsxBytes } from '#test/helpers/xlsx-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'chunking-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chunkSizes = fc.array(
  fc.oneof(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 8192 }), fc.integer({ min: 1, max: 300_000 })),
  {
    minLength: 1,
    maxLength: 6,
  },
);
const name = fc.string({ unit: fc.constantFrom(...'aÅäÖöé€ x"\\{}'.split('')), maxLength: 12 });
const encoding = fc.constantFrom('utf8', 'cp437', 'latin1');

/**
 * An SIE file: names in one encoding; a filler of `pad` ASCII lines (about 26 bytes each) moves
 * later names past the encoding sample, which is 256 KiB from the first non-ASCII byte (the stray
 * #FNAMN): 12 000 lines are about 310 KB.
 */
function sieFile(names: string[], enc: string, pad: number, stray: boolean): Buffer {
  const lines = ['#FLAGGA 0', '#SIETYP 4', '#RAR 0 20250101 20251231', '#DIM 1 "Ansvar"'];
  for (let i = 0; i < pad; i++) lines.push(`#KONTO ${1000 + i} "Konto ${i}"`);
  for (const [i, n] of names.entries()) lines.push(`#OBJEKT 1 "${100 + i}" "${n.replace(/["\\]/g, '')}"`);
  lines.push('#VER A 1 20250115 "Lön"', '{', '#TRANS 5010 {1 "100"} 1000.00', '#TRANS 1930 {} -1000.00', '}');
  const body = iconv.encode(`${lines.join('\r\n')}\r\n`, enc);
  return stray ? Buffer.concat([Buffer.from('#FNAMN "Gammal \x94"\n', 'latin1'), body]) : body;
}

async function sameWhateverTheChunks(format: Format, bytes: Uint8Array, sizes: number[]): Promise<void> {
  const whole = await readOutcome(format, bytes, [], dir);
  const cut = await readOutcome(format, bytes, sizes, dir);
  if (whole.kind === 'crash') throw whole.error;
  expect(cut).toEqual(whole);
}

describe('the same bytes read the same in any chunks', () => {
  it('SIE: generated files in three encodings, with names early and late', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(name, { maxLength: 6 }),
        encoding,
        fc.constantFrom(0, 10, 12_000),
        fc.boolean(),
        chunkSizes,
        (names, enc, pad, stray, sizes) => sameWhateverTheChunks('sie', sieFile(names, enc, pad, stray), sizes),
      ),
      { numRuns: 40 },
    );
  });

  it.skipIf(!HAS_SHARED)('SIE: the conformance files', async () => {
    const files = readdirSync(CONFORMANCE_SIE).filter((f) => !f.endsWith('.md'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), chunkSizes, (f, sizes) =>
        sameWhateverTheChunks('sie', readFileSync(join(CONFORMANCE_SIE, f)), sizes),
      ),
      { numRuns: 40 },
    );
  });

  it('CSV: rows with quotes, line breaks and names in UTF-8, Windows-1252 or UTF-16', async () => {
    const cell = fc.string({ unit: fc.constantFrom(...'aÅö€;,\t"\r\n 1'.split('')), maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell), { maxLength: 20 }),
        fc.constantFrom('utf8', 'win1252', 'utf16le-bom', 'utf8-bom'),
        fc.constantFrom(';', ',', '\t'),
        chunkSizes,
        async (rows, enc, d, sizes) => {
          const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const text = `period${d}ansvar${d}konto${d}belopp\n${rows.map(([a, b]) => `2025-04${d}${q(a)}${d}5010${d}${b.length}\n`).join('')}`;
          const bytes =
            enc === 'win1252'
              ? iconv.encode(text, 'win1252')
              : enc === 'utf16le-bom'
                ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])
                : Buffer.from(enc === 'utf8-bom' ? `\ufeff${text}` : text, 'utf8');
          await sameWhateverTheChunks('csv', bytes, sizes);
        },
      ),
      {
        numRuns: 100,
        // Found by this property: "ŀ" (Windows-1252 "Å€" read as UTF-8), then a row without a code,
        // then a lone "ö": the row without a code must be the error, whatever the chunks.
        examples: [
          [
            [
              ['Å€', ''],
              ['', ''],
              ['ö', ''],
            ],
            'win1252',
            ';',
            [1],
          ],
        ],
      },
    );
  });

  it('XLSX: the inflated parts cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 70_000 }), async (names, chunkSize) => {
        const rows = [
          rowXml(1, ['Period', 'Ansvar', 'Konto', 'Utfall']),
          // Ansvar from the shared strings, so that a string cut across chunks would show.
          ...names.map((_n, i) => rowXml(i + 2, ['2025-04', { shared: i }, '5010', i])),
        ];
        const sharedStrings = `<sst>${names.map((n) => `<si><t>${n.replace(/[<&]/g, '')}</t></si>`).join('')}</sst>`;
        await sameWhateverTheChunks('xlsx', await xlsxBytes({ sheet: sheetXml(rows.join('')), sharedStrings }), [chunkSize]);
      }),
      { numRuns: 40 },
    );
  });
});
