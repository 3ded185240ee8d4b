// `maildoctor init [FILE]`: writes a commented example config for a provider, without secrets.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option } from 'commander';
import { InputError, UsageError, errorMessage } from '../core/errors.js';
import { INIT_PRESETS, initTemplate, type InitPreset } from '../config/init-template.js';
import type { CommandSpec } from './types.js';

/** The init command. */
export const INIT_COMMAND: CommandSpec = {
  name: 'init',
  args: '[file]',
  summary: 'Write a commented example maildoctor.yaml for office365, gmail or a generic IMAP/SMTP server',
  examples: ['maildoctor init --preset office365', 'maildoctor init --preset gmail - > maildoctor.yaml'],
  configure(cmd) {
    cmd.addOption(new Option('--preset <name>', 'provider to start from').choices(INIT_PRESETS).default('generic'));
    cmd.option('--force', 'overwrite an existing file');
  },
  async action(args, opts, ctx) {
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
  },
};
