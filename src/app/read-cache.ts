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
import type { Db } from '../store/db.ts';
import { readDataVersion } from '../store/data-version.ts';

export class ReadCache {
  private version = -1;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(
    readonly db: Db,
    /** At most this many values; the oldest go first. */
    private readonly maxEntries = 1000,
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
      this.version = version;
    }
    const found = this.entries.get(key);
    if (found) return found as Promise<T>;
    const built = build();
    this.entries.set(key, built);
    // A failure (not found, bad input) is not kept: the next request tries again.
    built.catch(() => {
      if (this.entries.get(key) === built) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return built;
  }
}
