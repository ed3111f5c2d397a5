/**
 * A later export carries the previous fiscal year as #PSALDO -1 only: the vouchers imported for
 * that year stay while they add up to its balances, and go, with a warning, when they do not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drillAccount } from '#app/drilldown.ts';
import { importSie } from '#app/import-sie.ts';
import type { Db } from '#store/db.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { generateLedger, HAS_SHARED } from './helpers/shared.ts';

describe.skipIf(!HAS_SHARED).each(TEST_DATABASES)('a previous year given only as #PSALDO on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  const vouchersIn = async (committee: string, year: string) =>
    Number(
      (
        await db.kysely
          .selectFrom('vouchers')
          .select((e) => e.fn.countAll<number>().as('n'))
          .where('committee_id', '=', committee)
          .where('period', 'like', `${year}-%`)
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** The 2025 export with the 2024 export's #PSALDO as year -1, as later exports carry it; `alter` may change a line. */
  function laterExport(previous: string, alter = (line: string) => line): string {
    const current = generateLedger(['--vouchers', '300', '--areas', '3', '--year', '2025', '--seed', '5']).sie;
    const psaldo = readFileSync(previous, 'latin1')
      .split(/\r?\n/)
      .filter((l) => l.startsWith('#PSALDO 0 '))
      .map((l, i) => (i === 0 ? alter(l) : l).replace('#PSALDO 0 ', '#PSALDO -1 '));
    const file = `${current}.later.se`;
    writeFileSync(file, `${readFileSync(current, 'latin1').trimEnd()}\n${psaldo.join('\n')}\n`, 'latin1');
    return file;
  }

  it('keeps the vouchers imported for that year while they add up to its balances', async () => {
    const previous = generateLedger(['--vouchers', '300', '--areas', '3', '--year', '2024']).sie;
    await importSie(db, previous, { committeeId: 'kept', user: 'test' });
    const before = await drillAccount(db, 'kept', '2024-12', '1100', '5010');
    expect(await vouchersIn('kept', '2024')).toBe(300);
    const s = await importSie(db, laterExport(previous), { committeeId: 'kept', user: 'test' });
    expect(s.warnings.map((w) => w.message).join('\n')).not.toMatch(/bara som saldon/);
    expect(await vouchersIn('kept', '2024')).toBe(300);
    expect(await vouchersIn('kept', '2025')).toBe(300);
    expect(await drillAccount(db, 'kept', '2024-12', '1100', '5010')).toEqual(before);
  });

  it('removes them, saying so, when the balances no longer match them', async () => {
    const previous = generateLedger(['--vouchers', '300', '--areas', '3', '--year', '2024', '--seed', '2']).sie;
    await importSie(db, previous, { committeeId: 'changed', user: 'test' });
    const changed = laterExport(previous, (line) =>
      line.replace(/(-?\d+)\.(\d\d)$/, (_m, kr: string, ore: string) => `${Number(kr) + 1}.${ore}`),
    );
    const s = await importSie(db, changed, { committeeId: 'changed', user: 'test' });
    expect(s.warnings.map((w) => w.message).join('\n')).toMatch(/räkenskapsåret 2024-01-01 – 2024-12-31 finns bara som saldon/);
    expect(await vouchersIn('changed', '2024')).toBe(0);
    expect(await vouchersIn('changed', '2025')).toBe(300);
  });
});
