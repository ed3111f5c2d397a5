/** Errors cross from the import worker as instances of their own classes: the server answers them as before. */
import { describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '#app/errors.ts';
import { OrganisationMismatchError } from '#app/import-organisation.ts';
import { ImportCancelled, rebuildError, serializeError } from '#app/import-worker-shared.ts';
import { MoneyError } from '#core/money.ts';
import { SieError } from '#ledger/sie/index.ts';
import { TableError } from '#ledger/table/index.ts';
import { ImportBusyError } from '#store/imports.ts';
import { describeError } from '../errors.ts';

/** Through a real structured clone, as a worker's message is. */
const across = (error: unknown) => rebuildError(structuredClone(serializeError(error)));

describe('errors from the import worker', () => {
  const cases: [string, Error, new (...args: never[]) => Error][] = [
    ['SieError', new SieError('"12,50" i #TRANS är inget belopp', 15, '#TRANS 5010 {} 12,50', 'x.se'), SieError],
    ['TableError', new TableError('"12,3,4" är inget belopp', { file: 'b.csv', row: 3, column: 'belopp' }), TableError],
    ['InputError on the file', new InputError('filen är tom', 'tom.csv'), InputError],
    ['InputError on a field', new InputError('ogiltigt id', '--committee'), InputError],
    ['NotFoundError', new NotFoundError('Nämnden finns inte.'), NotFoundError],
    ['MoneyError', new MoneyError('amount is not a whole number of öre: 0.5'), MoneyError],
    ['ImportBusyError', new ImportBusyError(), ImportBusyError],
    [
      'OrganisationMismatchError, with both organisations',
      new OrganisationMismatchError(
        'filen kommer från Annan AB',
        'annan.se',
        { orgNumber: '556000-0002', name: 'Annan AB', codes: ['900'] },
        { id: 'k', orgNumber: '212000-0001', name: 'K' },
      ),
      OrganisationMismatchError,
    ],
  ];
  it.each(cases)('%s keeps its class, fields and answer', (_name, error, type) => {
    const rebuilt = across(error);
    expect(rebuilt).toBeInstanceOf(type);
    expect(rebuilt.message).toBe(error.message);
    expect({ ...rebuilt }).toEqual({ ...error });
    for (const fileName of [undefined, 'tom.csv']) {
      const context = fileName ? { fileName } : {};
      expect(describeError(rebuilt, context)).toEqual(describeError(error, context));
      expect(describeError(error, context)).not.toBeNull();
    }
  });

  it('keeps a subclass as its base class, and anything else as an internal error', () => {
    class LimitError extends TableError {}
    const limit = across(new LimitError('för många rader', { file: 'stor.csv', row: 0 }));
    expect(limit).toBeInstanceOf(TableError);
    expect(describeError(limit)).toEqual({ status: 400, body: { error: 'stor.csv: för många rader', file: 'stor.csv', row: 0 } });
    const internal = across(new TypeError('x is undefined'));
    expect(internal.message).toBe('x is undefined');
    expect(describeError(internal)).toBeNull();
    expect(across(new ImportCancelled())).toBeInstanceOf(ImportCancelled);
    expect(across('a string').message).toBe('a string');
  });
});
