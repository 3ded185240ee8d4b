// Puts back in order the rows of an export written a little out of time order: they come nearly sorted, so each new
// row is slid in from the end (usually staying there) and rows leave from the front.

/** Items kept sorted by `before` (true when the first goes out first). */
export class Reorder<T> {
  private items: Array<T | undefined> = [];
  private head = 0;

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length - this.head;
  }

  /** The first item, without taking it. */
  peek(): T | undefined {
    return this.items[this.head];
  }

  push(item: T): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    while (i > this.head && this.before(item, items[i - 1] as T)) {
      items[i] = items[i - 1] as T;
      i -= 1;
    }
    items[i] = item;
  }

  /** Takes the first item. */
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    // The slot is cleared so that the item can die young rather than wait for the array's next trim.
    this.items[this.head] = undefined;
    this.head += 1;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
