// Errors that end a command with exit code 2 and one clear line, as opposed to findings.

/** Bad command-line usage or configuration: the user can fix the invocation. */
export class UsageError extends Error {
  override name = 'UsageError';
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
