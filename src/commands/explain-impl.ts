// What `maildoctor explain` does: one explain check for the text, or one per distinct line of stdin.
import { explainCheck } from '../checks/explain.js';
import { UsageError } from '../core/errors.js';
import { readStdinText } from '../core/input.js';
import type { PlanFn } from './lazy.js';

/** Most distinct lines one explain run reports; the log scanner is the tool for more. */
const MAX_LINES = 5000;

/** Splits stdin into distinct non-empty lines, counting repeats. */
function distinctLines(text: string): Array<{ line: string; count: number }> {
  const counts = new Map<string, number>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, count]) => ({ line, count }));
}

/** Builds the explain checks. */
export const plan: PlanFn = async (args, _opts, ctx) => {
  if (args.length === 1 && args[0] === '-') {
    const lines = distinctLines(await readStdinText(ctx.io.stdin, ctx.global.timeoutMs));
    if (lines.length === 0) throw new UsageError('nothing to explain: standard input was empty');
    if (lines.length > MAX_LINES) throw new UsageError(`standard input has ${lines.length} distinct lines; explain takes at most ${MAX_LINES} (use "maildoctor logs" for whole log files)`);
    return { checks: lines.map((l, i) => explainCheck(l.line, i, l.count)) };
  }
  const text = args.join(' ').trim();
  if (!text) throw new UsageError('nothing to explain: give the text in quotes, or "-" to read standard input');
  return { checks: [explainCheck(text, 0)] };
};
