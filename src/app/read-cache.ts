/**
 * What the server builds from the database (reports, their HTML, the committee list), kept in
 * memory until the data changes. Each read compares the data version (src/store/data-version.ts:
 * one primary-key read, bumped by triggers in the same transaction as every write, whichever
 * process makes it); a newer version empties the cache. So an import by the CLI beside a running
 * server, or by another server on the same PostgreSQL, is seen by the next request.
 *
 * A value is built from a snapshot begun after the version was read, so it is never older than
 * the version it is filed under (at worst newer, and then replaced at the next version). Requests
 * that arrive while a value is being built wait for that one build.
 */

import { readDataVersion } from '#store/data-version.ts';
import type { Db } from '#store/db.ts';

/**
 * What a value is taken to weigh, in bytes: a string, or an object's `body` string (an answer as
 * it is sent), its UTF-16 size; any other object a fixed guess.
 */
const OBJECT_WEIGHT = 128 * 1024;
function weightOf(value: unknown): number {
  const text = typeof value === 'string' ? value : (value as { body?: unknown } | null)?.body;
  if (text instanceof Uint8Array) return text.byteLength;
  return typeof text === 'string' ? text.length * 2 : OBJECT_WEIGHT;
}

interface Entry {
  value: Promise<unknown>;
  /** Known once the value is built. */
  weight: number;
}

export class ReadCache {
  private version = -1;
  /** In order of last use, least recent first. */
  private readonly entries = new Map<string, Entry>();
  private weight = 0;

  constructor(
    readonly db: Db,
    /** At most this many values, and at most this many bytes of them; the least recently used go first. */
    private readonly maxEntries = 1000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** The current data version (a number that only grows). */
  dataVersion(): Promise<number> {
    return this.db.snapshot(readDataVersion);
  }

  /** The value for the key: cached, or built (once, however many ask meanwhile) and cached. */
  async get<T>(key: string, build: () => Promise<T>): Promise<T> {
    const version = await this.dataVersion();
    // A request that read an older version than another one already saw: do not cache for it.
    if (version < this.version) return build();
    if (version > this.version) {
      this.entries.clear();
      this.weight = 0;
      this.version = version;
    }
    const found = this.entries.get(key);
    if (found) {
      // Used again: now the most recent.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value as Promise<T>;
    }
    const built = build();
    const entry: Entry = { value: built, weight: 0 };
    this.entries.set(key, entry);
    built.then(
      (value) => {
        if (this.entries.get(key) !== entry) return;
        entry.weight = weightOf(value);
        this.weight += entry.weight;
        this.evict();
      },
      // A failure (not found, bad input) is not kept: the next request tries again.
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.evict();
    return built;
  }

  /** Drops the least recently used values while there are too many or they weigh too much. */
  private evict(): void {
    while (this.entries.size > this.maxEntries || (this.weight > this.maxBytes && this.entries.size > 1)) {
      const [oldest, entry] = this.entries.entries().next().value ?? [];
      if (oldest === undefined || !entry) return;
      this.entries.delete(oldest);
      this.weight -= entry.weight;
    }
  }

  /** How many values and bytes are kept (for tests and diagnostics). */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.weight };
  }
}
