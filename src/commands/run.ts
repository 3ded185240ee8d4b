// `maildoctor run`: the whole diagnosis — server chains from a config (or what this host offers), verdicts first.
import { Option } from 'commander';
import { presetNames } from '../checks/mail/presets.js';
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

/** Where `run` looks for a config when --config is not given, in order. */
export const CONFIG_SEARCH_PATH = ['maildoctor.yaml', 'maildoctor.yml', 'maildoctor.json', '/etc/maildoctor.yaml'];

/** The run command. */
export const RUN_COMMAND: CommandSpec = {
  name: 'run',
  summary: 'The whole diagnosis: every check that applies, in dependency order, with one verdict per mailbox',
  examples: [
    'maildoctor run',
    'maildoctor run --config maildoctor.yaml --format markdown',
    'maildoctor run --preset office365 --format nagios',
    'maildoctor run --bundle ticket-4711.tar.gz',
  ],
  configure(cmd) {
    cmd
      .option('-c, --config <file>', `config file (YAML or JSON); default: ${CONFIG_SEARCH_PATH.join(', ')}`)
      .addOption(new Option('--preset <name>', 'check a provider\'s endpoints without a config').choices(presetNames()))
      .option('--only <ids>', 'run only these check ids or keys (comma-separated)')
      .option('--skip <ids>', 'leave out these check ids or keys (comma-separated)')
      .option('--journey', 'send a tagged test message through the outgoing server and watch the incoming mailbox for it (sends mail)')
      .option('--bundle <file>', 'also write a .tar.gz with the report, a Markdown summary, log excerpts, dump analysis and the environment');
  },
  plan: lazyPlan(() => import('./run-impl.js')),
};
