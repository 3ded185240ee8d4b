// A map from a key to one or more values that allocates no array while a key holds a single value, and that keeps its
// newest value out of the Map: most audit emails are found again (and removed) before the next one is filed, and
// then cost a look-up that misses instead of a set and a delete.

/** Keys to values in insertion order; most keys of an audit index hold exactly one email. */
export class MultiMap<V extends object> {
  private readonly map = new Map<string, V | V[]>();
  /** The value added last and its key, not (yet) in `map`: newer than every value there. */
  private newestKey = '';
  private newest: V | undefined;

  /** Adds a value under a key (each value is added once). */
  add(key: string, value: V): void {
    if (this.newest !== undefined) this.store(this.newestKey, this.newest);
    this.newestKey = key;
    this.newest = value;
  }

  /** Removes and returns the oldest value of a key. */
  shift(key: string): V | undefined {
    const cur = this.map.get(key);
    if (cur === undefined) return this.takeNewest(key, () => true);
    if (!Array.isArray(cur)) {
      this.map.delete(key);
      return cur;
    }
    const first = cur.shift();
    if (cur.length === 1) this.map.set(key, cur[0]!);
    return first;
  }

  /** Removes and returns the oldest value of a key that passes `test`. */
  take(key: string, test: (v: V) => boolean): V | undefined {
    const cur = this.map.get(key);
    if (cur === undefined) return this.takeNewest(key, test);
    if (!Array.isArray(cur)) {
      if (!test(cur)) return this.takeNewest(key, test);
      this.map.delete(key);
      return cur;
    }
    const at = cur.findIndex(test);
    if (at < 0) return this.takeNewest(key, test);
    const [found] = cur.splice(at, 1);
    if (cur.length === 1) this.map.set(key, cur[0]!);
    return found;
  }

  /** The first of a key's oldest `limit` values that passes `test`, else its oldest value. */
  pick(key: string, test: (v: V) => boolean, limit: number): V | undefined {
    const cur = this.map.get(key);
    const newest = this.newest !== undefined && this.newestKey === key ? this.newest : undefined;
    if (cur === undefined) return newest;
    if (!Array.isArray(cur)) return newest !== undefined && limit > 1 && !test(cur) && test(newest) ? newest : cur;
    for (let i = 0; i < cur.length && i < limit; i += 1) if (test(cur[i]!)) return cur[i];
    return newest !== undefined && cur.length < limit && test(newest) ? newest : cur[0];
  }

  /** Removes one value from a key. */
  remove(key: string, value: V): void {
    if (this.newest === value && this.newestKey === key) {
      this.newest = undefined;
      return;
    }
    const cur = this.map.get(key);
    if (cur === value) this.map.delete(key);
    else if (Array.isArray(cur)) {
      const at = cur.indexOf(value);
      if (at >= 0) cur.splice(at, 1);
      if (cur.length === 1) this.map.set(key, cur[0]!);
    }
  }

  /** Every value once, in no particular order. */
  values(): V[] {
    const out = new Set<V>();
    for (const cur of this.map.values()) {
      if (Array.isArray(cur)) for (const v of cur) out.add(v);
      else out.add(cur);
    }
    if (this.newest !== undefined) out.add(this.newest);
    return [...out];
  }

  /** Files a value in the Map, after the key's older values. */
  private store(key: string, value: V): void {
    const cur = this.map.get(key);
    if (cur === undefined) this.map.set(key, value);
    else if (Array.isArray(cur)) cur.push(value);
    else this.map.set(key, [cur, value]);
  }

  /** The newest value, taken when it is under `key` and passes `test`. */
  private takeNewest(key: string, test: (v: V) => boolean): V | undefined {
    const v = this.newest;
    if (v === undefined || this.newestKey !== key || !test(v)) return undefined;
    this.newest = undefined;
    return v;
  }
}
