/** Regression tests of issue 7 for the SIE reader: calendar dates, limits, chunk-independent encoding. */
import { describe, expect, it } from 'vitest';
import { MAX_NAME_CHARS } from '../limits.ts';
import { encode, HEAD, readBytes, readText, sieFailure } from './fixtures/support.ts';

const VER = (date: string, trans = '#TRANS 5010 {1 "100"} 1000.00') => [
  `#VER A 1 ${date} "Lön"`,
  '{',
  trans,
  '#TRANS 1930 {} -1000.00',
  '}',
];

describe('SIE dates are days of the calendar', () => {
  it('refuses #VER 20250230 on the fast and the general path, naming line and field', async () => {
    expect((await sieFailure(readText([...HEAD, ...VER('20250230')]))).message).toBe(
      'rad 11: "20250230" i #VER är inget datum som finns (år 2025, månad 02, dag 30; år 1900–2199) [#VER A 1 20250230 "Lön"]',
    );
    // A backslash in the text takes the general path.
    expect((await sieFailure(readText([...HEAD, '#VER A 1 20251301 "L\\"ön"', '{', '}']))).reason).toBe(
      '"20251301" i #VER är inget datum som finns (år 2025, månad 13, dag 01; år 1900–2199)',
    );
    expect((await sieFailure(readText([...HEAD, ...VER('20250431')]))).line).toBe(11);
    expect(
      (await readText([...HEAD.slice(0, 5), '#RAR 0 20240101 20241231', ...HEAD.slice(6), ...VER('20240229')])).vouchers[0]?.date,
    ).toBe('2024-02-29');
  });

  it('refuses a #TRANS transaction date and #RAR dates that do not exist', async () => {
    for (const trans of ['#TRANS 5010 {1 "100"} 1000.00 20250230', '#TRANS 5010 {1 "100"} 1000.00 "20250230" "text"']) {
      const e = await sieFailure(readText([...HEAD, ...VER('20250115', trans)]));
      expect(e.line).toBe(13);
      expect(e.reason).toBe('"20250230" i transaktionsdatumet i #TRANS är inget datum som finns (år 2025, månad 02, dag 30; år 1900–2199)');
    }
    const ok = await readText([...HEAD, ...VER('20250115', '#TRANS 5010 {1 "100"} 1000.00 "" "text"')]);
    expect(ok.vouchers[0]?.transactions[0]?.text).toBe('text');
    const rar = [...HEAD.slice(0, 5), '#RAR 0 20250101 20250230', ...HEAD.slice(6)];
    expect((await sieFailure(readText(rar))).message).toMatch(/^rad 6: felaktig #RAR: "20250230" i slutdatumet är inget datum som finns/);
  });
});

describe('SIE limits', () => {
  it('refuses a 50 MB line at its line', async () => {
    const bytes = Buffer.concat([encode(`${HEAD.join('\n')}\n#FNAMN "`), Buffer.alloc(50 << 20, 0x41)]);
    const e = await sieFailure(readBytes(bytes));
    expect(e.message).toBe('rad 11: raden är längre än gränsen 1 048 576 byte; är det verkligen en SIE-fil?');
  });

  it('cuts names and texts longer than 200 characters, with a warning', async () => {
    const long = 'Å'.repeat(300);
    const { ledger, vouchers } = await readText([
      ...HEAD.slice(0, 4),
      `#FNAMN "${long}"`,
      ...HEAD.slice(5),
      `#KONTO 4010 ${long}`,
      `#VER A 1 20250115 "${long}"`,
      '{',
      `#TRANS 5010 {1 "100"} 1000.00 "" "${long}"`,
      '#TRANS 1930 {} -1000.00',
      '}',
    ]);
    expect(ledger.companyName).toBe('Å'.repeat(MAX_NAME_CHARS));
    expect(ledger.accounts.find((a) => a.id === '4010')?.name).toHaveLength(MAX_NAME_CHARS);
    expect(vouchers[0]?.text).toHaveLength(MAX_NAME_CHARS);
    expect(vouchers[0]?.transactions[0]?.text).toHaveLength(MAX_NAME_CHARS);
    expect(ledger.warnings.filter((w) => /längre än gränsen 200 tecken och kortades/.test(w.message)).map((w) => w.line)).toEqual([
      5, 11, 12, 14,
    ]);
  });

  it('refuses codes longer than 100 characters and object lists longer than 64 pairs', async () => {
    const code = '1'.repeat(101);
    expect((await sieFailure(readText([...HEAD, ...VER('20250115', `#TRANS ${code} {} 1.00`)]))).reason).toMatch(
      /^kontot "1{20}…" är längre än gränsen 100 tecken$/,
    );
    expect((await sieFailure(readText([...HEAD, `#OBJEKT 1 "${code}" "x"`]))).line).toBe(11);
    const list = Array.from({ length: 65 }, (_, i) => `${i + 1} "o"`).join(' ');
    expect((await sieFailure(readText([...HEAD, `#PSALDO 0 202501 5010 {${list}} 1.00`]))).reason).toBe(
      'objektlistan i #PSALDO har fler än gränsen 64 objekt',
    );
  });
});

describe('SIE encoding does not depend on the chunks', () => {
  it('reads a cp437-looking byte early and UTF-8 names later the same whole and in 64 KiB chunks', async () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `#KONTO ${1000 + i} "Konto nummer ${i} med ett langt namn"`);
    const text = [...HEAD.slice(0, 4), ...filler, '#FNAMN "Övningsbolaget AB"', '#OBJEKT 1 "200" "Överförmyndare"'].join('\n');
    const utf8 = Buffer.from(`${text}\n`, 'utf8');
    // One stray codepage-437 byte (ö) in the first line holding a byte outside ASCII.
    const bytes = Buffer.concat([Buffer.from('#KONTO 999 "Gammal \x94"\n', 'latin1'), utf8]);
    const whole = await readBytes(bytes, { chunkSize: bytes.length });
    const chunked = await readBytes(bytes, { chunkSize: 1 << 16 });
    expect(whole.ledger.companyName).toBe('Övningsbolaget AB');
    expect(chunked.ledger.encoding).toBe(whole.ledger.encoding);
    expect(chunked.ledger.companyName).toBe('Övningsbolaget AB');
    expect(chunked.ledger.warnings).toEqual(whole.ledger.warnings);
  });
});
