// A map from a key to one or more values that allocates no array while a key holds a single value.

/** Keys to values in insertion order; most keys of an audit index hold exactly one email. */
export class MultiMap<V extends object> {
  private readonly map = new Map<string, V | V[]>();

  /** Adds a value under a key (once). */
  add(key: string, value: V): void {
    const cur = this.map.get(key);
    if (cur === undefined) this.map.set(key, value);
    else if (Array.isArray(cur)) {
      if (!cur.includes(value)) cur.push(value);
    } else if (cur !== value) this.map.set(key, [cur, value]);
  }

  /** Removes and returns the oldest value of a key. */
  shift(key: string): V | undefined {
    const cur = this.map.get(key);
    if (cur === undefined || !Array.isArray(cur)) {
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
    if (cur === undefined) return undefined;
    if (!Array.isArray(cur)) {
      if (!test(cur)) return undefined;
      this.map.delete(key);
      return cur;
    }
    const at = cur.findIndex(test);
    if (at < 0) return undefined;
    const [found] = cur.splice(at, 1);
    if (cur.length === 1) this.map.set(key, cur[0]!);
    return found;
  }

  /** The first of a key's oldest `limit` values that passes `test`, else its oldest value. */
  pick(key: string, test: (v: V) => boolean, limit: number): V | undefined {
    const cur = this.map.get(key);
    if (cur === undefined || !Array.isArray(cur)) return cur;
    for (let i = 0; i < cur.length && i < limit; i += 1) if (test(cur[i]!)) return cur[i];
    return cur[0];
  }

  /** Removes one value from a key. */
  remove(key: string, value: V): void {
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
    return [...out];
  }
}
