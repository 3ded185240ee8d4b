// `maildoctor threaddump FILE... | --collect`: read HotSpot thread dumps for the email failure patterns.
import type { Command } from 'commander';
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

/** The threaddump command. */
export const THREADDUMP_COMMAND: CommandSpec = {
  name: 'threaddump',
  args: '[files...]',
  summary: 'Analyse JVM thread dumps (jstack -l, kill -3 in a log, .gz) for deadlocks, BLOCKED email threads, SSL hangs and Quartz; --collect takes them',
  examples: [
    'maildoctor threaddump /opt/flotomate/main-server/logs/threaddump-20260115_101500.txt',
    'maildoctor threaddump --collect --count 3 --interval 10s',
    'maildoctor threaddump --collect --pid 4242 --out /tmp/dumps',
    'maildoctor threaddump console.log.gz --json',
  ],
  configure(cmd: Command) {
    cmd
      .option('--collect', 'take dumps of the running ServiceOps JVM first (dump script, else jstack -l)')
      .option('--pid <pid>', 'the JVM to dump (default: found via ps "boot-hosted" or systemctl flotomate-main)')
      .option('--out <dir>', 'where jstack dumps are written (default /opt/flotomate/main-server/logs)')
      .option('--count <n>', 'how many dumps to take', '1')
      .option('--interval <duration>', 'time between dumps (10s, 500ms, 1m)', '10s');
  },
  plan: lazyPlan(() => import('./threaddump-impl.js')),
};
