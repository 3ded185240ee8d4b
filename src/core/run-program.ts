// Runs an external program (ping, traceroute, jstack, systemctl, ps) under a timeout and a signal, never throwing.

/** How the program ended; `missing` when it is not installed. */
export interface ProgramResult {
  missing: boolean;
  exitCode?: number;
  timedOut: boolean;
  signal?: string;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved, when asked for with `all`. */
  all: string;
  /** execa's one-line description of a failure (empty on success). */
  shortMessage: string;
}

/** Options of one run: the environment replaces the caller's unless `extendEnv` says otherwise. */
export interface ProgramOptions {
  timeoutMs: number;
  signal: AbortSignal;
  env?: NodeJS.ProcessEnv;
  extendEnv?: boolean;
  all?: boolean;
  maxBuffer?: number;
}

/** Runs `cmd args` with stdin closed; execa loads on first use so start-up does not pay for it. */
export async function runProgram(cmd: string, args: string[], o: ProgramOptions): Promise<ProgramResult> {
  const { execa } = await import('execa');
  const r = await execa(cmd, args, {
    reject: false,
    stdin: 'ignore',
    timeout: o.timeoutMs,
    cancelSignal: o.signal,
    ...(o.env ? { env: o.env, extendEnv: o.extendEnv ?? false } : {}),
    ...(o.all ? { all: true } : {}),
    ...(o.maxBuffer ? { maxBuffer: o.maxBuffer } : {}),
  });
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    missing: (r as { code?: string }).code === 'ENOENT',
    ...(r.exitCode !== undefined ? { exitCode: r.exitCode } : {}),
    timedOut: Boolean(r.timedOut),
    ...(r.signal ? { signal: r.signal } : {}),
    stdout: text(r.stdout),
    stderr: text(r.stderr),
    all: text((r as { all?: unknown }).all),
    shortMessage: r.shortMessage ?? '',
  };
}
