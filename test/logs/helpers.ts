// Runs the logs check through the real runner, without the CLI (so the tests do not depend on other commands).
import { runChecks } from '../../src/core/runner.js';
import type { CheckResult } from '../../src/core/types.js';
import { logsCheck, logsSettings, type LogsInput } from '../../src/logs/check.js';

/** Scans with the given input and returns the check result. */
export async function scanResult(input: Partial<LogsInput> & { paths: string[] }, cwd = process.cwd(), root?: string): Promise<CheckResult> {
  const settings = logsSettings({ workers: 0, ...input }, cwd, root);
  const [result] = await runChecks([logsCheck(settings)]);
  if (!result) throw new Error('no result');
  return result;
}

/** The finding of a cause, or undefined. */
export function findingOf(result: CheckResult, cause: string) {
  return result.findings.find((f) => f.cause === cause);
}

/** A deterministic generator of numbers in [0, 1), so that a failure on random text can be replayed. */
export function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}
