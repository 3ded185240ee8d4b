// `run --only/--skip`: picks checks by id or key; a picked check brings the prerequisites it needs along.
import { UsageError } from '../core/errors.js';
import { checkKey } from '../core/runner.js';
import type { Check } from '../core/types.js';

function splitIds(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** The checks left after --only and --skip (comma-separated ids or keys), with what they need; none left or two sharing a key is a UsageError. */
export function pickChecks(checks: Check[], onlyText: string | undefined, skipText: string | undefined): Check[] {
  const only = splitIds(onlyText);
  const skip = splitIds(skipText);
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
