import { describe, expect, it } from 'vitest';
import type { MailConfig } from '../../src/config/mail-config.js';
import { isBroadFilter, reviewLinking, reviewPractices } from '../../src/run/practices.js';

const good: MailConfig = {
  incoming: [
    {
      name: 'support',
      protocol: 'imap',
      host: 'imap.example.com',
      user: 'support@company.com',
      address: 'support@company.com',
      auth: 'oauth',
      oauth: 'app',
      primary: true,
      outgoing: 'notify',
      technicianGroup: 'SD',
      category: 'Email',
    },
  ],
  outgoing: [
    {
      name: 'notify',
      host: 'smtp.example.com',
      port: 587,
      security: 'starttls',
      user: 'support@company.com',
      auth: 'oauth',
      oauth: 'app',
      replyTo: 'support@company.com',
      primary: true,
    },
  ],
  oauth: [{ name: 'app', provider: 'microsoft' }],
};

const causes = (findings: Array<{ cause: string }>) => findings.map((f) => f.cause);

describe('best-practice review (ServiceOps — Email Server Troubleshooting › Configuration Best Practices)', () => {
  it('a config that follows the guide gets no findings', () => {
    expect(reviewPractices(good)).toEqual([]);
    expect(causes(reviewLinking(good))).toEqual([]);
  });

  it('flags POP3, Basic Auth to Microsoft 365, a non-587 SMTP port and plain text', () => {
    const cfg: MailConfig = {
      ...good,
      incoming: [{ ...good.incoming[0]!, protocol: 'pop3', host: 'outlook.office365.com', auth: 'password', passwordEnv: 'P' }],
      outgoing: [{ ...good.outgoing[0]!, port: 25, security: 'none' }],
    };
    const found = causes(reviewPractices(cfg));
    expect(found).toContain('practice.pop3-instead-of-imap');
    expect(found).toContain('practice.basic-auth-microsoft');
    expect(found).toContain('practice.smtp-not-587-starttls');
    expect(found).toContain('practice.no-tls');
  });

  it('flags a missing or wrong Reply-To, a personal mailbox and missing defaults', () => {
    const cfg: MailConfig = {
      ...good,
      incoming: [{ ...good.incoming[0]!, address: 'john.smith@company.com', user: 'john.smith@company.com', technicianGroup: undefined }],
      outgoing: [
        { ...good.outgoing[0]!, replyTo: 'noreply@company.com' },
        { name: 'second', host: 'smtp.example.com' },
      ],
    };
    const found = causes(reviewPractices(cfg));
    expect(found).toContain('practice.reply-to-not-incoming');
    expect(found).toContain('practice.reply-to-missing');
    expect(found).toContain('practice.personal-mailbox');
    expect(found).toContain('practice.defaults-missing');
  });

  it('flags no primary incoming server', () => {
    const cfg: MailConfig = { ...good, incoming: [{ ...good.incoming[0]!, primary: false }] };
    expect(causes(reviewPractices(cfg))).toContain('practice.no-primary-incoming');
  });

  it('recognises broad ignore filters', () => {
    const own = new Set(['company.com']);
    expect(isBroadFilter('*', own)).toBe(true);
    expect(isBroadFilter('*@gmail.com', own)).toBe(true);
    expect(isBroadFilter('@company.com', own)).toBe(true);
    expect(isBroadFilter('spammer@badsite.example', own)).toBe(false);
    const cfg: MailConfig = { ...good, incoming: [{ ...good.incoming[0]!, ignoreFilters: ['*@gmail.com', 'noreply@vendor.example'] }] };
    const broad = reviewPractices(cfg).filter((f) => f.cause === 'practice.broad-ignore-filter');
    expect(broad.map((f) => f.evidence?.rule)).toEqual(['*@gmail.com']);
  });
});

describe('server linking (ServiceOps — Email Server Troubleshooting › Incoming and Outgoing Server Linking)', () => {
  it('an unlinked mailbox uses the default primary, and says which', () => {
    const cfg: MailConfig = { ...good, incoming: [{ ...good.incoming[0]!, outgoing: undefined }] };
    const [f] = reviewLinking(cfg);
    expect(f?.cause).toBe('linking.default-primary-outgoing');
    expect(f?.detail).toContain('"notify"');
  });

  it('no primary outgoing for an unlinked mailbox is a failure', () => {
    const cfg: MailConfig = { ...good, incoming: [{ ...good.incoming[0]!, outgoing: undefined }], outgoing: [{ ...good.outgoing[0]!, primary: false }] };
    expect(causes(reviewLinking(cfg))).toEqual(['linking.no-primary-outgoing']);
  });

  it('a disabled linked outgoing server means SEND_FAILED for that mailbox', () => {
    const cfg: MailConfig = { ...good, outgoing: [{ ...good.outgoing[0]!, enabled: false }] };
    expect(causes(reviewLinking(cfg))).toEqual(['linking.outgoing-disabled']);
  });

  it('several mailboxes without their own outgoing server are flagged', () => {
    const cfg: MailConfig = {
      ...good,
      incoming: [
        { ...good.incoming[0]!, outgoing: undefined },
        { ...good.incoming[0]!, name: 'hr', outgoing: undefined },
      ],
    };
    expect(causes(reviewLinking(cfg))).toContain('linking.unlinked-with-several-mailboxes');
  });
});
