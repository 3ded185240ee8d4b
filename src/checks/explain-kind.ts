// `maildoctor explain TEXT | -` and `type: explain`: what an audit message, error text or log line means.
import { UsageError } from '../core/errors.js';
import { defineKind } from '../core/kind.js';

const load = async () => ({
  ...(await import('./explain.js')),
  ...(await import('../core/input.js')),
  ...(await import('../knowledge/identify/group.js')),
  ...(await import('../knowledge/identify/segment.js')),
});

/** Most items one explain run reads; the log scanner is the tool for more. */
const MAX_ITEMS = 20_000;

/** The explain check kind. */
export const EXPLAIN_KIND = defineKind({
  id: 'explain',
  summary: 'Explain an Email Audit message, error text or log line ("-" reads stdin: log lines, bounce text, stack traces)',
  examples: [
    'maildoctor explain "Outgoing failed: Mail server connection failed"',
    'maildoctor explain "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled"',
    'grep -h "Outgoing failed" email.log | maildoctor explain -',
  ],
  options: {
    text: {
      type: 'string[]',
      positional: true,
      required: true,
      config: false,
      description: 'the text to explain (its words are joined), or "-" for standard input (repeated lines and same-cause lines are grouped)',
    },
    texts: { type: 'string[]', cli: false, required: true, nonEmpty: true, description: 'texts to explain, each on its own' },
  },
  load,
  async build(v, ctx) {
    const { explainCheck, readStdinText, splitItems, groupItems } = await load();
    if (v.texts) return v.texts.map((t, i) => explainCheck(t, i));
    const words = v.text ?? [];
    if (words.length === 1 && words[0] === '-') {
      const items = splitItems(await readStdinText(ctx.io.stdin, ctx.timeoutMs));
      if (items.length === 0) throw new UsageError('nothing to explain: standard input was empty');
      if (items.length > MAX_ITEMS)
        throw new UsageError(`standard input has ${items.length} items; explain takes at most ${MAX_ITEMS} (use "maildoctor logs" for whole log files)`);
      return groupItems(items).map((g, i) => explainCheck(g.first, i, { count: g.count, last: g.last, distinct: g.distinct }));
    }
    const text = words.join(' ').trim();
    if (!text) throw new UsageError('nothing to explain: give the text in quotes, or "-" to read standard input');
    return [explainCheck(text, 0)];
  },
});
