// What `maildoctor explain` does: one explain check for the text, or one per distinct line of stdin.
import { explainCheck } from '../checks/explain.js';
import { UsageError } from '../core/errors.js';
import { decodeText, readStream } from '../core/input.js';
import { groupItems } from '../knowledge/identify/group.js';
import { splitItems } from '../knowledge/identify/segment.js';
import type { PlanFn } from './lazy.js';

/** Most items one explain run reads; the log scanner is the tool for more. */
const MAX_ITEMS = 20_000;

/** Builds the explain checks: one per group of identical or same-cause items of standard input. */
export const plan: PlanFn = async (args, _opts, ctx) => {
  if (args.length === 1 && args[0] === '-') {
    const items = splitItems(decodeText(await readStream(ctx.io.stdin), 'standard input'));
    if (items.length === 0) throw new UsageError('nothing to explain: standard input was empty');
    if (items.length > MAX_ITEMS) throw new UsageError(`standard input has ${items.length} items; explain takes at most ${MAX_ITEMS} (use "maildoctor logs" for whole log files)`);
    return { checks: groupItems(items).map((g, i) => explainCheck(g.first, i, { count: g.count, last: g.last })) };
  }
  const text = args.join(' ').trim();
  if (!text) throw new UsageError('nothing to explain: give the text in quotes, or "-" to read standard input');
  return { checks: [explainCheck(text, 0)] };
};
