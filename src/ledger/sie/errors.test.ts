/**
 * Bad input gives a SieError that names the line (and quotes it); doubtful bytes give a warning.
 */
import { describe, expect, it } from 'vitest';
import { encode, HEAD, readBytes, readText } from './fixtures/support.ts';
import { readSie } from './reader.ts';
import { SieError } from './types.ts';

const VER = ['#VER A 1 20250115 "Lön"', '{', '#TRANS 5010 {1 "100"} 1000.00', '#TRANS 1930 {} -1000.00', '}'];
const GOOD = [...HEAD, ...VER];

async function failure(promise: Promise<unknown>): Promise<SieError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(SieError);
    return e as SieError;
  }
  throw new Error('expected a SieError');
}

describe('SIE errors', () => {
  it('refuses an empty file', async () => {
    for (const text of ['', '\n\n  \r\n']) {
      expect((await failure(readText(text))).message).toMatch(/empty file/);
    }
    expect((await failure(readText('<html>404</html>\n'))).message).toMatch(/no SIE records/);
  });

  it('refuses a file truncated inside a voucher, naming the last line', async () => {
    const e = await failure(readText(GOOD.slice(0, 13).join('\n'), { fileName: 'cut.se' }));
    expect(e).toMatchObject({ line: 13, file: 'cut.se', text: '#TRANS 5010 {1 "100"} 1000.00' });
    expect(e.message).toBe(
      'cut.se: line 13: file ends inside the voucher that starts at line 11 (truncated?) [#TRANS 5010 {1 "100"} 1000.00]',
    );
    // Cut inside a line.
    expect((await failure(readText(`${GOOD.slice(0, 13).join('\n')}\n#TRANS 1930 {} -10`))).line).toBe(14);
  });

  it('refuses a voucher without its closing brace', async () => {
    const e = await failure(readText([...GOOD.slice(0, 14), '#VER A 2 20250116 "x"', '{', '}']));
    expect(e.line).toBe(15);
    expect(e.message).toMatch(/line 15: voucher at line 11 has no closing "}"/);
    expect((await failure(readText([...GOOD.slice(0, 14), '#PSALDO 0 202501 5010 {} 10.00']))).line).toBe(15);
  });

  it('refuses a decimal comma, naming line and amount', async () => {
    const e = await failure(readText(GOOD.map((l) => l.replace('1000.00', '12,50'))));
    expect(e.message).toMatch(/^line 13: malformed amount "12,50" in #TRANS/);
    expect((await failure(readText([...HEAD, '#UB 0 1930 1,5']))).message).toMatch(/line 11: malformed amount "1,5" in #UB/);
  });

  it('refuses other malformed lines', async () => {
    const cases: [string[], RegExp][] = [
      [[...HEAD, '#VER A 1 20250115', '{', '#TRANS 5010 {1 "100"}', '}'], /line 13: #TRANS without amount/],
      [[...HEAD, '#VER A 1 20250115', '{', '#TRANS 5010 {1 "100" 10.00', '}'], /line 13: object list of #TRANS is not closed/],
      [[...HEAD, '#VER A 1 20250115', '{', '#TRANS 5010 {1} 10.00', '}'], /line 13: malformed object list/],
      [[...HEAD, '#VER A 1 2025011 ""', '{', '}'], /line 11: malformed date "2025011" in #VER/],
      [[...HEAD, '#TRANS 5010 {} 10.00'], /line 11: #TRANS outside a voucher/],
      [[...HEAD, '}'], /line 11: "}" without an open voucher/],
      [[...HEAD, '#RAR -1 20241301 20241231'], /line 11: malformed #RAR/],
      [[...HEAD, '#PSALDO 0 2025 5010 {} 1.00'], /line 11: malformed period "2025"/],
      [['#KSUMMA', ...GOOD], /#KSUMMA at line 1 opens a checksum that is never closed/],
    ];
    for (const [lines, message] of cases) expect((await failure(readText(lines))).message).toMatch(message);
  });

  it('refuses a wrong checksum', async () => {
    const e = await failure(readText(['#KSUMMA', ...GOOD, '#KSUMMA 12345']));
    expect(e.line).toBe(17);
    expect(e.message).toMatch(/checksum mismatch: #KSUMMA says 12345/);
  });

  it('refuses balances or an export file with vouchers but no #RAR', async () => {
    const noRar = GOOD.filter((l) => !l.startsWith('#RAR'));
    expect((await failure(readText(noRar, { fileName: 'x.se' }))).message).toMatch(/line 10: missing #RAR/);
    expect((await failure(readText([...noRar, '#UB 0 1930 1.00'], { fileName: 'x.si' }))).message).toMatch(/line 15: missing #RAR/);
    // An import file (4I) may leave #RAR out.
    expect((await readText(noRar, { fileName: 'x.SI' })).ledger.counts.vouchers).toBe(1);
  });

  it('refuses a single 50 MB line without reading it all', async () => {
    let pulled = 0;
    async function* longLine(): AsyncGenerator<Buffer> {
      yield Buffer.from(`${HEAD.join('\n')}\n#VER A 1 20250115 "`);
      const block = Buffer.alloc(1 << 20, 0x78);
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield block;
      }
      yield Buffer.from('"\n');
    }
    const e = await failure(readSie(longLine()));
    expect(e.line).toBe(11);
    expect(e.message).toMatch(/line 11: line is longer than 1048576 bytes/);
    expect(pulled).toBeLessThanOrEqual(2);
    // The same inside one big chunk.
    const big = Buffer.concat([Buffer.from(`${HEAD.join('\n')}\n#PROSA "`), Buffer.alloc(3 << 20, 0x78), Buffer.from('"\n')]);
    expect((await failure(readBytes(big, { chunkSize: big.length }))).line).toBe(11);
  });

  it('warns about bytes that fit no encoding, and reads the file', async () => {
    const [a = '', b = ''] = [...GOOD].join('\n').split('Enhet 100');
    const bytes = Buffer.concat([encode(a), Buffer.from([0x81, 0xff, 0xc3, 0xdb]), encode(b)]);
    const { ledger } = await readBytes(bytes);
    expect(ledger.counts.vouchers).toBe(1);
    expect(ledger.warnings).toContainEqual({
      line: 10,
      message: '2 bytes fit no likely character of cp437 (the first on this line); the file may mix encodings',
    });
    const broken = await readBytes(
      Buffer.concat([Buffer.from('#FNAMN "\u00e5\u00e4\u00f6 '), Buffer.from([0xc3, 0x28]), Buffer.from(`"\n${GOOD.join('\n')}`)]),
    );
    expect(broken.ledger.encoding).toBe('utf8');
    expect(broken.ledger.warnings).toContainEqual({
      line: 1,
      message: '1 bytes are no valid UTF-8 (the first on this line); they read as U+FFFD',
    });
    expect(broken.ledger.companyName).toBe('Testnämnden');
  });
});
