// The shapes every check, the runner and every renderer agree on (DESIGN.md section 3).
import type { CauseId } from '../knowledge/index.js';
import type { SharedValues } from './shared.js';

/** Outcome of one check, derived by the runner from its findings. */
export type Status = 'pass' | 'warn' | 'fail' | 'skip' | 'error';

/** How bad one finding is; `info` never changes a check's status. */
export type Severity = 'info' | 'warn' | 'fail';

/** JSON-safe facts a check or finding observed (ports, codes, counts, names). */
export type Evidence = Record<string, unknown>;

/** What a check reports about one problem or notable fact: the cause id plus what it saw. */
export interface FindingInput {
  cause: CauseId;
  /** Defaults to the knowledge base's severity for the cause. */
  severity?: Severity;
  /** Plain text: what was observed here, in this run. No ANSI, no secrets. */
  detail: string;
  evidence?: Evidence;
}

/** One remediation step: prose for people, commands for copy and paste. */
export interface Fix {
  text: string;
  commands?: string[];
}

/** A finding resolved against the knowledge base, as it appears in the report. */
export interface Finding {
  cause: CauseId;
  severity: Severity;
  detail: string;
  evidence: Evidence;
  title: string;
  explanation: string;
  fixes: Fix[];
  reference: string;
}

/** One line of a protocol conversation, kept only with --verbose and always redacted. */
export interface TranscriptLine {
  /** `>` sent by maildoctor, `<` received, `*` a note (TLS upgrade, timeout). */
  dir: '>' | '<' | '*';
  text: string;
  /** Milliseconds since the check started. */
  at: number;
}

/** What a check hands back: data only; the runner derives the status. */
export interface CheckOutcome {
  summary: string;
  findings: FindingInput[];
  evidence?: Evidence;
  transcript?: TranscriptLine[];
  /** Secrets masked in `transcript` as its lines were recorded: counted in the result's `redacted: N` when it is shown. */
  transcriptMasks?: number;
  /** Set when the check decided it does not apply; the status becomes `skip`. */
  skipped?: string;
}

/** What the runner hands a check while it runs. */
export interface CheckContext {
  /** Aborted when the check's timeout passes or the run is cancelled. */
  signal: AbortSignal;
  /** The per-step network timeout (--timeout), for probes that need a number. */
  timeoutMs: number;
  verbose: boolean;
  /** Results of the checks this one `needs`, by key. */
  results: ReadonlyMap<string, CheckResult>;
  /** Values shared between checks of one run (an OAuth token for the XOAUTH2 checks, a DNS answer). */
  shared: SharedValues;
}

/** A unit of diagnosis: one check type applied to one target. */
export interface Check {
  /** Stable public id of the check type, e.g. `port`, `tls`, `smtp`. */
  id: string;
  title: string;
  /** What it looks at: `host:port`, a file, a mailbox. */
  target: string;
  /** Unique within a run; other checks name it in `needs`. Defaults to `id target`. */
  key?: string;
  /** Keys of checks that must pass (or warn) first; otherwise this one is skipped. */
  needs?: string[];
  /** Overall budget for the whole check; defaults to `steps` times the per-step --timeout. */
  timeoutMs?: number;
  /** Network exchanges the check makes one after another (default 1): its budget is this many --timeouts. */
  steps?: number;
  /** Milliseconds already spent on it before the run (a file read up front, so that bad input stops the command); counted in its duration. */
  preparedMs?: number;
  run(ctx: CheckContext): Promise<CheckOutcome>;
}

/** One check's entry in the report. */
export interface CheckResult {
  id: string;
  key: string;
  title: string;
  target: string;
  status: Status;
  durationMs: number;
  summary: string;
  findings: Finding[];
  evidence: Evidence;
  transcript?: TranscriptLine[];
  error?: { name: string; message: string; stack?: string };
}

/** Counts of results per status. */
export type Totals = Record<Status, number>;

/** The whole run, the single input of every renderer. */
export interface Report {
  schemaVersion: 1;
  tool: { name: 'maildoctor'; version: string };
  command: string;
  host: { hostname: string; platform: string; node: string };
  startedAt: string;
  durationMs: number;
  totals: Totals;
  /** The exit code under the run's --fail-on (0 or 1), or 130 / 143 when SIGINT / SIGTERM stopped the run (2 never reaches a report). */
  exitCode: 0 | 1 | 130 | 143;
  /** The signal that stopped the run before every check finished. */
  stoppedBy?: 'SIGINT' | 'SIGTERM';
  failOn: 'warn' | 'fail';
  results: CheckResult[];
  /** Cross-check conclusions, worst first (filled by `run`). */
  verdicts?: Finding[];
}
