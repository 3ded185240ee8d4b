// The `logs` check: one streaming pass over the sources, and the `logs` check type for `maildoctor run`.
import type { Check, CheckOutcome, FindingInput } from '../core/types.js';
import { UsageError } from '../core/errors.js';
import { severityOf } from '../core/finding.js';
import { isCauseId } from '../knowledge/index.js';
import { resolveSources, type LogSource } from './discover.js';
import { scanFindings } from './findings.js';
import { stepsFromLogCauses } from './journey-steps.js';
import { durationMs } from '../core/duration.js';
import { LOGS_DEFAULTS } from './kind.js';
import { mergeScans, pollingFindings, pollingScope, scanEach } from './polling.js';
import { LOG_NAMES, defaultWorkers, labelledFiles, parseTimeArg, scanLogs, type ScanOptions } from './scan/index.js';

/** A scan's own budget: large logs take minutes on slow disks, far beyond a network step. */
const SCAN_BUDGET_MS = 60 * 60_000;

/** Everything one logs check needs. */
export interface LogsSettings {
  sources: LogSource[];
  opts: ScanOptions;
  staleAfterMs: number;
  workers: number;
  now: number;
}

function humanBytes(n: number): string {
  if (n >= 1 << 30) return `${(n / (1 << 30)).toFixed(2)} GiB`;
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/** Builds the logs check over already-resolved sources. */
export function logsCheck(settings: LogsSettings): Check {
  const target = settings.sources.map((s) => s.label).join(', ');
  return {
    id: 'logs',
    title: 'Log scan',
    target,
    timeoutMs: SCAN_BUDGET_MS,
    async run(ctx): Promise<CheckOutcome> {
      const started = Date.now();
      const { sources, opts, workers } = settings;
      const filtered = opts.address !== undefined;
      const scope = filtered ? pollingScope(sources, opts) : { sources, opts };
      const each = await scanEach(scope.sources, scope.opts, workers, ctx.signal);
      const result = filtered
        ? await scanLogs(labelledFiles(sources), { ...opts, workers }, ctx.signal)
        : mergeScans(
            each.map((e) => e.result),
            opts.samples,
          );
      const findings = [...missingLogs(sources), ...scanFindings(result, opts, pollingFindings(each, settings.staleAfterMs, settings.now))];
      const files = result.files.length;
      const bySeverity = { fail: 0, warn: 0 };
      for (const f of findings) {
        if (!isCauseId(f.cause)) continue;
        const sev = severityOf(f);
        if (sev === 'fail' || sev === 'warn') bySeverity[sev] += 1;
      }
      const problems = bySeverity.fail + bySeverity.warn;
      const tenants = settings.sources.filter((s) => s.tenant).map((s) => s.tenant);
      const found = tenants.length > 0 ? `tenant${tenants.length === 1 ? '' : 's'} ${tenants.join(', ')}: ` : '';
      const summary =
        found +
        (files === 0
          ? `no email.log, error.log or service.log found in ${target}`
          : `${files} file${files === 1 ? '' : 's'}, ${humanBytes(result.bytes)}: ${problems === 0 ? 'no problem causes found' : `${bySeverity.fail} failing and ${bySeverity.warn} warning cause${problems === 1 ? '' : 's'}`}`);
      return {
        summary,
        findings,
        evidence: {
          sources: settings.sources.map((s) => ({ label: s.label, tenant: s.tenant, files: s.files.length })),
          files: result.files,
          bytes: result.bytes,
          outOfWindow: result.outOfWindow,
          window: { since: iso(settings.opts.since), until: iso(settings.opts.until) },
          bucketMinutes: settings.opts.bucketMs / 60000,
          journeySteps: stepsFromLogCauses(result.causes),
          scanMs: Date.now() - started,
        },
      };
    },
  };
}

/** A warning for each folder that holds none of the three logs, naming what was looked for. */
function missingLogs(sources: readonly LogSource[]): FindingInput[] {
  return sources
    .filter((s) => s.isDir && s.files.length === 0)
    .map((s) => ({
      cause: 'log.input.no-logs' as const,
      detail: `${s.label}: no ${Object.values(LOG_NAMES).join(', ')} and none of their rotations (such as email.log.1, email.log.2026-11-20.gz)`,
      evidence: { folder: s.label, lookedFor: Object.values(LOG_NAMES) },
    }));
}

function iso(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/** The raw option values shared by the command line and a config entry. */
export interface LogsInput {
  paths: string[];
  tenant?: string;
  since?: string;
  until?: string;
  address?: string;
  grep?: string;
  samples?: number;
  bucket?: string;
  staleAfter?: string;
  workers?: number;
}

/** Validates the raw values and resolves the sources; bad values are UsageErrors. */
export function logsSettings(input: LogsInput, cwd: string, root?: string, now = Date.now()): LogsSettings {
  const since = input.since === undefined ? undefined : parseTimeArg(input.since, now);
  if (input.since !== undefined && since === undefined)
    throw new UsageError(`--since "${input.since}" is not a duration (2h, 30m, 1d) or a time (2026-11-21 10:15:32)`);
  const until = input.until === undefined ? undefined : parseTimeArg(input.until, now);
  if (input.until !== undefined && until === undefined)
    throw new UsageError(`--until "${input.until}" is not a duration (2h, 30m, 1d) or a time (2026-11-21 10:15:32)`);
  if (since !== undefined && until !== undefined && since > until) throw new UsageError('--since is later than --until');
  const bucketMs = durationMs(input.bucket ?? LOGS_DEFAULTS.bucket);
  if (!bucketMs || bucketMs < 60_000) throw new UsageError(`--bucket "${input.bucket}" must be a duration of at least 1m (15m, 1h, 1d)`);
  const staleAfterMs = durationMs(input.staleAfter ?? LOGS_DEFAULTS.staleAfter);
  if (!staleAfterMs) throw new UsageError(`--stale-after "${input.staleAfter}" must be a duration (15m, 1h)`);
  if (input.grep !== undefined) {
    try {
      new RegExp(input.grep, 'gim');
    } catch (err) {
      throw new UsageError(`--grep "${input.grep}" is not a valid regular expression: ${(err as Error).message}`);
    }
  }
  const samples = input.samples ?? LOGS_DEFAULTS.samples;
  if (!Number.isInteger(samples) || samples < 0 || samples > 100) throw new UsageError('--samples must be a whole number from 0 to 100');
  const workers = input.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new UsageError('--workers must be a whole number from 0 to 64');
  const address = input.address?.trim();
  if (input.address !== undefined && !address) throw new UsageError('--address needs a value');
  return {
    sources: resolveSources(input.paths, cwd, input.tenant, root),
    opts: { since, until, address, grep: input.grep, samples, bucketMs },
    staleAfterMs,
    workers,
    now: until ?? now,
  };
}
