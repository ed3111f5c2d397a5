import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { ReadCache } from './read-cache.ts';

describe('ReadCache', async () => {
  const db = await openDatabase({ file: ':memory:' });
  afterAll(() => db.close());

  it('builds a value once and keeps the most recently used ones within its count', async () => {
    const cache = new ReadCache(db, 2);
    let builds = 0;
    const value = (key: string) => cache.get(key, async () => `${key}:${++builds}`);
    expect(await value('a')).toBe('a:1');
    expect(await value('b')).toBe('b:2');
    expect(await value('a')).toBe('a:1'); // a is now the most recent
    expect(await value('c')).toBe('c:3'); // so b goes
    expect(await value('a')).toBe('a:1');
    expect(await value('b')).toBe('b:4');
    expect(cache.size.entries).toBe(2);
  });

  it('keeps no more bytes than it is given, dropping the least recently used', async () => {
    const cache = new ReadCache(db, 1000, 10_000);
    // Answers as the server keeps them ({ body, etag }), weighed by their body: 4 000 bytes each.
    const text = (key: string) => cache.get(key, async () => ({ body: key.padEnd(2000, '.'), etag: key }));
    await text('a');
    await text('b');
    await text('a');
    await text('c');
    expect(cache.size.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.size.entries).toBe(2);
    let rebuilt = false;
    await cache.get('b', async () => {
      rebuilt = true;
      return 'b';
    });
    expect(rebuilt).toBe(true);
  });

  it('keeps no failure: the next request builds again', async () => {
    const cache = new ReadCache(db);
    await expect(cache.get('x', async () => Promise.reject(new Error('nej')))).rejects.toThrow('nej');
    expect(await cache.get('x', async () => 'ja')).toBe('ja');
  });

  it('starts afresh when the data version changes', async () => {
    const cache = new ReadCache(db);
    expect(await cache.get('k', async () => 'före')).toBe('före');
    await db.kysely.insertInto('committees').values({ id: 'n', name: 'N', materiality_threshold: 0, fiscal_year_start_month: 1 }).execute();
    expect(await cache.get('k', async () => 'efter')).toBe('efter');
  });
});
