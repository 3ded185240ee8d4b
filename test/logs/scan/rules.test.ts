// Every rule of the guide's greps is hit by the fixture, and the scanner agrees with the knowledge base line by line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report.js';
import { MATCHERS } from '../../../src/knowledge/index.js';
import { logMatchers } from '../../../src/knowledge/log-rules.js';
import { matchText, runMatcher } from '../../../src/knowledge/match.js';
import { findingOf, scanResult } from '../helpers.js';

const FIXTURE = 'fixtures/logs/tenant/apolo/logs';
const PREFIX = '2026-11-21 10:15:32,123 ERROR [EmailSender-1] c.m.s.email.Probe - ';

function rule(id: string) {
  const m = logMatchers().find((x) => x.id === id);
  if (!m) throw new Error(`no rule ${id}`);
  return m;
}

describe('log rules', () => {
  it('each rule matches its own example and rejects routine lines', () => {
    const routine = [
      'INFO  [EmailProcessor-1] c.m.s.email.EmailAuditService - Incoming mail received successfully',
      'INFO  [QuartzScheduler_Worker-4] c.m.s.scheduler.SlaJob - SLA escalation check completed in 120 ms',
      'DEBUG [EmailSender-1] Opening SMTP session to smtp.office365.com:587 (STARTTLS)',
    ];
    for (const m of logMatchers()) {
      expect(runMatcher(m as never, m.example), m.id).not.toBeNull();
      if (m.cause !== 'log.polling.fired' && m.cause !== 'log.config.changed') {
        for (const line of routine) expect(runMatcher(m as never, line), `${m.id} on ${line}`).toBeNull();
      }
    }
  });

  it("recognises the floor of the guide's greps (connection, auth, OAuth, ignored, send, TLS)", () => {
    const floor: Array<[string, string]> = [
      ['log.connection.wording', 'Connection failed to smtp.office365.com:587'],
      ['log.connection.wording', 'java.net.ConnectException: Connection refused (Connection refused)'],
      ['log.connection.timed-out', 'IMAP fetch timed out after 30000 ms'],
      ['log.auth.smtp-535', '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant'],
      ['log.auth.wording', 'Login rejected: Invalid credentials'],
      ['log.auth.imap', 'A1 NO AUTHENTICATE failed.'],
      ['log.oauth.token', 'Failed to refresh OAuth access token'],
      ['log.oauth.error-code', '{"error":"invalid_grant"}'],
      ['log.oauth.http-status', 'HTTP/1.1 401 Unauthorized'],
      ['log.oauth.http-status', 'Graph returned status 403'],
      ['log.oauth.unauthorized', 'request unauthorized'],
      ['log.oauth.aadsts', 'AADSTS7000215: Invalid client secret provided.'],
      ['log.status.received-ignored', 'status=RECEIVED_IGNORED'],
      ['log.status.send-failed', 'status=SEND_FAILED'],
      ['log.status.send-ignored', 'status=SEND_IGNORED'],
      ['log.tls.pkix', 'PKIX path building failed: unable to find valid certification path to requested target'],
      ['log.tls.handshake', 'javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure'],
      ['log.tls.expired', 'java.security.cert.CertificateExpiredException: NotAfter: Sun Nov 01 23:59:59 UTC 2026'],
      ['log.polling.job-fired', 'Email polling job started for support@company.com'],
      ['log.polling.fetch', 'Fetching new emails from support@company.com'],
      ['log.polling.email-poll', 'Email polling for helpdesk@company.com: 0 new messages'],
      ['log.polling.failed-run', 'Email polling job failed: mailbox locked'],
      ['log.config.change', 'Incoming email server support@company.com password changed by admin'],
    ];
    for (const [id, text] of floor) {
      const line = PREFIX + text;
      expect(runMatcher(rule(id) as never, line), `${id}: ${text}`).not.toBeNull();
    }
    const fetch = rule('log.polling.fetch');
    const failed = 'Email polling job failed: mailbox locked';
    const best = matchText(PREFIX + failed)[0];
    expect(best?.cause).toBe('log.polling.failed');
    expect(runMatcher(fetch as never, 'SLA job completed')).toBeNull();
  });

  it('classifies every matcher example as the message of a log line the way the knowledge base classifies the message', async () => {
    const usable = MATCHERS.filter((m) => m.kind === 'audit' || m.kind === 'error' || m.kind === 'log');
    const messages = usable.map((m) => m.example.replace(/\n/g, ' '));
    const lines = messages.map((text, i) => `2026-11-21 10:${String(i % 60).padStart(2, '0')}:00,000 INFO  [EmailProcessor-1] c.m.s.Probe - ${text}`);
    const dir = mkdtempSync(join(tmpdir(), 'md-logs-rules-'));
    writeFileSync(join(dir, 'email.log'), `${lines.join('\n')}\n`);
    const result = await scanResult({ paths: [dir], samples: 0, until: '2026-11-21 11:00:00' });
    const expected = new Map<string, number>();
    const unmatched: string[] = [];
    messages.forEach((text, i) => {
      const top = matchText(text)[0];
      if (!top) unmatched.push(usable[i]?.id ?? '');
      else expected.set(top.cause, (expected.get(top.cause) ?? 0) + 1);
    });
    const got = new Map<string, number>();
    for (const f of result.findings) {
      const count = (f.evidence as { count?: number }).count;
      if (typeof count === 'number' && f.cause !== 'log.polling.fired') got.set(f.cause, count);
    }
    const polling = findingOf(result, 'log.polling.fired') ?? findingOf(result, 'log.polling.stopped');
    if (polling) got.set('log.polling.fired', (polling.evidence as { fetches: number }).fetches);
    // Every example is classified when it is a line's message, even a whole-text wording anchored with ^.
    expect(unmatched).toEqual([]);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
    const audit = usable.filter((x) => x.kind === 'audit');
    expect(audit.length).toBeGreaterThanOrEqual(25);
    for (const m of audit) expect(unmatched, m.id).not.toContain(m.id);
  });

  it('reports each cause of the tenant fixture with count, times, mailboxes, servers, redacted samples and the fix', async () => {
    const result = await scanResult({ paths: [FIXTURE], until: '2026-11-21 10:40:00' });
    expect(result.status).toBe('fail');
    const causes = result.findings.map((f) => f.cause);
    const kinds = new Set(causes.map((c) => c.split('.')[0]));
    for (const family of ['log', 'audit']) expect(kinds.has(family)).toBe(true);
    const failing = result.findings.filter((f) => f.severity !== 'info');
    expect(failing.length).toBeGreaterThanOrEqual(8);
    const conn = result.findings.find((f) => f.cause === 'log.connection.failed');
    expect(conn).toBeDefined();
    const ev = conn?.evidence as {
      count: number;
      first: string;
      last: string;
      mailboxes: Record<string, number>;
      servers: Record<string, number>;
      samples: Array<{ text: string }>;
    };
    expect(ev.count).toBeGreaterThanOrEqual(2);
    expect(Date.parse(ev.first)).toBeLessThanOrEqual(Date.parse(ev.last));
    expect(Object.keys(ev.mailboxes)).toContain('support@company.com');
    expect(Object.keys(ev.servers).some((s) => s.includes('office365.com'))).toBe(true);
    expect(conn?.fixes.length).toBeGreaterThan(0);
    expect(conn?.detail).toMatch(/first 2026-11-21 10:0\d/);
    // Samples are redacted with the whole report, which says how many secrets it masked.
    const report = buildReport({ command: 'logs', startedAt: new Date(), results: [result], failOn: 'fail' });
    expect(report.results[0]?.evidence.redacted).toBeGreaterThanOrEqual(2);
    const json = JSON.stringify(report);
    expect(json).not.toContain('Hunter2Secret');
    expect(json).not.toContain('eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0');
    expect(json).toContain('AADSTS');
    // The PKIX exception sits on a line of its own under the dated line; it takes that line's time, and its stack frame is not an event.
    const pkix = result.findings.find((f) => /pkix/.test(f.cause));
    expect((pkix?.evidence as { count: number }).count).toBe(1);
    expect((pkix?.evidence as { first: string }).first).toBe(new Date(2026, 10, 21, 10, 25).toISOString());
    const tlsLines = result.findings.filter((f) => f.cause.includes('tls.')).reduce((n, f) => n + (f.evidence as { count: number }).count, 0);
    expect(tlsLines).toBe(3);
    expect(causes).toContain('log.config.changed');
    expect(causes).toContain('log.polling.failed');
  });
});
