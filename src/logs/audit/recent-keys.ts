// A few recently used string keys and their values, found by comparing strings: a column with a handful of values
// (status, server, a status's usual message) is read a million times as fresh strings, and hashing a fresh string
// for a Map costs more than comparing it with a few others.

/** Keys kept; a new one takes the place of the one remembered first. */
const SLOTS = 4;

/** The values of the last few keys seen, by string comparison; `undefined` when the key is not among them. */
export class RecentKeys<V> {
  private readonly keys: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly values: Array<V | undefined> = new Array<V | undefined>(SLOTS).fill(undefined);
  private next = 0;

  /** The value remembered for `key`, if it is among the recent keys. */
  get(key: string): V | undefined {
    const keys = this.keys;
    for (let i = 0; i < SLOTS; i += 1) if (keys[i] === key) return this.values[i];
    return undefined;
  }

  /** Remembers a key's value in place of the oldest one. */
  set(key: string, value: V): void {
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % SLOTS;
  }
}
