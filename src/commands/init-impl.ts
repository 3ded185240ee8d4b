// What `maildoctor init` does: writes the example config to stdout or a file it will not silently overwrite.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, UsageError, errorMessage } from '../core/errors.js';
import { initTemplate, type InitPreset } from '../config/init-template.js';
import type { ActionFn } from './lazy.js';

/** Writes the example config. */
export const action: ActionFn = async (args, opts, ctx) => {
  const text = initTemplate(opts.preset as InitPreset);
  const target = args[0] ?? 'maildoctor.yaml';
  if (target === '-') {
    ctx.io.stdout.write(text);
    return 0;
  }
  const path = resolve(ctx.io.cwd, target);
  if (existsSync(path) && !opts.force) throw new UsageError(`${target} exists; use --force to overwrite it`);
  await writeFile(path, text).catch((err: unknown) => {
    throw new InputError(`cannot write ${target}: ${errorMessage(err)}`);
  });
  if (!ctx.global.quiet) ctx.io.stderr.write(`wrote ${target} (${opts.preset as string}); check it with: maildoctor run --config ${target}\n`);
  return 0;
};
