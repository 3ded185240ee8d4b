// A second index over items that a first index finds nearly always: built from the live items the first time it is
// asked, and kept up to date from then on, so that the usual row pays for one index rather than two.
import { MultiMap } from './multi-map.js';

/** An item and when it was filed: the index is built in that order, as if it had been kept all along. */
export interface Filed {
  at: number;
}

/** A MultiMap by `keyOf` over the items `live` lists, made at its first use. */
export class LazyIndex<V extends Filed> {
  private index: MultiMap<V> | undefined;

  constructor(
    private readonly keyOf: (v: V) => string,
    private readonly live: () => V[],
  ) {}

  /** Files a new item (nothing to do until the index is built: `live` lists it). */
  add(v: V): void {
    this.index?.add(this.keyOf(v), v);
  }

  /** Unfiles an item that stops being live. */
  remove(v: V): void {
    this.index?.remove(this.keyOf(v), v);
  }

  /** The index, built on the first call. */
  get(): MultiMap<V> {
    if (!this.index) {
      const index = new MultiMap<V>();
      for (const v of this.live().sort((a, b) => a.at - b.at)) index.add(this.keyOf(v), v);
      this.index = index;
    }
    return this.index;
  }
}
