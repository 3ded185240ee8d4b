// `maildoctor threaddump FILE... | --collect`: read HotSpot thread dumps for the email failure patterns.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { threadDumpChecks } from '../logs/threaddump/check.js';
import { collectAndAnalyse } from '../logs/threaddump/collect-check.js';
import { MAX_COUNT, parseInterval, parseWhole } from '../logs/threaddump/options.js';
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
  async plan(args, opts, ctx) {
    const files = args.map((f) => resolve(ctx.io.cwd, f));
    if (!opts.collect) {
      for (const o of ['pid', 'out'] as const) if (opts[o] !== undefined) throw new UsageError(`--${o} needs --collect`);
      if (opts.count !== '1') throw new UsageError('--count needs --collect');
      if (files.length === 0) throw new UsageError('give one or more thread dump files, or --collect to take dumps of the running JVM');
      return { checks: await threadDumpChecks(files, ctx.signal) };
    }
    const count = parseWhole('--count', opts.count, 1, MAX_COUNT);
    const intervalMs = parseInterval(String(opts.interval));
    const pid = opts.pid === undefined ? undefined : parseWhole('--pid', opts.pid, 1, 2 ** 22);
    const checks = await collectAndAnalyse(
      {
        ...(pid !== undefined ? { pid } : {}),
        ...(typeof opts.out === 'string' ? { outDir: resolve(ctx.io.cwd, opts.out) } : {}),
        count,
        intervalMs,
        env: ctx.io.env,
        cwd: ctx.io.cwd,
        signal: ctx.signal,
        timeoutMs: ctx.global.timeoutMs,
      },
      files,
    );
    return { checks };
  },
};
