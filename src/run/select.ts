// `run --only/--skip`: picks checks by id or key; a picked check brings the prerequisites it needs along.
import { UsageError } from '../core/errors.js';
import { checkKey } from '../core/runner.js';
import type { Check } from '../core/types.js';

function splitIds(value: string | undefined): string[] {
  return value === undefined
    ? []
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

/**
 * A name in --only or --skip that is neither a check id maildoctor knows (`kindIds`, or one in this run) nor a key of
 * this run is a typo: a UsageError naming the ids that would work.
 */
function refuseUnknown(flag: string, wanted: string[], checks: Check[], kindIds: readonly string[]): void {
  const ids = new Set([...kindIds, ...checks.map((c) => c.id)]);
  const keys = new Set(checks.map(checkKey));
  const unknown = wanted.filter((n) => !ids.has(n) && !keys.has(n));
  if (unknown.length === 0) return;
  const here = [...new Set(checks.map((c) => c.id))].sort();
  const others = [...ids].filter((id) => !here.includes(id)).sort();
  throw new UsageError(
    `${flag}: no check is called ${unknown.map((n) => `"${n}"`).join(', ')}; this run has ${here.join(', ')}${others.length ? ` (other ids: ${others.join(', ')})` : ''}, or give a key such as "${checkKey(checks[0]!)}"`,
  );
}

/** The checks left after --only and --skip (comma-separated ids or keys), with what they need; an unknown name, none left or two sharing a key is a UsageError. */
export function pickChecks(checks: Check[], onlyText: string | undefined, skipText: string | undefined, kindIds: readonly string[] = []): Check[] {
  const only = splitIds(onlyText);
  const skip = splitIds(skipText);
  if (checks.length > 0) {
    refuseUnknown('--only', only, checks, kindIds);
    refuseUnknown('--skip', skip, checks, kindIds);
  }
  const names = (c: Check) => [c.id, checkKey(c)];
  const picked = new Set(checks.filter((c) => (only.length === 0 || names(c).some((n) => only.includes(n))) && !names(c).some((n) => skip.includes(n))));
  const byKey = new Map(checks.map((c) => [checkKey(c), c]));
  const queue = [...picked];
  while (queue.length > 0) {
    for (const need of queue.pop()?.needs ?? []) {
      const dep = byKey.get(need);
      if (dep && !picked.has(dep)) {
        picked.add(dep);
        queue.push(dep);
      }
    }
  }
  const result = checks.filter((c) => picked.has(c));
  if (result.length === 0) throw new UsageError('no checks left to run after --only/--skip');
  const keys = result.map(checkKey);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw new UsageError(`two checks would both be "${twice}": give them different names or targets`);
  return result;
}
