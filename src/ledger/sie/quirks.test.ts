/**
 * Small fixtures, one for each quirk the reader handles.
 */
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { balanceMap, encode, HEAD, readBytes, readText } from './fixtures/support.ts';

const VER = ['#VER A 1 20250115 "Lön"', '{', '#TRANS 5010 {1 "100"} 1000.00', '#TRANS 1930 {} -1000.00', '}'];

describe('SIE quirks', () => {
  it('reads escaped quotes and backslashes, keeping a bare backslash', async () => {
    const { ledger, vouchers } = await readText([
      ...HEAD,
      '#OBJEKT 1 "200" "Enhet \\"Norr\\" {gamla}"',
      '#OBJEKT 1 "C:\\\\x" "C:\\Program\\A012"',
      '#VER A 2 20250115 "Text med \\"citat\\" och \\\\"',
      '{',
      '#TRANS 5010 {1 "200"} 1.00 20250115 "rad \\"1\\""',
      '#TRANS 1930 {} -1.00',
      '}',
    ]);
    expect(ledger.objects).toContainEqual({ dimension: 1, id: '200', name: 'Enhet "Norr" {gamla}' });
    expect(ledger.objects).toContainEqual({ dimension: 1, id: 'C:\\x', name: 'C:\\Program\\A012' });
    expect(vouchers[0]).toMatchObject({ text: 'Text med "citat" och \\', transactions: [{ text: 'rad "1"' }, { text: '' }] });
  });

  it('reads object lists with quoted or unquoted dimension numbers, blanks and several dimensions', async () => {
    const { vouchers } = await readText([
      ...HEAD,
      '#VER A 1 20250115 ""',
      '{',
      '#TRANS 5010 { "1" "100"} 1.00',
      '#TRANS 5010 {1 100} 2.00',
      '#TRANS 5010 {6 P1 1 "100"} 3.00',
      '#TRANS 5010 {6 "P1"} 4.00',
      '#TRANS 1930 { } -10.00',
      '}',
    ]);
    expect(vouchers[0]!.transactions.map((t) => [t.object, t.amount])).toEqual([
      ['100', 100],
      ['100', 200],
      ['100', 300],
      [null, 400],
      [null, -1000],
    ]);
  });

  it('reads tabs, double spaces, CRLF and any chunking the same way', async () => {
    const lines = [...HEAD, ...VER];
    const plain = await readText(lines);
    const tabbed = await readText(lines.map((l) => l.replace(/ /g, '\t\t')).join('\r\n'));
    expect(tabbed.ledger.periodBalances).toEqual(plain.ledger.periodBalances);
    expect(tabbed.vouchers).toEqual(plain.vouchers);
    for (const chunkSize of [1, 2, 7, 100]) {
      const { ledger } = await readText(lines.join('\r\n'), { chunkSize });
      expect(ledger.periodBalances).toEqual(plain.ledger.periodBalances);
    }
    expect(balanceMap(plain.ledger)).toEqual({ '2025-01 5010 100': 100000, '2025-01 1930 -': -100000 });
  });

  it('sums #TRANS only, never #RTRANS or #BTRANS', async () => {
    const { ledger, vouchers } = await readText([
      ...HEAD,
      '#VER A 1 20250115 "Rättad"',
      '{',
      '#TRANS 5010 {1 "100"} 1000.00',
      '#BTRANS 1930 {} -1000.00 20250116 "" "" "Anna"',
      '#RTRANS 1930 {} -900.00 20250116 "" "" "Anna"',
      '#TRANS 1930 {} -900.00',
      '#TRANS 1930 {} -100.00',
      '}',
    ]);
    expect(vouchers[0]!.transactions.map((t) => t.amount)).toEqual([100000, -90000, -10000]);
    expect(ledger.counts.transactions).toBe(3);
    expect(balanceMap(ledger)['2025-01 1930 -']).toBe(-100000);
  });

  it('maps a split fiscal year and reconciles it', async () => {
    const { ledger } = await readText([
      '#SIETYP 2',
      '#RAR 0 20240701 20250630',
      '#RAR -1 20230701 20240630',
      '#KONTO 1930 Bank',
      '#KONTO 3010 Försäljning',
      '#IB 0 1930 100.00',
      '#UB 0 1930 130.00',
      '#RES 0 3010 -30.00',
      '#RES -1 3010 -5.00',
      '#PSALDO 0 202412 1930 {} 10.00',
      '#PSALDO 0 202501 1930 {} 20.00',
      '#PSALDO 0 202412 3010 {} -10.00',
      '#PSALDO 0 202501 3010 {} -20.00',
      '#PSALDO -1 202406 3010 {} -4.00',
    ]);
    expect(ledger.fiscalYears).toEqual([
      { index: 0, start: '2024-07-01', end: '2025-06-30' },
      { index: -1, start: '2023-07-01', end: '2024-06-30' },
    ]);
    expect(balanceMap(ledger)).toMatchObject({ '2024-12 1930 -': 1000, '2025-01 3010 -': -2000, '2024-06 3010 -': -400 });
    expect(ledger.reconciliation).toEqual({
      accountsChecked: 3,
      mismatches: [{ account: '3010', expected: -500, computed: -400, yearIndex: -1, record: '#RES' }],
    });
  });

  const OBJECTS = [
    '#SIETYP 3',
    '#RAR 0 20250101 20251231',
    '#DIM 1 Ansvar',
    '#OBJEKT 1 A "A"',
    '#OBJEKT 1 B "B"',
    '#DIM 6 Projekt',
    '#OBJEKT 6 P1 "P1"',
  ];

  it('reads {} as the account total, with other dimensions not counted twice', async () => {
    const { ledger } = await readText([
      ...OBJECTS,
      '#RES 0 5010 100.00',
      '#PSALDO 0 202501 5010 {} 100.00',
      '#PSALDO 0 202501 5010 {1 A} 30.00',
      '#PSALDO 0 202501 5010 {1 B} 50.00',
      '#PSALDO 0 202501 5010 {6 P1} 100.00',
      '#PSALDO 0 202501 5010 {1 A 6 P1} 30.00',
    ]);
    expect(balanceMap(ledger)).toEqual({ '2025-01 5010 A': 3000, '2025-01 5010 B': 5000, '2025-01 5010 -': 2000 });
    expect(ledger.reconciliation.mismatches).toEqual([]);
    const p1 = await readText(
      [...OBJECTS, '#PSALDO 0 202501 5010 {} 100.00', '#PSALDO 0 202501 5010 {1 A} 30.00', '#PSALDO 0 202501 5010 {6 P1} 100.00'],
      { dimension: 6 },
    );
    expect(balanceMap(p1.ledger)).toEqual({ '2025-01 5010 P1': 10000 });
  });

  it('reads {} as the remainder when the file reconciles that way', async () => {
    const { ledger } = await readText([
      ...OBJECTS,
      '#RES 0 5010 100.00',
      '#PSALDO 0 202501 5010 {} 20.00',
      '#PSALDO 0 202501 5010 {1 A} 30.00',
      '#PSALDO 0 202501 5010 {1 B 6 P1} 50.00',
    ]);
    expect(balanceMap(ledger)).toEqual({ '2025-01 5010 A': 3000, '2025-01 5010 B': 5000, '2025-01 5010 -': 2000 });
    expect(ledger.reconciliation.mismatches).toEqual([]);
    expect(ledger.warnings.map((w) => w.message).join('\n')).toMatch(/läses som resten utan objekt/);
  });

  it('decides {} from the vouchers, and warns where #PSALDO and vouchers differ', async () => {
    const lines = [
      ...HEAD,
      '#OBJEKT 1 "200" "Enhet 200"',
      '#VER A 1 20250115 ""',
      '{',
      '#TRANS 5010 {1 "100"} 30.00',
      '#TRANS 5010 {1 "200"} 50.00',
      '#TRANS 5010 {} 20.00',
      '#TRANS 1930 {} -100.00',
      '}',
    ];
    const remainder = await readText([
      ...lines,
      '#PSALDO 0 202501 5010 {} 20.00',
      '#PSALDO 0 202501 5010 {1 "100"} 30.00',
      '#PSALDO 0 202501 5010 {1 "200"} 50.00',
    ]);
    expect(remainder.ledger.warnings.map((w) => w.message).join('\n')).toMatch(/läses som resten utan objekt/);
    expect(remainder.ledger.warnings.some((w) => /verifikationerna ger/.test(w.message))).toBe(false);
    const wrong = await readText([...lines, '#PSALDO 0 202501 5010 {} 100.00', '#PSALDO 0 202501 5010 {1 "100"} 35.00']);
    expect(wrong.ledger.warnings).toContainEqual({
      line: 19,
      message: '#PSALDO 2025-01 konto 5010 objekt 100: 35,00 kr, men verifikationerna ger 30,00 kr',
    });
    expect(balanceMap(wrong.ledger)['2025-01 5010 100']).toBe(3000);
  });

  it.each(['cp437', 'utf8', 'iso-8859-15'] as const)('detects and decodes %s', async (encoding) => {
    const { ledger, vouchers } = await readText([...HEAD, '#OBJEKT 1 "Å1" "Östra ÅÄÖ åäö é"', ...VER], { encoding });
    expect(ledger.encoding).toBe(encoding);
    expect(ledger.companyName).toBe('Testnämnden');
    expect(ledger.objects).toContainEqual({ dimension: 1, id: 'Å1', name: 'Östra ÅÄÖ åäö é' });
    expect(vouchers[0]!.text).toBe('Lön');
    const claims = ledger.warnings.filter((w) => /anger #FORMAT/.test(w.message));
    expect(claims).toHaveLength(encoding === 'cp437' ? 0 : 1);
  });

  it('accepts a matching #KSUMMA and reports it', async () => {
    const body = [...HEAD, ...VER];
    // Labels and field contents, without separators, quotes, braces or line ends.
    const fields = body
      .flatMap((l) => l.match(/"(?:[^"\\]|\\.)*"|[^\s{}"]+/g) ?? [])
      .map((f) => (f.startsWith('"') ? f.slice(1, -1).replace(/\\(["\\])/g, '$1') : f));
    const sum = crc32(encode(fields.join(''))) >>> 0;
    const { ledger } = await readText(['#KSUMMA', ...body, `#KSUMMA ${sum}`]);
    expect(ledger.checksum).toBe('ok');
    await expect(readText(['#KSUMMA', ...body, `#KSUMMA ${sum + 1}`])).rejects.toThrow(/^rad 17: kontrollsumman stämmer inte/);
    expect((await readText(body)).ledger.checksum).toBe('absent');
  });

  it('reads a voucher without "{", empty placeholders, unknown records and extra fields', async () => {
    const { ledger, vouchers } = await readText([
      ...HEAD,
      '#OKAND "ignored" 1 2 3',
      '#KONTO 2440 "Leverantörsskulder" "extra" 7',
      '#VER "" "" 20250115 "" 20250116 "Anna" extra',
      '',
      '#TRANS 2440 {} -5 "" "" 1.5 "Anna" extra',
      '#TRANS 5010 {1 "100"} 5 20250115 "" 2',
      '}',
    ]);
    expect(vouchers[0]).toMatchObject({ series: '', number: '', date: '2025-01-15', line: 13 });
    expect(vouchers[0]!.transactions.map((t) => t.amount)).toEqual([-500, 500]);
    expect(ledger.accounts).toContainEqual({ id: '2440', name: 'Leverantörsskulder', type: null });
    expect(ledger.warnings).toContainEqual({
      line: 13,
      message: 'verifikationen på rad 13 saknar inledande "{"; dess transaktioner läses ändå',
    });
  });

  it('warns about an unbalanced voucher, naming it and its line', async () => {
    const { ledger } = await readText([...HEAD, '#VER B 7 20250115 ""', '{', '#TRANS 5010 {} 12.00', '#TRANS 1930 {} -10.00', '}']);
    expect(ledger.warnings).toContainEqual({
      line: 11,
      message: 'verifikation B 7 (rad 11) balanserar inte: debet och kredit skiljer 2,00 kr',
    });
  });

  it('reads amounts exactly, without floats', async () => {
    const amounts = ['-155.2', '100', '0.07', '10.000000', '+5.5', '-0.00', '90071992547409.91'];
    const { vouchers } = await readText([...HEAD, '#VER A 1 20250115 ""', '{', ...amounts.map((a) => `#TRANS 1930 {} ${a}`), '}']);
    expect(vouchers[0]!.transactions.map((t) => t.amount)).toEqual([-15520, 10000, 7, 1000, 550, 0, 9007199254740991]);
  });

  it('keeps account and object ids as strings, long and non-ASCII', async () => {
    const { ledger, vouchers } = await readText([
      ...HEAD,
      '#KONTO 12345678901234567890 "Lång"',
      '#KONTO "Kassa ö" "Kassa"',
      '#VER A 1 20250115 ""',
      '{',
      '#TRANS 12345678901234567890 {1 "007"} 1.00',
      '#TRANS "Kassa ö" {} -1.00',
      '}',
    ]);
    expect(vouchers[0]!.transactions.map((t) => [t.account, t.object])).toEqual([
      ['12345678901234567890', '007'],
      ['Kassa ö', null],
    ]);
    expect(ledger.accounts.map((a) => a.id)).toEqual(['1930', '5010', '12345678901234567890', 'Kassa ö']);
  });

  it('hands vouchers to the sink in file order, with #KTYP, #DIM and counts', async () => {
    const { ledger, vouchers } = await readText([
      ...HEAD,
      '#KTYP 5010 K',
      ...VER,
      ...VER.map((l) => l.replace('A 1 20250115', 'A 2 20250220')),
    ]);
    expect(vouchers.map((v) => [v.number, v.date])).toEqual([
      ['1', '2025-01-15'],
      ['2', '2025-02-20'],
    ]);
    expect(ledger.accounts).toContainEqual({ id: '5010', name: 'Löner', type: 'K' });
    expect(ledger.dimensions).toEqual([{ dimension: 1, name: 'Ansvar' }]);
    expect(ledger.counts).toEqual({ accounts: 2, objects: 1, vouchers: 2, transactions: 4, periodBalances: 4, periodBudgets: 0 });
  });

  it('reads a BOM and a file that ends without a line end', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encode([...HEAD, ...VER].join('\n'), 'utf8')]);
    const { ledger } = await readBytes(bytes);
    expect(ledger.encoding).toBe('utf8');
    expect(ledger.counts.vouchers).toBe(1);
  });
});
