/**
 * Bad input gives a SieError that names the line (and quotes it); doubtful bytes give a warning.
 */
import { describe, expect, it } from 'vitest';
import { encode, HEAD, readBytes, readText, sieFailure } from './fixtures/support.ts';
import { readSie } from './reader.ts';

const VER = ['#VER A 1 20250115 "Lön"', '{', '#TRANS 5010 {1 "100"} 1000.00', '#TRANS 1930 {} -1000.00', '}'];
const GOOD = [...HEAD, ...VER];

describe('SIE errors', () => {
  it('refuses an empty file', async () => {
    for (const text of ['', '\n\n  \r\n']) {
      expect((await sieFailure(readText(text))).message).toMatch(/filen är tom/);
    }
    expect((await sieFailure(readText('<html>404</html>\n'))).message).toMatch(
      /^rad 1: filen är tom eller ingen SIE-fil: den har inga SIE-poster/,
    );
  });

  it('refuses a file truncated inside a voucher, naming the last line', async () => {
    const e = await sieFailure(readText(GOOD.slice(0, 13).join('\n'), { fileName: 'cut.se' }));
    expect(e).toMatchObject({ line: 13, file: 'cut.se', text: '#TRANS 5010 {1 "100"} 1000.00' });
    expect(e.message).toBe(
      'cut.se: rad 13: filen slutar mitt i verifikationen som börjar på rad 11 (är filen ofullständig?) [#TRANS 5010 {1 "100"} 1000.00]',
    );
    // Cut inside a line.
    expect((await sieFailure(readText(`${GOOD.slice(0, 13).join('\n')}\n#TRANS 1930 {} -10`))).line).toBe(14);
  });

  it('refuses a voucher without its closing brace', async () => {
    const e = await sieFailure(readText([...GOOD.slice(0, 14), '#VER A 2 20250116 "x"', '{', '}']));
    expect(e.line).toBe(15);
    expect(e.message).toMatch(/^rad 15: verifikationen på rad 11 saknar avslutande "}"/);
    expect((await sieFailure(readText([...GOOD.slice(0, 14), '#PSALDO 0 202501 5010 {} 10.00']))).line).toBe(15);
  });

  it('refuses a decimal comma, naming line and amount', async () => {
    const e = await sieFailure(readText(GOOD.map((l) => l.replace('1000.00', '12,50'))));
    expect(e.message).toMatch(/^rad 13: "12,50" i #TRANS är inget belopp \(SIE-filer skriver belopp med decimalpunkt/);
    expect((await sieFailure(readText([...HEAD, '#UB 0 1930 1,5']))).message).toMatch(/^rad 11: "1,5" i #UB är inget belopp/);
  });

  it('says what is wrong with an amount that has a decimal point', async () => {
    const trans = (amount: string) => readText(GOOD.map((l) => l.replace('1000.00', amount)));
    expect((await sieFailure(trans('1.005'))).message).toBe(
      'rad 13: "1.005" i #TRANS har fler än två decimaler (belopp anges i kronor med högst två decimaler, t.ex. 12.50) [#TRANS 5010 {1 "100"} 1.005]',
    );
    expect((await sieFailure(trans('99999999999999999.99'))).message).toMatch(
      /^rad 13: "99999999999999999.99" i #TRANS är ett för stort belopp \(högst 90071992547409.91 kan räknas exakt\)/,
    );
    expect((await sieFailure(trans('90071992547410'))).message).toMatch(/i #TRANS är ett för stort belopp/);
    expect((await sieFailure(readText([...HEAD, '#UB 0 1930 -0.125']))).message).toMatch(
      /^rad 11: "-0.125" i #UB har fler än två decimaler/,
    );
    expect((await sieFailure(readText([...HEAD, '#PSALDO 0 202501 5010 {} 1e5']))).message).toMatch(/"1e5" i #PSALDO är inget belopp/);
    // Zeros beyond two decimals are no more decimals.
    expect((await readText(GOOD.map((l) => l.replace('1000.00', '1000.0000')))).ledger.counts.vouchers).toBe(1);
  });

  it('refuses sums beyond 2^53 öre as a SieError naming the line', async () => {
    const big = (n: number) => [
      `#VER A ${n} 20250115 ""`,
      '{',
      '#TRANS 5010 {} 60000000000000.00',
      '#TRANS 1930 {} -60000000000000.00',
      '}',
    ];
    const twice = await sieFailure(readText([...HEAD, ...big(1), ...big(2)], { fileName: 'stor.se' }));
    expect(twice).toMatchObject({ line: 18, file: 'stor.se' });
    expect(twice.message).toMatch(
      /^stor\.se: rad 18: beloppen är för stora för att summeras exakt: summan för konto 5010 i 2025-01 blir större än 2\^53 öre/,
    );
    const oneVoucher = ['#VER A 1 20250115 ""', '{', '#TRANS 5010 {} 60000000000000.00', '#TRANS 5020 {} 60000000000000.00', '}'];
    expect((await sieFailure(readText([...HEAD, ...oneVoucher]))).message).toMatch(
      /^rad 14: beloppen är för stora för att summeras exakt: summan av verifikationen på rad 11 blir större än 2\^53 öre/,
    );
    const rows = ['#PSALDO 0 202501 5010 {} 60000000000000.00', '#PSALDO 0 202502 5010 {} 60000000000000.00'];
    const psaldo = await sieFailure(readText([...HEAD, ...rows]));
    expect(psaldo.line).toBe(12);
    expect(psaldo.message).toMatch(/^rad 12: beloppen på konto 5010 är tillsammans för stora för att summeras exakt/);
  });

  it('refuses other malformed lines', async () => {
    const cases: [string[], RegExp][] = [
      [[...HEAD, '#VER A 1 20250115', '{', '#TRANS 5010 {1 "100"}', '}'], /^rad 13: #TRANS saknar belopp/],
      [[...HEAD, '#VER A 1 20250115', '{', '#TRANS 5010 {1 "100" 10.00', '}'], /^rad 13: objektlistan i #TRANS avslutas inte/],
      [[...HEAD, '#VER A 1 20250115', '{', '#TRANS 5010 {1} 10.00', '}'], /^rad 13: felaktig objektlista i #TRANS/],
      [[...HEAD, '#VER A 1 2025011 ""', '{', '}'], /^rad 11: felaktigt datum "2025011" i #VER/],
      [[...HEAD, '#TRANS 5010 {} 10.00'], /^rad 11: #TRANS står utanför en verifikation/],
      [[...HEAD, '}'], /^rad 11: "}" utan någon öppen verifikation/],
      [[...HEAD, '#RAR -1 20241301 20241231'], /^rad 11: felaktig #RAR/],
      [[...HEAD, '#PSALDO 0 2025 5010 {} 1.00'], /^rad 11: felaktig period "2025" i #PSALDO/],
      [['#KSUMMA', ...GOOD], /^rad 16: #KSUMMA på rad 1 inleder en kontrollsumma som aldrig avslutas/],
    ];
    for (const [lines, message] of cases) expect((await sieFailure(readText(lines))).message).toMatch(message);
  });

  it('refuses a wrong checksum', async () => {
    const e = await sieFailure(readText(['#KSUMMA', ...GOOD, '#KSUMMA 12345']));
    expect(e.line).toBe(17);
    expect(e.message).toMatch(/^rad 17: kontrollsumman stämmer inte: #KSUMMA anger 12345/);
  });

  it('refuses balances or an export file with vouchers but no #RAR', async () => {
    const noRar = GOOD.filter((l) => !l.startsWith('#RAR'));
    expect((await sieFailure(readText(noRar, { fileName: 'x.se' }))).message).toMatch(/^x\.se: rad 10: #RAR saknas/);
    expect((await sieFailure(readText([...noRar, '#UB 0 1930 1.00'], { fileName: 'x.si' }))).message).toMatch(
      /^x\.si: rad 15: #RAR saknas/,
    );
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
    const e = await sieFailure(readSie(longLine()));
    expect(e.line).toBe(11);
    expect(e.message).toMatch(/^rad 11: raden är längre än gränsen 1 048 576 byte/);
    expect(pulled).toBeLessThanOrEqual(2);
    // The same inside one big chunk.
    const big = Buffer.concat([Buffer.from(`${HEAD.join('\n')}\n#PROSA "`), Buffer.alloc(3 << 20, 0x78), Buffer.from('"\n')]);
    expect((await sieFailure(readBytes(big, { chunkSize: big.length }))).line).toBe(11);
  });

  it('warns about bytes that fit no encoding, and reads the file', async () => {
    const [a = '', b = ''] = [...GOOD].join('\n').split('Enhet 100');
    const bytes = Buffer.concat([encode(a), Buffer.from([0x81, 0xff, 0xc3, 0xdb]), encode(b)]);
    const { ledger } = await readBytes(bytes);
    expect(ledger.counts.vouchers).toBe(1);
    expect(ledger.warnings).toContainEqual({
      line: 10,
      message:
        '2 byte motsvarar inget troligt tecken i teckenkodningen cp437 (den första på den här raden); filen kan blanda teckenkodningar',
    });
    const broken = await readBytes(
      Buffer.concat([Buffer.from('#FNAMN "\u00e5\u00e4\u00f6 '), Buffer.from([0xc3, 0x28]), Buffer.from(`"\n${GOOD.join('\n')}`)]),
    );
    expect(broken.ledger.encoding).toBe('utf8');
    expect(broken.ledger.warnings).toContainEqual({
      line: 1,
      message: '1 byte följer inte teckenkodningen UTF-8 (den första på den här raden); de läses som "\uFFFD"',
    });
    expect(broken.ledger.companyName).toBe('Testnämnden');
  });
});
