import { describe, expect, it } from 'vitest';
import { AUDIT_MESSAGES, normalizeAuditStatus } from '../../src/knowledge/audit-messages.js';
import { explainText } from '../../src/checks/explain.js';
import { matchText } from '../../src/knowledge/match.js';
import type { CauseId } from '../../src/knowledge/index.js';

describe('every Email Audit row of 000 is recognised with its documented status', () => {
  it('has all 25 rows of both tables', () => {
    expect(AUDIT_MESSAGES.filter((m) => m.direction === 'incoming')).toHaveLength(17);
    expect(AUDIT_MESSAGES.filter((m) => m.direction === 'outgoing')).toHaveLength(8);
  });

  for (const row of AUDIT_MESSAGES) {
    it(`${row.status}: ${row.example}`, () => {
      const matches = matchText(row.example).filter((m) => m.matcher.kind === 'audit');
      expect(matches).toHaveLength(1);
      expect(matches[0]?.cause).toBe(row.cause);
      expect(matches[0]?.evidence.status).toBe(row.status);
    });
  }
});

describe('real exports mangle text; matching tolerates it', () => {
  const cases: Array<[string, CauseId]> = [
    ['IGNORING THIS EMAIL - SYSTEM ACKNOWLEDGMENT MAIL', 'audit.incoming.ignored-system-acknowledgment'],
    ['Ignoring this Email -- Reference and In-Reply-To are same', 'audit.incoming.ignored-self-reference'],
    ['ignoring this email – from email user is archived / deleted', 'audit.incoming.ignored-sender-archived'],
    ['Ignoring this Email —  Ticket   Creation with CC/BCC is disabled', 'audit.incoming.ignored-cc-bcc-disabled'],
    ['Do not create Request - Email To Request is OFF', 'audit.incoming.email-to-request-off'],
    ['Outgoing ignored: Email is ignored As per domain filter in mail-gateway-01', 'audit.outgoing.ignored-by-filter'],
    ['Email Sent Successfully, “Request-List.csv” this attachment has been ignored', 'audit.outgoing.attachment-ignored'],
    ['2026-11-21 10:15:32,123 INFO [emailjob-2] Incoming mail received successfully from support@company.com', 'audit.incoming.received'],
  ];
  for (const [text, cause] of cases) {
    it(text, () => {
      expect(matchText(text).map((m) => m.cause)).toContain(cause);
    });
  }
});

describe('placeholders become captured evidence', () => {
  it('captures the request id without confusing Request and Service Request', () => {
    const incident = matchText('Request has been created With Id = INC-2');
    expect(incident.map((m) => m.cause)).toEqual(['audit.incoming.request-created']);
    expect(incident[0]?.captures.id).toBe('INC-2');
    const sr = matchText('Service Request has been created With Id = SR-5');
    expect(sr.map((m) => m.cause)).toEqual(['audit.incoming.service-request-created']);
    expect(sr[0]?.captures.id).toBe('SR-5');
  });

  it('captures count, request and id of attachments', () => {
    const [m] = matchText('2 attachments added to Email Server is not Working with Id: INC-4');
    expect(m?.captures).toMatchObject({ count: '2', request: 'Email Server is not Working', name: 'INC-4' });
  });

  it('captures filter type and server name, and the attachment file name without quotes', () => {
    const [f] = matchText('Outgoing ignored: Email is ignored as per domain filter in mail-gateway-01 ');
    expect(f?.captures).toMatchObject({ filterType: 'domain', serverName: 'mail-gateway-01' });
    const [a] = matchText('Email Sent Successfully, "Request-List.csv" this attachment has been ignored');
    expect(a?.captures.filename).toBe('Request-List.csv');
  });

  it('tells OAuth, credential and other SEND_FAILED details apart', () => {
    expect(matchText('Outgoing failed: No authentication method agreed upon between client and server').map((m) => m.cause)).toContain(
      'audit.outgoing.oauth-failed',
    );
    expect(matchText('Outgoing failed: "Invalid username or password"').map((m) => m.cause)).toContain('audit.outgoing.authentication-failed');
    const other = matchText('Outgoing failed: 452 4.3.1 Insufficient system storage');
    expect(other.map((m) => m.cause)).toContain('audit.outgoing.failed-other');
    expect(other.find((m) => m.cause === 'audit.outgoing.failed-other')?.captures.detail).toBe('452 4.3.1 Insufficient system storage');
  });

  it('prefers the specific documented failure over the generic one', () => {
    const causes = matchText('Outgoing failed: Mail server connection failed')
      .filter((m) => m.matcher.kind === 'audit')
      .map((m) => m.cause);
    expect(causes).toEqual(['audit.outgoing.connection-failed']);
  });
});

describe('unrelated text', () => {
  it('matches nothing and suggests the nearest entries', () => {
    const outcome = explainText('The quick brown fox jumps over the lazy dog');
    expect(outcome.findings.map((f) => f.cause)).toEqual(['explain.no-match']);
    const near = explainText('Ignoring this mail because the sender is archived');
    expect(near.findings[0]?.cause).toBe('explain.no-match');
    const nearest = near.findings[0]?.evidence?.nearest as Array<{ cause: string }>;
    expect(nearest.map((n) => n.cause)).toContain('audit.incoming.ignored-sender-archived');
  });
});

describe('status spellings from exports', () => {
  it('normalises underscores, spaces and case', () => {
    expect(normalizeAuditStatus('RECEIVED_IGNORED')).toBe('RECEIVED IGNORED');
    expect(normalizeAuditStatus('send failed')).toBe('SEND_FAILED');
    expect(normalizeAuditStatus('Attachment Processed Failed')).toBe('ATTACHMENT PROCESSED FAILED');
    expect(normalizeAuditStatus('DELIVERED')).toBeUndefined();
  });
});

describe("explain prefers the specific wording over the log scanner's broad family", () => {
  it('a Java PKIX error is explained as the TLS trust cause only', () => {
    const causes = explainText('javax.net.ssl.SSLHandshakeException: PKIX path building failed').findings.map((f) => f.cause);
    expect(causes).toContain('tls.java-pkix');
    expect(causes.some((c) => c.startsWith('log.'))).toBe(false);
  });
});
