// `maildoctor config lint FILE|-`: flags client_secret / client_id / tenant rotation mistakes without printing values.
import { resolve } from 'node:path';
import { configLintCheck } from '../checks/config-lint.js';
import { UsageError } from '../core/errors.js';
import { decodeText, readStream, readTextFile } from '../core/input.js';
import type { CommandSpec } from './types.js';

/** The actions `config` knows. */
const ACTIONS = ['lint'];

/** The config command. */
export const CONFIG_COMMAND: CommandSpec = {
  name: 'config',
  args: '<action> [file]',
  summary: 'lint FILE|-: find stale, empty or mangled client_secret / client_id / tenant values in configuration properties',
  examples: ['maildoctor config lint smtp-properties.txt', 'xclip -o | maildoctor config lint -'],
  async plan(args, _opts, ctx) {
    const [action, file, ...rest] = args;
    if (!action || !ACTIONS.includes(action)) throw new UsageError(`config: unknown action "${action ?? ''}"; use: maildoctor config lint FILE|-`);
    if (!file) throw new UsageError('config lint needs a FILE, or "-" to read standard input');
    if (rest.length > 0) throw new UsageError('config lint takes one FILE');
    const text = file === '-' ? decodeText(await readStream(ctx.io.stdin), 'standard input') : await readTextFile(resolve(ctx.io.cwd, file), 'configuration properties file');
    return { checks: [configLintCheck(text, file === '-' ? 'standard input' : file)] };
  },
};
