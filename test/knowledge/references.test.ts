// Every reference a technician reads names a source by its title, and a guide section that exists at that place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mailPreset, presetNames } from '../../src/checks/mail/presets.js';
import { CAUSES } from '../../src/knowledge/index.js';

/** The section tree of each guide (headings as the documents word them); a path may start at any section. */
const GUIDES: Record<string, Record<string, string[]>> = {
  'ServiceOps — Email Server Troubleshooting': {
    '': ['How Email Works in ServiceOps', 'Email Audit Reference', 'Configuration Best Practices', 'Advanced Email Diagnostics'],
    'How Email Works in ServiceOps': ['End-to-End Email Journey', 'Incoming and Outgoing Server Linking'],
    'Email Audit Reference': ['Incoming Email Audit Messages', 'Outgoing Email Audit Messages'],
    'Configuration Best Practices': ['Incoming Email Server', 'Outgoing Email Server'],
    'Advanced Email Diagnostics': [
      'Network and Connectivity Checks',
      'ServiceOps Log Analysis',
      'Email Job Scheduler Check (Quartz)',
      'Thread Dump Collection and Analysis',
    ],
    'Network and Connectivity Checks': [
      'Check internet connectivity',
      'Check DNS resolution',
      'Check URL reachability',
      'Check port connectivity',
      'Check routing and latency',
      'Check SSL/TLS certificate',
    ],
    'ServiceOps Log Analysis': ['Reading email.log', 'Reading error.log', 'Reading service.log'],
    'Thread Dump Collection and Analysis': [
      'Method 1: ServiceOps built-in script (recommended)',
      'Method 2: Manual JVM commands (if the script is unavailable)',
      'Searching a thread dump for email issues',
    ],
  },
  'Agiloft — Email Troubleshooting': {
    '': [
      'Examining Email Headers',
      'Testing the Outbound Connection',
      'Outbound Connection Failure Handling',
      'Testing an Inbound Connection',
      'Inbound Email Processing',
      'Replacing an Expired Client Secret',
      'Resetting the OAuth Token',
      'Troubleshooting Symptoms and Errors',
    ],
    'Troubleshooting Symptoms and Errors': [
      "Some Emails won't Send",
      'No Emails are Received',
      'Unexpected or Duplicate Emails are Received',
      'Access is denied',
      'Problem with oauth: User or admin has not consented',
      'Problem with oauth: Token expired or revoked - User might have changed password',
      'Problem with oauth: Invalid request - Request is malformed or invalid',
    ],
  },
  'maildoctor README': {
    '': readFileSync('README.md', 'utf8')
      .split('\n')
      .filter((l) => /^#{2,3} /.test(l))
      .map((l) => l.replace(/^#+ /, '')),
  },
};

/** Vendor pages cited by their own titles. */
const VENDOR_PAGES = new Set([
  'Microsoft identity platform error codes',
  'Microsoft Learn: Fix issues with SMTP AUTH client submission',
  'Microsoft Learn: Authenticate an IMAP, POP or SMTP connection using OAuth',
  'Microsoft Learn: SmtpResponse.SendAsDenied Field',
  'Microsoft Learn: POP, IMAP, and SMTP settings for Outlook.com',
  'Google Identity: Using OAuth 2.0 to Access Google APIs',
  'Google Workspace Admin Help: Sign in with app passwords',
  'Google Workspace Admin Help: IMAP, POP and SMTP settings',
  'PostgreSQL 15 documentation: client authentication, error codes',
  'Quartz Scheduler 2.x documentation: JDBC JobStore, clustering and trigger states',
  'Oracle keytool documentation',
  'IANA SMTP Enhanced Status Codes registry',
  'Google Workspace Admin Help: Gmail SMTP errors and codes',
  'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
  'Microsoft Learn: Microsoft Entra authentication and authorization error codes',
  'Microsoft Learn: Microsoft Graph error responses and resource types',
  'Microsoft Graph throttling guidance',
  'OpenID Connect Core 1.0 section 3.1.2.6',
  'OpenSSL 3.0 SSL reason strings',
  'libuv error constants (uv_strerror), as Node.js reports them',
  'Jakarta Mail API: jakarta.mail.NoSuchProviderException',
  'Jakarta Mail API: jakarta.mail.internet.AddressException',
]);

const RFC = /^RFC \d{3,4}(?: section \d+(?:\.\d+)*)?$/;

/** A trailing "(...)" note after a title or section, e.g. "(size limits)". */
function withoutNote(text: string): string {
  return text.replace(/\s*\([^()]*\)$/, '');
}

/** Why one part of a reference is not a known source, or undefined when it is. */
function problem(part: string): string | undefined {
  if (RFC.test(withoutNote(part)) || VENDOR_PAGES.has(withoutNote(part))) return undefined;
  const [title, ...path] = part.split(' › ');
  const tree = GUIDES[title!];
  if (!tree) return `unknown source "${title}"`;
  let parent: string | undefined;
  for (const [i, raw] of path.entries()) {
    const last = i === path.length - 1;
    const children = parent === undefined ? Object.values(tree).flat() : (tree[parent] ?? []);
    const section = children.includes(raw) ? raw : last && children.includes(withoutNote(raw)) ? withoutNote(raw) : undefined;
    if (!section) return `"${raw}" is not a section${parent ? ` under "${parent}"` : ''} of ${title}`;
    parent = section;
  }
  return undefined;
}

describe('references', () => {
  it('every cause cites its sources by title, and guide sections that exist where it says', () => {
    const bad = Object.entries(CAUSES).flatMap(([id, c]) => c.reference.split('; ').flatMap((part) => (problem(part) ? [`${id}: ${problem(part)}`] : [])));
    expect(bad).toEqual([]);
  });

  it('presets cite theirs the same way', () => {
    const bad = presetNames().flatMap((name) =>
      mailPreset(name)!
        .reference.split('; ')
        .flatMap((part) => (problem(part) ? [`${name}: ${problem(part)}`] : [])),
    );
    expect(bad).toEqual([]);
  });

  it('no text a technician reads names the guides by file number or calls them "the seed"', () => {
    const texts = Object.values(CAUSES).flatMap((c) => [c.title, c.explanation, c.reference, ...c.fixes.map((f) => f.text)]);
    expect(texts.filter((t) => /\bseeds?\b|\b00[03]\b/i.test(t))).toEqual([]);
  });

  it('the checker itself rejects the shapes that slipped through before', () => {
    expect(problem('000 › Email Audit Reference')).toMatch(/unknown source/);
    expect(problem('ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Check SSL/TLS certificate')).toMatch(
      /not a section under "Advanced Email Diagnostics"/,
    );
    expect(problem('ServiceOps — Email Server Troubleshooting › Log Analysis (email.log authentication errors)')).toMatch(/not a section/);
    expect(problem('Client does not have permissions to send as this sender')).toMatch(/unknown source/);
    expect(problem("Agiloft — Email Troubleshooting › Some Emails won't Send (size limits)")).toBeUndefined();
  });
});
