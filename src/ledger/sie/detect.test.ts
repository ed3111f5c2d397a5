/**
 * Encoding detection wherever the first byte outside ASCII sits in a big chunk, and control
 * bytes, which are read but warned about once.
 */
import { describe, expect, it } from 'vitest';
import { encode, HEAD, readBytes, readText } from './fixtures/support.ts';

const MIB = 1 << 20;

/** A file that is ASCII up to its last voucher, `vouchers` vouchers in. */
function lateLetters(vouchers: number, text: string, extra: string[] = []): string {
  const lines = ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#FNAMN "Testbolaget"', '#RAR 0 20250101 20251231', '#KONTO 1930 "Bank"'];
  lines.push('#KONTO 7010 "Loner"');
  for (let i = 1; i <= vouchers; i++)
    lines.push(`#VER A ${i} 20250115 "Lon ${i}"`, '{', '#TRANS 7010 {} 100.00', '#TRANS 1930 {} -100.00', '}');
  lines.push(`#VER A ${vouchers + 1} 20250131 "${text}"`, '{', '#TRANS 7010 {} 100.00', '#TRANS 1930 {} -100.00', '}', ...extra);
  return `${lines.join('\n')}\n`;
}

/** Offset of the first byte ≥ 0x80. */
const firstHigh = (bytes: Buffer): number => bytes.findIndex((b) => b >= 0x80);

describe('SIE encoding detection', () => {
  it.each(['utf8', 'iso-8859-15'] as const)('detects %s from a first å/ä/ö late in a 1 MiB chunk', async (encoding) => {
    const bytes = encode(lateLetters(20_000, 'Lön för Åsa'), encoding);
    expect(firstHigh(bytes) % MIB).toBeGreaterThan(4 << 16); // beyond the first 256 KiB of its chunk
    for (const chunkSize of [MIB, 1 << 16, 4093]) {
      const { ledger, vouchers } = await readBytes(bytes, { chunkSize });
      expect(ledger.encoding).toBe(encoding);
      expect(vouchers.at(-1)!.text).toBe('Lön för Åsa');
      expect(ledger.warnings).toContainEqual({
        line: 0,
        message: `filen anger #FORMAT PC8 (cp437) men har teckenkodningen ${encoding}; den läses som ${encoding}`,
      });
    }
  });

  it('reads a late cp437 å/ä/ö as cp437 and names the line of a late odd byte', async () => {
    // 0xC4 is a box-drawing line in cp437: no likely letter in a ledger.
    const text = lateLetters(5_000, 'Lön för Åsa', ['#PROSA "─"']);
    const bytes = encode(text, 'cp437');
    expect(firstHigh(bytes)).toBeGreaterThan(4 << 16);
    const prosa = text.split('\n').indexOf('#PROSA "─"') + 1;
    for (const chunkSize of [MIB, 1 << 16, 1000]) {
      const { ledger, vouchers } = await readBytes(bytes, { chunkSize });
      expect(ledger.encoding).toBe('cp437');
      expect(vouchers.at(-1)!.text).toBe('Lön för Åsa');
      expect(ledger.warnings).toContainEqual({
        line: prosa,
        message:
          '1 byte motsvarar inget troligt tecken i teckenkodningen cp437 (den första på den här raden); filen kan blanda teckenkodningar',
      });
    }
  });
});

describe('SIE control bytes', () => {
  const VER = ['#VER A 1 20250115 "Lön"', '{', '#TRANS 5010 {1 "100"} 1000.00', '#TRANS 1930 {} -1000.00', '}'];
  const control = (warnings: { line: number; message: string }[]) => warnings.filter((w) => /styrtecken/.test(w.message));

  it('warns once, naming the first line and byte, and reads the fields as they are', async () => {
    const { ledger } = await readText([
      ...HEAD.map((l) => (l.startsWith('#FNAMN') ? '#FNAMN "Test\x00nämnden"' : l)),
      '#KONTO 2440 "Lev\x1b[0m"',
      ...VER,
    ]);
    expect(control(ledger.warnings)).toEqual([
      { line: 5, message: 'styrtecken (0x00) i filen, det första på den här raden; kontrollera teckenkodningen' },
    ]);
    expect(ledger.companyName).toBe('Test\x00nämnden');
    expect(ledger.accounts).toContainEqual({ id: '2440', name: 'Lev\x1b[0m', type: null });
  });

  it('finds them in vouchers read on the fast path: account, object, text', async () => {
    const cases: [string, string][] = [
      ['#TRANS 5010\x07 {1 "100"} 1000.00', '0x07'],
      ['#TRANS 5010 {1 "1\x0000"} 1000.00', '0x00'],
      ['#TRANS 5010 {1 10\x0c0} 1000.00', '0x0C'],
      ['#TRANS 5010 {1 "100"} 1000.00 20250115 "text \x1b"', '0x1B'],
      ['#TRANS 5010 {1 "100"} 1000.00 20250115 "text" 1\x1f', '0x1F'],
    ];
    for (const [trans, hex] of cases) {
      const { ledger, vouchers } = await readText([...HEAD, ...VER.map((l) => (l.startsWith('#TRANS 5010') ? trans : l))]);
      expect(control(ledger.warnings)).toEqual([
        { line: 13, message: `styrtecken (${hex}) i filen, det första på den här raden; kontrollera teckenkodningen` },
      ]);
      expect(vouchers[0]!.transactions[0]!.amount).toBe(100000);
    }
    const ver = await readText([...HEAD, '#VER A 1 20250115 "L\x08n"', ...VER.slice(1)]);
    expect(control(ver.ledger.warnings)).toEqual([
      { line: 11, message: 'styrtecken (0x08) i filen, det första på den här raden; kontrollera teckenkodningen' },
    ]);
    expect(ver.vouchers[0]!.text).toBe('L\x08n');
  });

  it('takes tabs and CR as blanks, without a warning', async () => {
    const lines = [...HEAD, ...VER].map((l) => l.replace(/ /g, '\t'));
    lines.push('#PROSA "tab\tinne" "cr\rinne"');
    const { ledger } = await readText(`${lines.join('\r\n')}\r\n`);
    expect(control(ledger.warnings)).toEqual([]);
    expect(ledger.counts.vouchers).toBe(1);
  });
});
