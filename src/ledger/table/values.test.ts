import { describe, expect, it } from 'vitest';
import { normalizeHeader, resolveColumns } from './columns.ts';
import { TableError } from './errors.ts';
import { CellError, parseAmountCell, parseKeyCell, parsePeriodCell } from './values.ts';

describe('parsePeriodCell', () => {
  it.each([
    ['2025-04', '2025-04'],
    ['202504', '2025-04'],
    ['2025/04', '2025-04'],
    ['2025-4', '2025-04'],
    ['2025-04-15', '2025-04'],
    ['20250415', '2025-04'],
    ['2025-04-30 23:59:59', '2025-04'],
    ['2025-04-15T00:00:00Z', '2025-04'],
    ['april 2025', '2025-04'],
    ['Apr 2025', '2025-04'],
    ['apr. 2025', '2025-04'],
    ['Maj 2025', '2025-05'],
    ['oktober 2025', '2025-10'],
    ['Dec-2025', '2025-12'],
    [' 2025-12 ', '2025-12'],
  ])('text %j', (text, period) => {
    expect(parsePeriodCell(text)).toBe(period);
  });

  it('takes XLSX dates, yyyymm and yyyymmdd numbers and Excel day numbers', () => {
    expect(parsePeriodCell(new Date(Date.UTC(2025, 3, 30, 23, 59)))).toBe('2025-04');
    expect(parsePeriodCell(new Date(Date.UTC(2025, 0, 1)))).toBe('2025-01');
    expect(parsePeriodCell(202504)).toBe('2025-04');
    expect(parsePeriodCell(20250415)).toBe('2025-04');
    expect(parsePeriodCell(45762)).toBe('2025-04'); // 2025-04-15
    expect(parsePeriodCell(45777.75)).toBe('2025-04'); // 2025-04-30 18:00
  });

  it.each(['2025-13', '202500', '2025-02-30', '20251301', '2025', 'april', 'foo 2025', '04-2025', '15/04/2025', '0000-01'])(
    'refuses %j',
    (text) => {
      expect(() => parsePeriodCell(text)).toThrow(CellError);
      expect(() => parsePeriodCell(text)).toThrow(/är ingen period/);
    },
  );

  it('names a missing period and an Excel error', () => {
    expect(() => parsePeriodCell('  ')).toThrow('period saknas');
    expect(() => parsePeriodCell(null)).toThrow('period saknas');
    expect(() => parsePeriodCell({ error: '#N/A' })).toThrow('cellen innehåller felet #N/A');
    expect(() => parsePeriodCell(4)).toThrow(/"4" är ingen period/);
    expect(() => parsePeriodCell(true)).toThrow(/är ingen period/);
  });
});

describe('parseAmountCell', () => {
  it.each([
    ['1 234,50', 123450],
    ['-1234,5', -123450],
    ['\u22121 234', -123400],
    ['1234.50', 123450],
    ['1\u00a0234\u00a0567,89', 123456789],
    ['0,01', 1],
    ['-0', 0],
    ['+12', 1200],
  ])('text %j', (text, ore) => {
    expect(parseAmountCell(text)).toBe(ore);
  });

  it('rounds XLSX numbers to whole öre without float drift', () => {
    expect(parseAmountCell(1234.5)).toBe(123450);
    expect(parseAmountCell(0.1 + 0.2)).toBe(30);
    expect(parseAmountCell(1.005)).toBe(101);
    expect(parseAmountCell(-1.005)).toBe(-101); // half away from zero, like the positive
    expect(parseAmountCell(19.99)).toBe(1999);
    expect(parseAmountCell(-0)).toBe(0);
    expect(Object.is(parseAmountCell(-0), 0)).toBe(true);
    expect(parseAmountCell(123456789.12)).toBe(12345678912);
  });

  it.each(['12,3,4', '1.234,50', '1,234.50', '12,345', 'abc', '1 234 kr', '--5', ','])('refuses %j', (text) => {
    expect(() => parseAmountCell(text)).toThrow(`"${text}" är inget belopp`);
  });

  it('refuses missing, infinite and non-numeric cells', () => {
    expect(() => parseAmountCell('')).toThrow('belopp saknas');
    expect(() => parseAmountCell(Number.POSITIVE_INFINITY)).toThrow(/är inget belopp/);
    expect(() => parseAmountCell(1e20)).toThrow(/är inget belopp/);
    expect(() => parseAmountCell(true)).toThrow(/är inget belopp/);
    expect(() => parseAmountCell(new Date())).toThrow(/är inget belopp/);
  });
});

describe('parseKeyCell', () => {
  it('keeps codes as trimmed strings', () => {
    expect(parseKeyCell(5010, 'konto')).toBe('5010');
    expect(parseKeyCell(' A 1103 ', 'ansvar')).toBe('A 1103');
    expect(() => parseKeyCell('', 'konto')).toThrow('konto saknas');
    expect(() => parseKeyCell(new Date(0), 'konto')).toThrow('1970-01-01 är ett datum, inget konto');
    expect(() => parseKeyCell(new Date(0), 'ansvar')).toThrow('1970-01-01 är ett datum, ingen ansvarskod');
    expect(() => parseKeyCell(' ', 'ansvar')).toThrow('ansvar saknas');
  });
});

describe('resolveColumns', () => {
  const place = { file: 'x.csv', row: 1 };

  it('normalises headers', () => {
    expect(normalizeHeader(' Period (ÅÅÅÅMM) ')).toBe('period');
    expect(normalizeHeader('Kostnads-ställe')).toBe('kostnads stalle');
    expect(normalizeHeader('Cost_Center')).toBe('cost center');
    expect(normalizeHeader('BOKFÖRINGSDATUM')).toBe('bokforingsdatum');
  });

  it('finds Swedish and English columns and ignores the others', () => {
    const c = resolveColumns(['Ansvar', 'Ansvarsnamn', 'Konto', 'Kontonamn', 'Månad', 'Utfall'], 'actual', place);
    expect([c.period, c.account, c.code, c.amount]).toEqual([4, 2, 0, 5]);
    const e = resolveColumns(['Date', 'Account', 'Cost center', 'Amount'], 'actual', place);
    expect([e.period, e.account, e.code, e.amount]).toEqual([0, 1, 2, 3]);
  });

  it('picks the amount column by kind', () => {
    const h = ['Period', 'Konto', 'Ansvar', 'Utfall', 'Budget 2025'];
    expect(resolveColumns(h, 'actual', place).amount).toBe(3);
    expect(resolveColumns(h, 'budget', place).amount).toBe(4);
    const b = ['Period', 'Konto', 'Ansvar', 'Belopp', 'Budget'];
    expect(resolveColumns(b, 'actual', place).amount).toBe(3);
    expect(resolveColumns(b, 'budget', place).amount).toBe(4);
  });

  it('takes "Ansvar" before "Ansvar (kod)" and ignores Unit4 text columns "Ansvar(T)"', () => {
    const h = ['Period', 'Konto(T)', 'Konto', 'Ansvar (kod)', 'Ansvar', 'Ansvar(T)', 'Belopp'];
    const c = resolveColumns(h, 'actual', place);
    expect([c.account, c.code]).toEqual([2, 4]);
    expect(resolveColumns(['Period (ÅÅÅÅMM)', 'Konto', 'Ansvar (kod)', 'Belopp (kr)'], 'actual', place).code).toBe(2);
    expect(() => resolveColumns(['Period', 'Konto(T)', 'Ansvar', 'Belopp'], 'actual', place)).toThrow(/kolumnen för konto saknas/);
  });

  it('prefers a period column over a date column', () => {
    expect(resolveColumns(['Datum', 'Period', 'Konto', 'Ansvar', 'Belopp'], 'actual', place).period).toBe(1);
  });

  it('names missing columns, the headers found and the other kind', () => {
    const err = catchError(() => resolveColumns(['Period', 'Ansvar', 'Budget'], 'actual', place));
    expect(err.row).toBe(1);
    expect(err.file).toBe('x.csv');
    expect(err.column).toBe('konto');
    expect(err.message).toMatch(/^x\.csv, rad 1: kolumnerna för konto och utfall saknas \(kolumnen för konto kan heta "konto", /);
    expect(err.message).toContain('rubrikerna i filen är "Period", "Ansvar", "Budget"');
    expect(err.message).toMatch(/; filen har en kolumn för budget: läs in den som budget\?$/);
  });

  it('lists, for a missing column, exactly the header names it then accepts', () => {
    const full = ['Period', 'Konto', 'Ansvar', 'Belopp'];
    const roles = ['period', 'account', 'code', 'amount'] as const;
    for (const kind of ['actual', 'budget'] as const) {
      roles.forEach((role, at) => {
        const without = full.map((h, i) => (i === at ? 'Text' : h));
        const err = catchError(() => resolveColumns(without, kind, place));
        const listed = /kan heta (.*?)(?:, även med årtal som "([^"]+)")?\);/.exec(err.message);
        const names = [...(listed?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
        expect(names.length, err.message).toBeGreaterThan(2);
        if (role === 'amount') expect(names).toEqual(expect.arrayContaining(['belopp', 'amount']));
        for (const name of [...names, ...(listed?.[2] ? [listed[2]] : [])]) {
          const headers = full.map((h, i) => (i === at ? name : h));
          expect(resolveColumns(headers, kind, place)[role], `${kind} ${role} "${name}"`).toBe(at);
        }
      });
    }
  });

  it('says that given column names, not the file, lack a column', () => {
    const err = catchError(() => resolveColumns(['datum', 'konto', 'belopp'], 'actual', { file: 'x.csv', row: 0 }));
    expect(err.message).toMatch(/^x\.csv: kolumnen för ansvar saknas \(.*\); de angivna kolumnnamnen är "datum", "konto", "belopp"$/);
  });

  it('refuses two equally good columns and amounts in tkr', () => {
    expect(() => resolveColumns(['Period', 'Konto', 'Ansvar', 'Belopp', 'belopp'], 'actual', place)).toThrow(
      'x.csv, rad 1: flera kolumner kan vara kolumnen för utfall: "Belopp", "belopp"; ta bort eller byt namn på alla utom en',
    );
    expect(() => resolveColumns(['Period', 'Konto', 'Ansvar', 'Budget 2024', 'Budget 2025'], 'budget', place)).toThrow(
      /flera kolumner kan vara kolumnen för budget: "Budget 2024", "Budget 2025"/,
    );
    const err = catchError(() => resolveColumns(['Period', 'Konto', 'Ansvar', 'Utfall (tkr)'], 'actual', place));
    expect(err.column).toBe('Utfall (tkr)');
    expect(err.message).toMatch(/tkr eller mnkr/);
  });
});

function catchError(f: () => unknown): TableError {
  try {
    f();
  } catch (e) {
    if (e instanceof TableError) return e;
    throw e;
  }
  throw new Error('no error');
}
