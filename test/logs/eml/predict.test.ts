import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/runner.js';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { emlChecks, type EmlOptionValues } from '../../../src/logs/eml/check.js';

const F = (name: string) => join(import.meta.dirname, '../../../fixtures/eml', name);

async function run(name: string, options: EmlOptionValues = {}) {
  const results = await runChecks(await emlChecks([F(name)], options));
  return results;
}
async function one(name: string, options: EmlOptionValues = {}) {
  const [r] = await run(name, options);
  return { ...r!, causes: r!.findings.map((f) => f.cause) };
}

describe('eml predictions', () => {
  it.each([
    ['auto-reply.eml', 'Auto-Submitted: auto-replied'],
    ['x-autoreply.eml', 'x-autoreply: yes'],
    ['ack-subject.eml', 'Subject: Your request has been received'],
  ])('%s is ignored as an automatic message', async (name, signal) => {
    const r = await one(name);
    expect(r.evidence.handling).toBe('ignored');
    expect(r.causes).toContain('eml.predict.ignored-auto-reply');
    expect(r.causes).not.toContain('eml.predict.new-record');
    expect(r.findings[0]!.evidence.signals).toContain(signal);
  });

  it('References equal to In-Reply-To is the documented ignore rule, reported as a warning, not a pass', async () => {
    const r = await one('self-reference.eml');
    expect(r.evidence.handling).toBe('ignored');
    expect(r.status).toBe('warn');
    expect(r.findings[0]).toMatchObject({
      cause: 'eml.predict.ignored-self-reference',
      severity: 'warn',
      evidence: { inReplyTo: 'loop1@example.com', auditMessage: 'Ignoring this Email — Reference and In-ReplyTo are same' },
    });
  });

  it("a mail client's first reply to a message without References meets the same rule, and the text says real replies may be dropped", async () => {
    const r = await one('first-reply.eml');
    expect(r.evidence.handling).toBe('ignored');
    const f = r.findings.find((x) => x.cause === 'eml.predict.ignored-self-reference')!;
    expect(f.detail).toMatch(/a mail client writes the same when it replies to a message that had no References/);
    expect(f.explanation).toMatch(/a real first reply may be dropped this way too/);
    expect(f.reference).toBe('ServiceOps — Email Server Troubleshooting › Email Audit Reference › Incoming Email Audit Messages; RFC 5322 section 3.6.4');
  });

  it('a reply carrying a request id updates it even when the mailbox is only in Cc', async () => {
    const r = await one('cc-reply-request-id.eml', { mailbox: ['support@company.com'] });
    expect(r.evidence).toMatchObject({ handling: 'update', addressing: 'cc' });
    expect(r.causes).not.toContain('eml.predict.cc-bcc-only');
    const f = r.findings.find((x) => x.cause === 'eml.predict.update-existing')!;
    expect(f.detail).toBe('request id INC-42 in the subject; the mailbox is only in Cc, which does not stop an update');
    expect(f.explanation).toMatch(/With a record id the sender's permissions are not checked/);
    expect(r.status).toBe('pass');
  });

  it('a normal reply (References longer than In-Reply-To) with INC- in the subject updates that request', async () => {
    const r = await one('request-id.eml');
    expect(r.evidence.handling).toBe('update');
    expect(r.summary).toBe('will update INC-42');
    expect(r.causes).not.toContain('eml.predict.ignored-self-reference');
  });

  it('prefixes are configurable', async () => {
    const r = await one('other-prefix.eml');
    expect(r.causes).toEqual(expect.arrayContaining(['eml.predict.new-record', 'eml.predict.other-prefix']));
    expect(r.status).toBe('warn');
    const custom = await one('other-prefix.eml', { prefix: 'INC,CHG' });
    expect(custom.summary).toBe('will update CHG-9');
  });

  it('an encrypted record id in a header or the subject (Agiloft) means an update', async () => {
    expect((await one('encrypted-header.eml')).findings[0]!.evidence.encryptedId).toMatchObject({ where: 'header x-agiloft-record-id' });
    expect((await one('encrypted-subject.eml')).findings[0]!.evidence.encryptedId).toMatchObject({ where: 'subject', value: '[EW:a8F3kQ9zLm2P0xYt7Qa]' });
  });

  it('CC-only and BCC-only addressing need ticket creation with CC/BCC', async () => {
    const cc = await one('cc-only.eml');
    expect(cc.findings[0]).toMatchObject({ cause: 'eml.predict.cc-bcc-only', evidence: { addressing: 'cc', mailbox: ['support@company.com'] } });
    const bcc = await one('bcc-only.eml');
    expect(bcc.findings[0]).toMatchObject({ cause: 'eml.predict.cc-bcc-only', evidence: { addressing: 'bcc' } });
    const direct = await one('cc-only.eml', { mailbox: ['boss@company.com'] });
    expect(direct.causes).not.toContain('eml.predict.cc-bcc-only');
  });

  it('reports a Reply-To that differs from From', async () => {
    const r = await one('reply-to.eml');
    expect(r.findings.find((f) => f.cause === 'eml.reply-to')?.evidence).toMatchObject({ replyTo: ['helper@example.org'], differsFromFrom: true });
  });

  it('decodes folded and encoded headers', async () => {
    const r = await one('new.eml');
    expect(r.evidence).toMatchObject({ subject: 'Drucker defekt: bitte prüfen', from: ['andre@example.com'], to: ['support@company.com'], handling: 'new' });
  });

  it('checks attachment sizes against --max-attachment-mb', async () => {
    expect((await one('attachment.eml')).causes).not.toContain('eml.attachment.too-large');
    const r = await one('attachment.eml', { maxAttachmentMb: 0.001 });
    const f = r.findings.find((x) => x.cause === 'eml.attachment.too-large');
    expect(f?.evidence.attachments).toMatchObject([{ filename: 'server.log.gz', size: 3000 }]);
    expect(f?.detail).toMatch(/server.log.gz 2.9 KB over the 1.0 KB limit/);
    await expect(emlChecks([F('attachment.eml')], { maxAttachmentMb: 'lots' })).rejects.toThrow(UsageError);
  });

  it('walks the Received chain oldest first and flags the slow hop', async () => {
    const r = await one('received-chain.eml');
    const chain = r.findings.find((f) => f.cause === 'eml.received.chain')!;
    expect((chain.evidence.hops as any[]).map((h) => [h.by, h.delaySec])).toEqual([
      ['gw.example.com', undefined],
      ['mx.company.com', 299],
      ['mail.company.com', 1210],
    ]);
    expect(r.findings.find((f) => f.cause === 'eml.received.slow-hop')?.evidence).toMatchObject({
      from: 'mx.company.com',
      by: 'mail.company.com',
      delaySec: 1210,
    });
    expect(r.summary).toBe('will create a new request; 1 slow hop on the way in');
  });

  it('names the system, KB and rule that sent it', async () => {
    const r = await one('sender-system.eml');
    expect(r.findings.find((f) => f.cause === 'eml.sender-system')?.evidence.headers).toMatchObject({
      'x-agiloft-kb': 'Contracts_Test',
      'x-agiloft-rule': 'Notify owner on update (rule 311)',
      'x-mailer': 'Agiloft',
    });
  });

  it('a file with no headers is a failed check, a lone binary file an InputError', async () => {
    const r = await one('no-headers.eml');
    expect(r.status).toBe('fail');
    expect(r.causes).toEqual(['eml.no-headers']);
    await expect(emlChecks([F('binary.eml')])).rejects.toThrow(InputError);
    await expect(emlChecks([F('missing.eml')])).rejects.toThrow(/no such file/);
  });

  it('in a folder, a Message-ID seen in an earlier email is a duplicate and binary junk is reported', async () => {
    const results = await run('folder');
    const by = Object.fromEntries(results.map((r) => [r.target, r]));
    expect(by['a-original.eml']!.evidence.handling).toBe('new');
    expect(by['b-copy.eml']!.evidence.handling).toBe('duplicate');
    expect(by['b-copy.eml']!.findings[0]).toMatchObject({ cause: 'eml.predict.duplicate', evidence: { seenIn: 'a-original.eml' } });
    expect(by['c-other.eml']!.evidence.handling).toBe('new');
    expect(by['d-junk.eml']!.findings[0]!.cause).toBe('eml.not-an-email');
  });
});
