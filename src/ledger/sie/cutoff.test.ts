/**
 * A file whose last line has no line break: a record cut off is an error naming the line; a
 * complete record is read, with a warning that the file may have been cut off.
 */
import { describe, expect, it } from 'vitest';
import { encode, HEAD, readBytes, readText, sieFailure } from './fixtures/support.ts';

const VER = ['#VER A 1 20250115 "Lön"', '{', '#TRANS 5010 {1 "100"} 1000.00', '#TRANS 1930 {} -1000.00', '}'];
const GOOD = [...HEAD, ...VER].join('\n');
const NO_BREAK = { line: 16, message: 'den sista raden saknar radbrytning; kontrollera att filen inte är avkortad' };

const failure = (text: string) => sieFailure(readText(text, { fileName: 'cut.se' }));

describe('SIE file cut off outside a voucher', () => {
  it('refuses a last line without a line break that is no known record', async () => {
    for (const last of ['#PBUD', '#PSALD', '#TRA', '#', 'Fooba']) {
      const e = await failure(`${GOOD}\n${last}`);
      expect(e).toMatchObject({ line: 16, file: 'cut.se' });
      expect(e.message).toBe(
        `cut.se: rad 16: filen slutar mitt i en rad: den sista raden saknar radbrytning och är ingen känd SIE-post; filen verkar avkortad [${last}]`,
      );
    }
  });

  it('refuses a last line without a line break that cannot be read whole', async () => {
    const cases: [string, RegExp][] = [
      ['#PSALDO 0 202501 5010 {1 "100"', /och objektlistan avslutas inte; filen verkar avkortad/],
      ['#KONTO 2440 "Leverantörssk', /och ett citattecken avslutas inte; filen verkar avkortad/],
      ['#UB 0 1930', /och går inte att läsa \(#UB saknar belopp\); filen verkar avkortad/],
      ['#PSALDO 0 2025', /och går inte att läsa \(felaktig period "2025" i #PSALDO/],
      ['#RAR -1 2024010', /och går inte att läsa \(felaktig #RAR/],
    ];
    for (const [last, message] of cases) {
      const e = await failure(`${GOOD}\n${last}`);
      expect(e.line).toBe(16);
      expect(e.message).toMatch(/^cut\.se: rad 16: filen slutar mitt i en rad: den sista raden saknar radbrytning /);
      expect(e.message).toMatch(message);
    }
  });

  it('reads a complete last record without a line break, with a warning', async () => {
    for (const last of ['#UB 0 1930 -1000.00', '#PROSA "slut"', '#OBJEKT 1 "200" "Enhet 200"']) {
      const { ledger } = await readText(`${GOOD}\n${last}`);
      expect(ledger.counts.vouchers).toBe(1);
      expect(ledger.warnings).toContainEqual(NO_BREAK);
    }
    const brace = await readText(GOOD);
    expect(brace.ledger.warnings).toContainEqual({ ...NO_BREAK, line: 15 });
    const crlf = await readText(`${GOOD.replace(/\n/g, '\r\n')}\r\n#UB 0 1930 -1000.00\r`);
    expect(crlf.ledger.warnings).toContainEqual(NO_BREAK);
  });

  it('takes trailing blanks and Ctrl-Z (an old end-of-file mark) for no line', async () => {
    for (const tail of ['\n  \t', '\n\x1a', '\r\n\x1a\x1a', '\x1a']) {
      const { ledger } = await readBytes(encode(`${GOOD}${tail}`));
      expect(ledger.counts.vouchers).toBe(1);
      expect(ledger.warnings.filter((w) => /radbrytning|styrtecken/.test(w.message))).toEqual(
        tail === '\x1a' ? [{ ...NO_BREAK, line: 15 }] : [],
      );
    }
  });

  it('still names the voucher when the file is cut inside one', async () => {
    const e = await failure(`${[...HEAD, ...VER.slice(0, 3)].join('\n')}\n#TRANS 1930 {} -10`);
    expect(e.line).toBe(14);
    expect(e.message).toMatch(/filen slutar mitt i verifikationen som börjar på rad 11/);
    const label = await failure(`${[...HEAD, ...VER.slice(0, 3)].join('\n')}\n#TRA`);
    expect(label.message).toMatch(/^cut\.se: rad 14: filen slutar mitt i en rad/);
  });
});
