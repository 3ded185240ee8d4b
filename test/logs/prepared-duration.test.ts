// Checks that read their input while the command is built (eml, threaddump) say how long that took, and the runner
// counts it in their duration, as audit's check does: a report must not say a check took 0 ms after a long read.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/core/runner.js';
import type { Check } from '../../src/core/types.js';
import { emlChecks } from '../../src/logs/eml/check.js';
import { threadDumpChecks } from '../../src/logs/threaddump/check.js';

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

/** Every check built from a file carries a whole, non-negative preparation time, and its duration is at least that. */
async function expectPreparedCounted(checks: Check[], fromFile: (c: Check) => boolean): Promise<void> {
  const built = checks.filter(fromFile);
  expect(built.length).toBeGreaterThan(0);
  for (const c of built) {
    expect(Number.isInteger(c.preparedMs)).toBe(true);
    expect(c.preparedMs).toBeGreaterThanOrEqual(0);
  }
  const results = await runChecks(checks);
  checks.forEach((c, i) => expect(results[i]!.durationMs).toBeGreaterThanOrEqual(c.preparedMs ?? 0));
}

describe('time spent reading input before the run', () => {
  it('eml: each email, with the --audit export every verdict needed', async () => {
    const checks = await emlChecks([fixture('eml/folder')], { audit: fixture('audit/with-message-id.csv') });
    expect(checks.length).toBeGreaterThan(1);
    await expectPreparedCounted(checks, () => true);
  });

  it('threaddump: every dump of a file, not the series that compares them', async () => {
    const checks = await threadDumpChecks([fixture('threaddump/email-blocked.console.log')]);
    expect(checks.map((c) => c.id)).toContain('threaddump-series');
    expect(checks.find((c) => c.id === 'threaddump-series')!.preparedMs).toBeUndefined();
    await expectPreparedCounted(checks, (c) => c.id === 'threaddump');
  });
});
