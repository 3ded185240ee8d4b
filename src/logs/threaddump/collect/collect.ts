// `threaddump --collect`: the dump script when present, else jstack -l on the ServiceOps JVM, else how to use kill -3.
import { access, constants, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { Evidence, FindingInput } from '../../../core/types.js';
import { sleep } from '../../../core/timeout.js';
import { consoleLogOf } from './console-log.js';
import { runDumpScript } from './dump-script.js';
import { findServiceJvm } from './find-jvm.js';
import { runJstack } from './jstack.js';
import { SERVICEOPS_DUMP_SCRIPT, SERVICEOPS_LOG_DIR, manualDumpName } from './paths.js';

/** Smallest budget of one jstack or script run: attaching to a busy JVM takes a while. */
export const MIN_DUMP_TIMEOUT_MS = 30_000;

/** What to collect and where. */
export interface CollectOptions {
  pid?: number;
  /** Directory for jstack output; default the ServiceOps log directory, else the current directory. */
  outDir?: string;
  count: number;
  intervalMs: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal: AbortSignal;
  timeoutMs: number;
  /** Overrides the script location (tests). */
  script?: string;
  /** Overrides the `boot-hosted` marker searched in ps (tests running beside other JVMs). */
  processMarker?: string;
}

/** What collection produced: dump files to analyse, plus findings and evidence about how they were taken. */
export interface CollectOutcome {
  summary: string;
  files: string[];
  findings: FindingInput[];
  evidence: Evidence;
}

async function executable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

async function outputDir(opts: CollectOptions): Promise<string> {
  if (opts.outDir) {
    await mkdir(opts.outDir, { recursive: true });
    return opts.outDir;
  }
  return existsSync(SERVICEOPS_LOG_DIR) ? SERVICEOPS_LOG_DIR : opts.cwd;
}

/** Takes `count` dumps `intervalMs` apart; never throws for a missing JVM, script or jstack (those are findings). */
export async function collectThreadDumps(opts: CollectOptions): Promise<CollectOutcome> {
  const budget = Math.max(opts.timeoutMs, MIN_DUMP_TIMEOUT_MS);
  const script = opts.script ?? SERVICEOPS_DUMP_SCRIPT;
  const files: string[] = [];
  const pause = async (i: number) => {
    if (i < opts.count - 1) await sleep(opts.intervalMs, opts.signal);
  };

  if (opts.pid === undefined && (await executable(script))) {
    for (let i = 0; i < opts.count; i += 1) {
      const r = await runDumpScript(script, opts.env, opts.signal, budget);
      if (!r.ok)
        return {
          summary: 'the dump script failed',
          files,
          findings: [{ cause: 'threaddump.collect.failed', detail: r.message, evidence: { method: 'script', script, files } }],
          evidence: { method: 'script', script, files },
        };
      files.push(r.file);
      await pause(i);
    }
    return collected('script', files, { script });
  }

  const found = opts.pid !== undefined ? { pid: opts.pid, how: '--pid' } : await findServiceJvm(opts.env, opts.signal, budget, opts.processMarker);
  if (found.pid === undefined) {
    return {
      summary: 'no ServiceOps JVM found',
      files,
      findings: [
        { cause: 'threaddump.collect.no-jvm', detail: `no dump script at ${script}; ${found.tried.join('; ')}`, evidence: { script, tried: found.tried } },
      ],
      evidence: { method: 'none', script, tried: found.tried },
    };
  }
  const pid = found.pid;
  const dir = await outputDir(opts);
  for (let i = 0; i < opts.count; i += 1) {
    let file = manualDumpName(new Date(), dir);
    if (files.includes(file) || existsSync(file)) file = manualDumpName(new Date(), dir, `-${i + 1}`);
    const r = await runJstack(pid, file, opts.env, opts.signal, budget);
    if (!r.ok && r.missing) {
      const log = await consoleLogOf(pid);
      const where = log ? `its console log: ${log}` : "its console log (the JVM's standard output)";
      return {
        summary: 'jstack is not installed: send kill -3 instead',
        files,
        findings: [
          {
            cause: 'threaddump.collect.no-jstack',
            detail: `jstack was not found (PATH${opts.env.JAVA_HOME ? ' / JAVA_HOME' : ''}); run "sudo kill -3 ${pid}": the JVM writes the dump to ${where}, then run "maildoctor threaddump ${log && log.startsWith('/') ? log : '<console-log>'}"`,
            evidence: { pid, foundBy: found.how, consoleLog: log ?? null, command: `kill -3 ${pid}` },
          },
        ],
        evidence: { method: 'none', pid, foundBy: found.how, consoleLog: log ?? null },
      };
    }
    if (!r.ok) {
      return {
        summary: `jstack failed on PID ${pid}`,
        files,
        findings: [
          {
            cause: 'threaddump.collect.failed',
            detail: `${r.command}: ${r.message}`,
            evidence: { pid, foundBy: found.how, command: r.command, message: r.message },
          },
        ],
        evidence: { method: 'jstack', pid, foundBy: found.how, files },
      };
    }
    files.push(r.file);
    await pause(i);
  }
  return collected('jstack', files, { pid, foundBy: found.how, outDir: dir });
}

function collected(method: string, files: string[], extra: Evidence): CollectOutcome {
  return {
    summary: `${files.length} dump${files.length === 1 ? '' : 's'} taken with ${method === 'script' ? 'the ServiceOps dump script' : 'jstack -l'}: ${files.join(', ')}`,
    files,
    findings: [{ cause: 'threaddump.collected', detail: `saved ${files.join(', ')}`, evidence: { method, files, ...extra } }],
    evidence: { method, files, ...extra },
  };
}
