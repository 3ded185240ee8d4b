// `type: config-lint` and `maildoctor config lint FILE|-`: client_secret / client_id / tenant rotation mistakes,
// found without printing a value.
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { defineCommand, defineKind, type BuildContext } from '../../core/kind.js';
import type { Check } from '../../core/types.js';

const load = async () => ({ ...(await import('./config-lint.js')), ...(await import('../../core/input.js')) });

/** The lint check of a properties file, or of standard input for "-". */
async function lintChecks(file: string, ctx: BuildContext): Promise<Check[]> {
  const { configLintCheck, readStdinText, readTextFile } = await load();
  if (file === '-') return [configLintCheck(await readStdinText(ctx.io.stdin, ctx.timeoutMs), 'standard input')];
  return [configLintCheck(await readTextFile(resolve(ctx.io.cwd, file), 'configuration properties file'), file)];
}

const SUMMARY = 'lint FILE|-: find stale, empty or mangled client_secret / client_id / tenant values in configuration properties';
const EXAMPLES = ['maildoctor config lint smtp-properties.txt', 'xclip -o | maildoctor config lint -'];

/** `maildoctor config <action> [file]`: the config-lint kind on the command line (one action today: lint). */
const CONFIG_COMMAND = defineCommand({
  id: 'config',
  summary: SUMMARY,
  examples: EXAMPLES,
  options: {
    action: { type: 'string', positional: true, required: true, description: 'what to do: lint' },
    file: { type: 'string', positional: true, description: 'the configuration properties file, or "-" for standard input' },
  },
  async plan(v, ctx) {
    if (v.action !== 'lint') throw new UsageError(`config: unknown action "${v.action}"; use: maildoctor config lint FILE|-`);
    if (v.file === undefined) throw new UsageError('config lint needs a FILE, or "-" to read standard input');
    return { checks: await lintChecks(v.file, ctx) };
  },
});

/** The config-lint check kind. */
export const CONFIG_LINT_KIND = defineKind({
  id: 'config-lint',
  summary: SUMMARY,
  examples: EXAMPLES,
  options: {
    file: { type: 'string', required: true, description: 'file holding the configuration properties text ("-": standard input)' },
  },
  load,
  build: (v, ctx) => lintChecks(v.file, ctx),
  command: CONFIG_COMMAND,
});
