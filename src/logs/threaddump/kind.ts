// `maildoctor threaddump FILE... | --collect` and `type: threaddump`: HotSpot thread dumps read for the email failure
// patterns, or taken from the running JVM first.
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { defineKind } from '../../core/kind.js';
import { MAX_COUNT, parseInterval } from './options.js';

const load = async () => ({ ...(await import('./check.js')), ...(await import('./collect-check.js')), ...(await import('./collect/collect.js')) });

/** The threaddump check kind. */
export const THREADDUMP_KIND = defineKind({
  id: 'threaddump',
  summary: 'Analyse JVM thread dumps (jstack -l, kill -3 in a log, .gz) for deadlocks, BLOCKED email threads, SSL hangs and Quartz; --collect takes them',
  examples: [
    'maildoctor threaddump /opt/flotomate/main-server/logs/threaddump-20260115_101500.txt',
    'maildoctor threaddump --collect --count 3 --interval 10s',
    'maildoctor threaddump --collect --pid 4242 --out /tmp/dumps',
    'maildoctor threaddump console.log.gz --json',
  ],
  options: {
    files: {
      type: 'string[]',
      positional: true,
      input: true,
      description: 'thread dump files (jstack -l output or logs with kill -3 dumps; .gz allowed; "-": standard input)',
    },
    collect: { type: 'boolean', description: 'take dumps of the running ServiceOps JVM first (dump script, else jstack -l)' },
    pid: {
      type: 'number',
      integer: true,
      min: 1,
      max: 2 ** 22,
      arg: 'pid',
      description: 'the JVM to dump (default: found via ps "boot-hosted" or systemctl flotomate-main)',
    },
    out: { type: 'string', arg: 'dir', description: 'where jstack dumps are written (default /opt/flotomate/main-server/logs)' },
    count: { type: 'number', integer: true, min: 1, max: MAX_COUNT, arg: 'n', default: 1, description: 'how many dumps to take' },
    interval: { type: 'string', duration: true, arg: 'duration', default: '10s', description: 'time between dumps (10s, 500ms, 1m)' },
  },
  load,
  async build(v, ctx) {
    const { threadDumpChecks, collectAndAnalyse, MIN_DUMP_TIMEOUT_MS } = await load();
    const files = (v.files ?? []).map((f) => resolve(ctx.io.cwd, f));
    if (!v.collect) {
      for (const key of ['pid', 'out'] as const) if (v[key] !== undefined) throw new UsageError(`${ctx.name(key)} needs ${ctx.name('collect')}`);
      if (v.count !== 1) throw new UsageError(`${ctx.name('count')} needs ${ctx.name('collect')}`);
      if (files.length === 0) throw new UsageError(`give one or more thread dump files, or ${ctx.name('collect')} to take dumps of the running JVM`);
      return threadDumpChecks(files, ctx.signal);
    }
    const intervalMs = parseInterval(v.interval, ctx.name('interval'));
    const bound = AbortSignal.timeout(v.count * (intervalMs + MIN_DUMP_TIMEOUT_MS) + ctx.timeoutMs);
    const options = {
      ...(v.pid !== undefined ? { pid: v.pid } : {}),
      ...(v.out !== undefined ? { outDir: resolve(ctx.io.cwd, v.out) } : {}),
      count: v.count,
      intervalMs,
      env: ctx.io.env,
      cwd: ctx.io.cwd,
      signal: AbortSignal.any([ctx.signal, bound]),
      timeoutMs: ctx.timeoutMs,
    };
    return collectAndAnalyse(options, files);
  },
});
