// Inside `run`, a check whose secrets are not set becomes a finding of that check, so every other check still runs.
import { SecretMissingError } from '../core/errors.js';
import type { Check } from '../core/types.js';

const standIns = new WeakSet<Check>();

/** True for a stand-in: it needs no network, so no prerequisite should be able to hide what it reports. */
export function isSecretMissingCheck(check: Check): boolean {
  return standIns.has(check);
}

/** The check standing in for one that could not be built: it reports every variable that was missing. */
export function secretMissingCheck(id: string, target: string, err: SecretMissingError, key?: string): Check {
  const check: Check = {
    id,
    title: `${id} (not run: a secret is missing)`,
    target,
    ...(key ? { key } : {}),
    async run() {
      const them = err.missing.length === 1 ? 'it' : 'them';
      return {
        summary: `not run: ${err.message}`,
        findings: [{ cause: 'config.secret-missing', detail: `${err.message}; set ${them} where maildoctor runs`, evidence: { variables: err.missing } }],
      };
    },
  };
  standIns.add(check);
  return check;
}

/** Builds checks, or on missing secrets the stand-in check; any other error passes through. */
export async function orSecretMissing(build: () => Promise<Check[]>, id: string, target: string, key?: string): Promise<Check[]> {
  try {
    return await build();
  } catch (err) {
    if (err instanceof SecretMissingError) return [secretMissingCheck(id, target, err, key)];
    throw err;
  }
}
