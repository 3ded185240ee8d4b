// Groups the items of `explain -`: identical items, and items with the same cause, become one group with a count and
// its first and last example.
import type { CauseId } from '../index.js';
import { identify } from './identify.js';

/** One group of items. */
export interface ItemGroup {
  /** The cause every item of the group was explained with first, when one was found. */
  cause?: CauseId;
  count: number;
  first: string;
  last: string;
  /** The group's distinct items in order of appearance, for a verbose report. */
  distinct: string[];
}

/** Groups items by their first cause, or by their text when nothing explains them; in order of first appearance. */
export function groupItems(items: readonly string[]): ItemGroup[] {
  const byText = new Map<string, CauseId | undefined>();
  const groups = new Map<string, ItemGroup>();
  for (const item of items) {
    if (!byText.has(item)) byText.set(item, identify(item)[0]?.cause);
    const cause = byText.get(item);
    const key = cause ? `cause:${cause}` : `text:${item}`;
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      group.last = item;
      if (!group.distinct.includes(item)) group.distinct.push(item);
    } else groups.set(key, { ...(cause ? { cause } : {}), count: 1, first: item, last: item, distinct: [item] });
  }
  return [...groups.values()];
}
