// `maildoctor explain TEXT | -` and `type: explain`: what an audit message, error text or log line means.
import { UsageError } from '../core/errors.js';
import { defineKind } from '../core/kind.js';

const load = async () => ({ ...(await import('./explain.js')), ...(await import('../core/input.js')) });

/** Most distinct lines one explain run reports; the log scanner is the tool for more. */
const MAX_LINES = 5000;

/** Splits text into distinct non-empty lines, counting repeats. */
function distinctLines(text: string): Array<{ line: string; count: number }> {
  const counts = new Map<string, number>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, count]) => ({ line, count }));
}

/** The explain check kind. */
export const EXPLAIN_KIND = defineKind({
  id: 'explain',
  summary: 'Explain an Email Audit message, error text or log line ("-" reads stdin, one per line)',
  examples: [
    'maildoctor explain "Outgoing failed: Mail server connection failed"',
    'maildoctor explain "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled"',
    'grep -h "Outgoing failed" email.log | maildoctor explain -',
  ],
  options: {
    text: { type: 'string[]', positional: true, required: true, config: false, description: 'the text to explain (its words are joined), or "-" for standard input, one per line' },
    texts: { type: 'string[]', cli: false, required: true, nonEmpty: true, description: 'texts to explain, each on its own' },
  },
  load,
  async build(v, ctx) {
    const { explainCheck, readStdinText } = await load();
    if (v.texts) return v.texts.map((t, i) => explainCheck(t, i));
    const words = v.text ?? [];
    if (words.length === 1 && words[0] === '-') {
      const lines = distinctLines(await readStdinText(ctx.io.stdin, ctx.timeoutMs));
      if (lines.length === 0) throw new UsageError('nothing to explain: standard input was empty');
      if (lines.length > MAX_LINES) throw new UsageError(`standard input has ${lines.length} distinct lines; explain takes at most ${MAX_LINES} (use "maildoctor logs" for whole log files)`);
      return lines.map((l, i) => explainCheck(l.line, i, l.count));
    }
    const text = words.join(' ').trim();
    if (!text) throw new UsageError('nothing to explain: give the text in quotes, or "-" to read standard input');
    return [explainCheck(text, 0)];
  },
});
