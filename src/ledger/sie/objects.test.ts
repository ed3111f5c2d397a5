/**
 * Object lists: `""` in their place, objects named in warnings, and a `{}` whose meaning nothing
 * in the file could confirm.
 */
import { describe, expect, it } from 'vitest';
import { balanceMap, HEAD, readText } from './fixtures/support.ts';

const OBJECTS = ['#SIETYP 3', '#RAR 0 20250101 20251231', '#DIM 1 Ansvar', '#OBJEKT 1 A "A"', '#OBJEKT 1 B "B"'];
const UNCHECKED =
  'innebörden av tom objektlista {} i #PSALDO kunde inte kontrolleras: inga verifikationer, #RES eller #UB i filen bekräftar den; raderna med {} läses som kontots totalbelopp, inte som resten utan objekt';

describe('SIE object lists', () => {
  it('reads "" in place of the object list as an empty list', async () => {
    const { ledger, vouchers } = await readText([
      ...HEAD,
      '#VER A 1 20250115 ""',
      '{',
      '#TRANS 5010 {1 "100"} 10.00',
      '#TRANS 1930 "" -10.00',
      '#TRANS 1930 "" 0.00 20250115 "text"',
      '}',
      '#PSALDO 0 202502 5010 "" 5.00',
      '#PBUDGET 0 202502 5010 "" 7.00',
    ]);
    expect(vouchers[0]!.transactions.map((t) => [t.account, t.object, t.amount, t.text])).toEqual([
      ['5010', '100', 1000, ''],
      ['1930', null, -1000, ''],
      ['1930', null, 0, 'text'],
    ]);
    expect(balanceMap(ledger, 'periodBudgets')).toEqual({ '2025-02 5010 -': 700 });
    expect(ledger.warnings.map((w) => w.message).join('\n')).toMatch(
      /#PSALDO 2025-02 konto 5010: 5,00 kr, men verifikationerna ger 0,00 kr/,
    );
  });

  it('names the objects used without #OBJEKT', async () => {
    const trans = (obj: string) => `#TRANS 5010 {${obj}} 1.00`;
    const objects = ['1 "777"', '1 "778"', '6 "P 1"', '1 "100"'];
    const { ledger } = await readText([...HEAD, '#VER A 1 20250115 ""', '{', ...objects.map(trans), '#TRANS 1930 {} -4.00', '}']);
    expect(ledger.warnings).toContainEqual({
      line: 0,
      message: '3 objekt används utan att anges med #OBJEKT (dimension 1: 777, 778; dimension 6: "P 1")',
    });
    const many = Array.from({ length: 7 }, (_, i) => `1 "${900 + i}"`);
    const more = await readText([...HEAD, '#VER A 1 20250115 ""', '{', ...many.map(trans), '#TRANS 1930 {} -7.00', '}']);
    expect(more.ledger.warnings).toContainEqual({
      line: 0,
      message: '7 objekt används utan att anges med #OBJEKT (dimension 1: 900, 901, 902, 903, 904 …)',
    });
  });

  it('names the objects of #PSALDO rows that disagree with the vouchers', async () => {
    const ver = ['#VER A 1 20250115 ""', '{', '#TRANS 5010 {1 "100"} 10.00', '#TRANS 1930 {} -10.00', '}'];
    const { ledger } = await readText([...HEAD, ...ver, '#PSALDO 0 202501 5010 {1 "100"} 35.00', '#PSALDO 0 202501 1930 {} -10.00']);
    expect(ledger.warnings).toContainEqual({
      line: 16,
      message: '#PSALDO 2025-01 konto 5010 (objekt på raderna: dimension 1: 100): 35,00 kr, men verifikationerna ger 10,00 kr',
    });
    const plain = await readText([...HEAD, ...ver, '#PSALDO 0 202501 5010 {} 35.00']);
    expect(plain.ledger.warnings).toContainEqual({
      line: 16,
      message: '#PSALDO 2025-01 konto 5010: 35,00 kr, men verifikationerna ger 10,00 kr',
    });
  });
});

describe('SIE {} that nothing confirms', () => {
  const rows = ['#PSALDO 0 202501 5010 {} 100.00', '#PSALDO 0 202501 5010 {1 A} 30.00', '#PSALDO 0 202501 5010 {1 B} 50.00'];

  it('warns that {} was read as the account total when nothing could check it', async () => {
    const { ledger } = await readText([...OBJECTS, ...rows]);
    expect(balanceMap(ledger)).toEqual({ '2025-01 5010 A': 3000, '2025-01 5010 B': 5000, '2025-01 5010 -': 2000 });
    expect(ledger.warnings).toContainEqual({ line: 6, message: UNCHECKED });
    const budget = await readText([...OBJECTS, ...rows.map((r) => r.replace('#PSALDO', '#PBUDGET'))]);
    expect(budget.ledger.warnings).toContainEqual({ line: 6, message: UNCHECKED.replace('#PSALDO', '#PBUDGET') });
  });

  it('stays silent when something confirms {} or the reading changes nothing', async () => {
    const silent = (l: { warnings: { message: string }[] }) =>
      expect(l.warnings.filter((w) => /kunde inte kontrolleras/.test(w.message))).toEqual([]);
    silent((await readText([...OBJECTS, '#RES 0 5010 100.00', ...rows])).ledger); // #RES: the total
    silent((await readText([...OBJECTS, '#RES 0 5010 180.00', ...rows])).ledger); // #RES: the remainder
    silent((await readText([...OBJECTS, ...rows.slice(0, 2), '#PSALDO 0 202501 5010 {1 B} 70.00'])).ledger); // {} = A + B
    silent((await readText([...OBJECTS, rows[0]!])).ledger); // no object rows
    silent((await readText([...OBJECTS, rows[1]!, rows[2]!])).ledger); // no {} row
    silent((await readText([...OBJECTS, rows[0]!, '#PSALDO 0 202501 5010 {1 A} 30.00', '#PSALDO 0 202501 5010 {1 B} -30.00'])).ledger);
  });
});
