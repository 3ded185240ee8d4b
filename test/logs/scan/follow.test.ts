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
    let opened = false;
    const done = followLogs({ files: [file], pollMs: 25, signal: controller.signal, emit: (e) => events.push(e), ready: () => (opened = true) });
    // Lines written once the file is open are followed (a fixed wait here would not be enough on a loaded machine).
    await until(() => opened, 20_000);
    appendFileSync(
      file,
      '2026-11-21 10:01:00,000 INFO x - routine line\n2026-11-21 10:01:01,000 ERROR x - SEND_FAILED Outgoing failed: Mail server connection failed\n',
    );
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

  it('reads JSON and syslog lines as the scan does: the message and its stack trace, never a frame', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-logs-follow-'));
    const file = join(dir, 'email.log');
    writeFileSync(file, '');
    const events: FollowEvent[] = [];
    const controller = new AbortController();
    const done = followLogs({ files: [file], pollMs: 25, signal: controller.signal, emit: (e) => events.push(e), fromStart: true });
    const json = JSON.stringify({
      '@timestamp': '2026-11-21T10:05:00.000Z',
      level: 'ERROR',
      thread_name: 'EmailFetchJob-1',
      logger_name: 'c.e.Reader',
      message: 'Could not read the mailbox',
      stack_trace: 'java.net.ConnectException: Connection refused\n\tat com.example.EmailFetch.connect(EmailFetch.java:12)\n',
    });
    appendFileSync(
      file,
      `${json}\nNov 21 10:06:00 host java[1]: ERROR [EmailSender-1] c.e.S - SEND_FAILED Outgoing failed: Mail server connection failed\nNov 21 10:06:00 host java[1]: #011at com.example.Timeout.timed(Out.java:1)\n`,
    );
    await until(() => events.length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await done;
    expect(events.map((e) => e.cause)).toEqual(['tcp.refused', 'audit.outgoing.connection-failed']);
    expect(events[0]?.line).toBe('java.net.ConnectException: Connection refused');
    expect(events[0]?.time).toMatch(/^2026-11-21 \d\d:05:00$/);
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
