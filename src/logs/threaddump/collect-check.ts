// Builds the checks of `threaddump --collect`: how the dumps were taken, then the analysis of each.
import type { Check } from '../../core/types.js';
import { threadDumpChecks } from './check.js';
import { collectThreadDumps, type CollectOptions } from './collect/collect.js';

/** Collects first (the analysis needs the files), then returns the collection check followed by the dump checks. */
export async function collectAndAnalyse(opts: CollectOptions, extraFiles: readonly string[] = []): Promise<Check[]> {
  const outcome = await collectThreadDumps(opts);
  const collect: Check = {
    id: 'threaddump-collect',
    title: 'Thread dump collection',
    target: opts.pid !== undefined ? `PID ${opts.pid}` : 'ServiceOps JVM',
    async run() {
      return { summary: outcome.summary, findings: outcome.findings, evidence: outcome.evidence };
    },
  };
  const files = [...outcome.files, ...extraFiles];
  return [collect, ...(files.length > 0 ? await threadDumpChecks(files, opts.signal) : [])];
}
