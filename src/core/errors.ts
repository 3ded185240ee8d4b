// Errors that end a command with exit code 2 and one clear line, as opposed to findings.

/** Bad command-line usage or configuration: the user can fix the invocation. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One environment variable a secret should come from, and what it was for. */
export interface MissingVariable {
  variable: string;
  label: string;
  /** Set but empty, rather than not set at all. */
  empty: boolean;
}

/** Secrets whose environment variables are not set: a usage error alone, a finding of its check inside `run`. */
export class SecretMissingError extends UsageError {
  override name = 'SecretMissingError';
  readonly missing: readonly MissingVariable[];

  constructor(missing: readonly MissingVariable[]) {
    const each = missing.map((m) => `${m.variable} (for the ${m.label})`);
    const empty = missing.every((m) => m.empty);
    const verb = missing.length === 1 ? (empty ? 'is empty' : 'is not set') : empty ? 'are empty' : 'are not set or empty';
    super(`environment variable${missing.length === 1 ? '' : 's'} ${each.join(', ')} ${verb}`);
    this.missing = missing;
  }
}

/** An input that cannot be read or understood (missing file, binary data, malformed export). */
export class InputError extends Error {
  override name = 'InputError';
}

/** A step that ran out of time; the runner turns it into `status: error`. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
