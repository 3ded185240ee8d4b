// What `maildoctor config` does: reads the properties (file or stdin) and lints them.
import { resolve } from 'node:path';
import { configLintCheck } from '../checks/config-lint.js';
import { UsageError } from '../core/errors.js';
import { readStdinText, readTextFile } from '../core/input.js';
import type { PlanFn } from './lazy.js';

/** The actions `config` knows. */
const ACTIONS = ['lint'];

/** Builds the config lint check. */
export const plan: PlanFn = async (args, _opts, ctx) => {
  const [action, file, ...rest] = args;
  if (!action || !ACTIONS.includes(action)) throw new UsageError(`config: unknown action "${action ?? ''}"; use: maildoctor config lint FILE|-`);
  if (!file) throw new UsageError('config lint needs a FILE, or "-" to read standard input');
  if (rest.length > 0) throw new UsageError('config lint takes one FILE');
  const text = file === '-' ? await readStdinText(ctx.io.stdin, ctx.global.timeoutMs) : await readTextFile(resolve(ctx.io.cwd, file), 'configuration properties file');
  return { checks: [configLintCheck(text, file === '-' ? 'standard input' : file)] };
};
