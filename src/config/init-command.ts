// `maildoctor init [FILE|-]`: writes a commented example config for a provider, without secrets.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, UsageError, errorMessage } from '../core/errors.js';
import { defineCommand } from '../core/kind.js';
import { INIT_PRESETS, initTemplate } from './init-template.js';

/** The init command. */
export const INIT_COMMAND = defineCommand({
  id: 'init',
  summary: 'Write a commented example maildoctor.yaml for office365, gmail or a generic IMAP/SMTP server',
  examples: ['maildoctor init --preset office365', 'maildoctor init --preset gmail - > maildoctor.yaml'],
  options: {
    file: { type: 'string', positional: true, description: 'where to write it (default maildoctor.yaml; "-": standard output)' },
    preset: { type: 'string', enum: INIT_PRESETS, arg: 'name', default: 'generic', description: 'provider to start from' },
    force: { type: 'boolean', description: 'overwrite an existing file' },
  },
  async perform(v, ctx) {
    const text = initTemplate(v.preset);
    const target = v.file ?? 'maildoctor.yaml';
    if (target === '-') {
      ctx.io.stdout.write(text);
      return 0;
    }
    const path = resolve(ctx.io.cwd, target);
    if (existsSync(path) && !v.force) throw new UsageError(`${target} exists; use --force to overwrite it`);
    await writeFile(path, text).catch((err: unknown) => {
      throw new InputError(`cannot write ${target}: ${errorMessage(err)}`);
    });
    if (!ctx.global.quiet) ctx.io.stderr.write(`wrote ${target} (${v.preset}); check it with: maildoctor run --config ${target}\n`);
    return 0;
  },
});
