import { describe, expect, it } from 'vitest';
import { seededRandom as rng } from '../../../bench/seeded-random.js';
import { MultiMap } from '../../../src/logs/audit/multi-map.js';

interface Item {
  id: number;
  odd: boolean;
}

/** The plain model: every key's values in the order they were added. */
class Reference {
  readonly lists = new Map<string, Item[]>();

  add(key: string, v: Item): void {
    this.lists.set(key, [...(this.lists.get(key) ?? []), v]);
  }

  takeAt(key: string, at: number): Item | undefined {
    const list = this.lists.get(key) ?? [];
    if (at < 0 || at >= list.length) return undefined;
    const [v] = list.splice(at, 1);
    if (list.length === 0) this.lists.delete(key);
    return v;
  }
}

describe('multi-map', () => {
  it('answers every operation as a list per key would, whichever value sits outside the Map', () => {
    const rand = rng(20261203);
    const map = new MultiMap<Item>();
    const ref = new Reference();
    const keys = ['a', 'b', 'c', 'd'];
    const odd = (v: Item): boolean => v.odd;
    for (let i = 0; i < 5000; i += 1) {
      const key = keys[Math.floor(rand() * keys.length)]!;
      const list = ref.lists.get(key) ?? [];
      const op = Math.floor(rand() * 5);
      if (op === 0) {
        const v = { id: i, odd: rand() < 0.5 };
        map.add(key, v);
        ref.add(key, v);
      } else if (op === 1) expect(map.shift(key)).toBe(ref.takeAt(key, 0));
      else if (op === 2) expect(map.take(key, odd)).toBe(ref.takeAt(key, list.findIndex(odd)));
      else if (op === 3) {
        const limit = 1 + Math.floor(rand() * 3);
        expect(map.pick(key, odd, limit)).toBe(list.slice(0, limit).find(odd) ?? list[0]);
      } else if (list.length > 0) {
        const v = list[Math.floor(rand() * list.length)]!;
        map.remove(key, v);
        ref.takeAt(key, list.indexOf(v));
      }
      expect(
        map
          .values()
          .map((v) => v.id)
          .sort((x, y) => x - y),
      ).toEqual(
        [...ref.lists.values()]
          .flat()
          .map((v) => v.id)
          .sort((x, y) => x - y),
      );
    }
  });
});
