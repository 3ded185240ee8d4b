// `maildoctor init [FILE]`: writes a commented example config for a provider, without secrets.
import { Option } from 'commander';
import { INIT_PRESETS } from '../config/init-template.js';
import { lazyAction } from './lazy.js';
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
  action: lazyAction(() => import('./init-impl.js')),
};
