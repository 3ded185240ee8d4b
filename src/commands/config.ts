// `maildoctor config lint FILE|-`: flags client_secret / client_id / tenant rotation mistakes without printing values.
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

/** The config command. */
export const CONFIG_COMMAND: CommandSpec = {
  name: 'config',
  args: '<action> [file]',
  summary: 'lint FILE|-: find stale, empty or mangled client_secret / client_id / tenant values in configuration properties',
  examples: ['maildoctor config lint smtp-properties.txt', 'xclip -o | maildoctor config lint -'],
  plan: lazyPlan(() => import('./config-impl.js')),
};
