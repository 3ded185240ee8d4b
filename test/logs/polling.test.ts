// Polling is judged per tenant, and --address (which filters the cause tallies) does not change that judgement.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingOf, scanResult } from './helpers.js';

const FIXTURE = 'fixtures/logs/tenant/apolo/logs';
const UNTIL = '2026-11-21 11:30:00';

/** A ServiceOps root with the fixture tenant (last fetch 09:58) and a second tenant that polled until 11:20. */
function twoTenants(): string {
  const root = mkdtempSync(join(tmpdir(), 'md-polling-'));
  cpSync(FIXTURE, join(root, 'apolo', 'logs'), { recursive: true });
  mkdirSync(join(root, 'beta', 'logs'), { recursive: true });
  const lines = ['11:00', '11:10', '11:20'].map(
    (t) => `2026-11-21 ${t}:00,000 INFO  [QuartzScheduler_Worker-1] c.m.s.scheduler.EmailPollingJob - Email polling job started for helpdesk@beta.example`,
  );
  writeFileSync(join(root, 'beta', 'logs', 'service.log'), `${lines.join('\n')}\n`);
  return root;
}

describe('polling per tenant', () => {
  it('a tenant that stopped polling is not hidden by another that still polls', async () => {
    const r = await scanResult({ paths: [], until: UNTIL, staleAfter: '30m' }, process.cwd(), twoTenants());
    const stopped = r.findings.filter((f) => f.cause === 'log.polling.stopped');
    expect(stopped.map((f) => f.evidence.tenant)).toEqual(['apolo']);
    expect(stopped[0]?.detail).toMatch(/^tenant apolo: no email fetch for 92 min \(last 2026-11-21 09:58:00/);
    const fired = r.findings.filter((f) => f.cause === 'log.polling.fired').map((f) => f.detail);
    expect(fired).toContainEqual(expect.stringMatching(/^tenant beta: last email fetch 2026-11-21 11:20:00 \(3 fetches logged/));
    expect(r.status).toBe('fail');
  });

  it('one tenant alone is judged without naming it', async () => {
    const r = await scanResult({ paths: [FIXTURE], until: UNTIL, staleAfter: '30m' });
    expect(findingOf(r, 'log.polling.stopped')?.detail).toMatch(/^no email fetch for 92 min/);
  });
});

describe('--address and polling', () => {
  it('an address that never fetched does not turn polling into "no polling activity"', async () => {
    for (const staleAfter of ['1h', '30m']) {
      const plain = await scanResult({ paths: [FIXTURE], until: '2026-11-21 10:40:00', staleAfter });
      const narrowed = await scanResult({ paths: [FIXTURE], until: '2026-11-21 10:40:00', staleAfter, address: 'alice@example.org' });
      const polling = (r: typeof plain) =>
        r.findings.filter((f) => f.cause.startsWith('log.polling.') && f.cause !== 'log.polling.failed').map((f) => [f.cause, f.evidence.lastFetch]);
      expect(polling(narrowed)).toEqual(polling(plain));
      expect(findingOf(narrowed, 'log.polling.not-seen')).toBeUndefined();
    }
  });

  it('the cause tallies still follow the address', async () => {
    const narrowed = await scanResult({ paths: [FIXTURE], until: '2026-11-21 10:40:00', address: 'helpdesk@company.com' });
    const plain = await scanResult({ paths: [FIXTURE], until: '2026-11-21 10:40:00' });
    const count = (r: typeof plain, cause: string) => (findingOf(r, cause)?.evidence as { count?: number } | undefined)?.count ?? 0;
    expect(count(narrowed, 'log.connection.failed')).toBeLessThan(count(plain, 'log.connection.failed'));
    expect(findingOf(narrowed, 'log.address.lines')).toBeDefined();
  });
});
