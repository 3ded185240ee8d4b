// Follow mode against a file that is appended to and rotated while it is followed.
import { appendFileSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followLogs, type FollowEvent } from '../../../src/logs/scan/follow.js';

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('logs --follow', () => {
  it('prints classified lines appended after start, follows a rotation, and stops on abort', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-logs-follow-'));
    const file = join(dir, 'email.log');
    writeFileSync(file, '2026-11-21 10:00:00,000 ERROR x - Connection refused (old line, before follow)\n');
    const events: FollowEvent[] = [];
    const controller = new AbortController();
    const done = followLogs({ files: [file], pollMs: 25, signal: controller.signal, emit: (e) => events.push(e) });
    await new Promise((r) => setTimeout(r, 100));
    appendFileSync(file, '2026-11-21 10:01:00,000 INFO x - routine line\n2026-11-21 10:01:01,000 ERROR x - SEND_FAILED Outgoing failed: Mail server connection failed\n');
    await until(() => events.length >= 1);
    appendFileSync(file, '2026-11-21 10:01:02,000 ERROR x - Token refresh failed: password=Sup3rS3cret');
    await new Promise((r) => setTimeout(r, 100));
    expect(events).toHaveLength(1);
    appendFileSync(file, '\n');
    await until(() => events.length >= 2);
    renameSync(file, join(dir, 'email.log.1'));
    appendFileSync(join(dir, 'email.log.1'), '2026-11-21 10:02:00,000 ERROR x - A1 NO AUTHENTICATE failed.\n');
    writeFileSync(file, '2026-11-21 10:03:00,000 ERROR x - javax.net.ssl.SSLHandshakeException: PKIX path building failed\n');
    await until(() => events.length >= 4);
    controller.abort();
    await done;
    expect(events[0]).toMatchObject({ cause: 'audit.outgoing.connection-failed', severity: 'fail', time: '2026-11-21 10:01:01' });
    expect(events[1]?.line).not.toContain('Sup3rS3cret');
    expect(events.map((e) => e.line).join('\n')).not.toContain('old line');
    expect(events[2]?.line).toContain('AUTHENTICATE failed');
    expect(events[3]?.line).toContain('PKIX');
    expect(events[3]?.cause).toMatch(/pkix/);
  });

  it('returns at once when the signal is already aborted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-logs-follow-'));
    const controller = new AbortController();
    controller.abort();
    const events: FollowEvent[] = [];
    await followLogs({ files: [join(dir, 'email.log')], signal: controller.signal, emit: (e) => events.push(e) });
    expect(events).toEqual([]);
  });
});
