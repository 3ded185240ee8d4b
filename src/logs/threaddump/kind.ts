// `type: threaddump` in a config: analyse dump files, or collect from the running JVM first.
import { resolve } from 'node:path';
import type { CheckKind } from '../../checks/types.js';
import { DEFAULT_STEP_TIMEOUT_MS } from '../../core/timeout.js';
import { threadDumpChecks } from './check.js';
import { collectAndAnalyse } from './collect-check.js';
import { MIN_DUMP_TIMEOUT_MS } from './collect/collect.js';
import { MAX_COUNT, parseInterval, parseWhole } from './options.js';

/** The threaddump check kind for `maildoctor run`. */
export const THREADDUMP_KIND: CheckKind = {
  type: 'threaddump',
  summary: 'Analyse JVM thread dumps for deadlocks, BLOCKED email threads, SSL hangs and Quartz problems',
  fields: {
    files: { type: 'string[]', description: 'thread dump files (jstack -l output or logs with kill -3 dumps; .gz allowed)' },
    collect: { type: 'boolean', description: 'take dumps of the running ServiceOps JVM first' },
    pid: { type: 'number', integer: true, min: 1, description: 'the JVM to dump (default: found via ps or systemctl)' },
    out: { type: 'string', description: 'directory for collected dumps' },
    count: { type: 'number', integer: true, min: 1, max: MAX_COUNT, description: 'how many dumps to collect' },
    interval: { type: 'string', description: 'time between collected dumps, e.g. 10s' },
  },
  async fromConfig(entry, ctx) {
    const files = ((entry.files as string[] | undefined) ?? []).map((f) => resolve(ctx.baseDir, f));
    if (!entry.collect) return threadDumpChecks(files);
    const count = parseWhole('count', entry.count ?? 1, 1, MAX_COUNT);
    const intervalMs = parseInterval(String(entry.interval ?? '10s'));
    const signal = AbortSignal.timeout(count * (intervalMs + MIN_DUMP_TIMEOUT_MS) + DEFAULT_STEP_TIMEOUT_MS);
    return collectAndAnalyse(
      {
        ...(typeof entry.pid === 'number' ? { pid: entry.pid } : {}),
        ...(typeof entry.out === 'string' ? { outDir: resolve(ctx.baseDir, entry.out) } : {}),
        count,
        intervalMs,
        env: ctx.env,
        cwd: ctx.baseDir,
        signal,
        timeoutMs: DEFAULT_STEP_TIMEOUT_MS,
      },
      files,
    );
  },
};
