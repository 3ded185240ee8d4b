// Turns dump files into checks: one per dump found (with its timestamp), plus a comparison when there are several.
import { InputError } from '../../core/errors.js';
import type { Check, CheckOutcome } from '../../core/types.js';
import { analyseDump } from './analyse.js';
import { compareDumps, jvmIdentity, type LabelledDump } from './compare.js';
import { parseThreadDumps } from './parse.js';
import { readDumpText } from './read.js';

function dumpCheck(item: LabelledDump): Check {
  return {
    id: 'threaddump',
    title: 'Thread dump',
    target: item.label,
    async run(): Promise<CheckOutcome> {
      const outcome = analyseDump(item.dump);
      return { ...outcome, evidence: { file: item.label.replace(/#\d+$/, ''), ...outcome.evidence } };
    },
  };
}

function unsupportedCheck(path: string, format: string, reason: string): Check {
  return {
    id: 'threaddump',
    title: 'Thread dump',
    target: path,
    async run(): Promise<CheckOutcome> {
      return {
        summary: `not analysed: ${reason}`,
        findings: [{ cause: 'threaddump.unsupported-format', detail: `${path}: ${reason}`, evidence: { file: path, format } }],
        evidence: { file: path, format, timestamp: null, jvm: null, threads: 0, states: {} },
      };
    },
  };
}

function seriesCheck(series: LabelledDump[]): Check {
  return {
    id: 'threaddump-series',
    title: 'Thread dump series',
    target: `${series.length} dumps from ${series[0]!.label}`,
    async run(): Promise<CheckOutcome> {
      return compareDumps(series);
    },
  };
}

/** Orders dumps by timestamp when every dump has one (stable for equal stamps); otherwise keeps the order given. */
function timeOrder(dumps: LabelledDump[]): LabelledDump[] {
  if (!dumps.every((d) => d.dump.timestamp)) return dumps;
  return [...dumps].sort((a, b) => (a.dump.timestamp! < b.dump.timestamp! ? -1 : a.dump.timestamp! > b.dump.timestamp! ? 1 : 0));
}

/**
 * Reads and parses every file (before any check runs, so bad input ends with exit 2); one series check per JVM run with
 * several dumps. The checks of a file count its read and parse in their duration.
 */
export async function threadDumpChecks(paths: readonly string[], signal?: AbortSignal): Promise<Check[]> {
  const checks: Check[] = [];
  const all: LabelledDump[] = [];
  for (const path of [...new Set(paths)]) {
    const started = performance.now();
    const parsed = parseThreadDumps(await readDumpText(path, signal));
    const preparedMs = Math.round(performance.now() - started);
    if (parsed.kind === 'unsupported') {
      checks.push({ ...unsupportedCheck(path, parsed.format, parsed.reason), preparedMs });
      continue;
    }
    if (parsed.dumps.length === 0) {
      throw new InputError(`no HotSpot thread dump in ${path}: no "Full thread dump" line and no thread headers (take one with jstack -l PID or kill -3 PID)`);
    }
    for (const dump of parsed.dumps) {
      const item = { label: parsed.dumps.length > 1 ? `${path}#${dump.index}` : path, dump };
      all.push(item);
      checks.push({ ...dumpCheck(item), preparedMs });
    }
  }
  const runs = new Map<string, LabelledDump[]>();
  for (const item of all) runs.set(jvmIdentity(item.dump), [...(runs.get(jvmIdentity(item.dump)) ?? []), item]);
  for (const run of runs.values()) if (run.length > 1) checks.push(seriesCheck(timeOrder(run)));
  return checks;
}
