// Bounces (RFC 3464 reports and bounce texts), automatic replies (RFC 3834), and the Agiloft rules eml applies.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/runner.js';
import { UsageError } from '../../../src/core/errors.js';
import { emlChecks, type EmlOptionValues } from '../../../src/logs/eml/check.js';

const F = (name: string) => join(import.meta.dirname, '../../../fixtures/eml', name);

async function one(name: string, options: EmlOptionValues = {}) {
  const [r] = await runChecks(await emlChecks([F(name)], options));
  return { ...r!, causes: r!.findings.map((f) => f.cause), find: (cause: string) => r!.findings.find((f) => f.cause === cause) };
}

describe('bounces and delay notices', () => {
  it('a Postfix RFC 3464 report: user unknown for the returned notification, ignored as automatic', async () => {
    const r = await one('bounce-postfix-user-unknown.eml');
    const bounce = r.find('eml.bounce');
    expect(bounce?.severity).toBe('info');
    expect(bounce?.evidence).toMatchObject({
      kind: 'bounce',
      handling: 'ignored',
      returnedSubject: '[INC-1042] Your request has been updated',
      reason: 'smtp.recipient-rejected',
    });
    expect(bounce?.evidence.recipients).toEqual([expect.objectContaining({ recipient: 'jane.doe@example.net', action: 'failed', status: '5.1.1' })]);
    expect(r.causes).toContain('smtp.recipient-rejected');
    expect(r.evidence.handling).toBe('ignored');
  });

  it('the same report saved with classic Mac line endings (CR only) reads the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-eml-cr-'));
    const text = readFileSync(F('bounce-postfix-user-unknown.eml'), 'utf8').replace(/\r?\n/g, '\r');
    writeFileSync(join(dir, 'cr.eml'), text);
    const [r] = await runChecks(await emlChecks([join(dir, 'cr.eml')], {}));
    const lf = await one('bounce-postfix-user-unknown.eml');
    expect(r!.findings.map((f) => f.cause)).toEqual(lf.causes);
    expect(r!.findings.find((f) => f.cause === 'eml.bounce')?.evidence).toEqual(lf.find('eml.bounce')?.evidence);
  });

  it('an Exchange Online NDR: the recipient mailbox is full', async () => {
    const r = await one('bounce-exchange-mailbox-full.eml');
    expect(r.find('eml.bounce')?.evidence).toMatchObject({ kind: 'bounce', reason: 'smtp.mailbox-full' });
    expect(r.causes).toContain('smtp.mailbox-full');
  });

  it('a Gmail delay notice is a delay (still retried), and says greylisting is why', async () => {
    const r = await one('delay-gmail.eml');
    expect(r.find('eml.bounce')?.evidence.kind).toBe('delay');
    expect(r.find('smtp.delivery-delayed')?.evidence.delayedBecause).toBe('smtp.greylisted');
  });
});

describe('automatic replies', () => {
  it('an out-of-office reply with Auto-Submitted is ignored', async () => {
    const r = await one('out-of-office.eml');
    expect(r.find('eml.auto-reply')).toMatchObject({ severity: 'info', evidence: { handling: 'ignored' } });
  });

  it('an out-of-office reply without any automatic mark would open a ticket: a warning', async () => {
    const r = await one('out-of-office-unmarked.eml');
    expect(r.find('eml.auto-reply')).toMatchObject({ severity: 'warn', evidence: { handling: 'opens a ticket' } });
    expect(r.status).toBe('warn');
  });

  it('an ordinary email is neither', async () => {
    const r = await one('new.eml');
    expect(r.causes).not.toContain('eml.bounce');
    expect(r.causes).not.toContain('eml.auto-reply');
  });
});

describe('Agiloft rules', () => {
  it('flags a body over --max-body-kb (Max Email Body Size) and not one under it', async () => {
    const over = await one('out-of-office-unmarked.eml', { maxBodyKb: 0.05 });
    expect(over.find('eml.body.too-large')?.evidence).toMatchObject({ limitBytes: 51 });
    const under = await one('out-of-office-unmarked.eml', { maxBodyKb: 64 });
    expect(under.causes).not.toContain('eml.body.too-large');
    await expect(emlChecks([F('new.eml')], { maxBodyKb: 'lots' })).rejects.toBeInstanceOf(UsageError);
  });

  it('rule 2 for a known contact, rule 3 (with the configured action) for an unknown sender', async () => {
    const known = await one('out-of-office-unmarked.eml', { contacts: ['ERIN@example.org'] });
    expect(known.find('eml.predict.known-sender')?.evidence).toMatchObject({ sender: 'erin@example.org', rule: 2 });
    const unknown = await one('out-of-office-unmarked.eml', { contacts: ['someone@example.org'], unknownSender: 'guest' });
    expect(unknown.find('eml.predict.unknown-sender')?.detail).toContain('created under the guest account');
    await expect(emlChecks([F('new.eml')], { unknownSender: 'drop' })).rejects.toBeInstanceOf(UsageError);
  });

  it('a notification Agiloft sent is inside its 5-day retry window, or past it', async () => {
    const sent = Date.parse('2026-11-13T09:00:00Z');
    const inside = await one('sender-system.eml', { now: sent + 2 * 86_400_000 });
    expect(inside.find('eml.agiloft.retry-window')?.evidence).toMatchObject({ pastWindow: false, retryUntil: '2026-11-18T09:00:00.000Z' });
    const past = await one('sender-system.eml', { now: sent + 6 * 86_400_000 });
    expect(past.find('eml.agiloft.retry-window')?.evidence.pastWindow).toBe(true);
    const other = await one('new.eml', { now: sent });
    expect(other.causes).not.toContain('eml.agiloft.retry-window');
  });
});
