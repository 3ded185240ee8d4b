// The code registries: every table cites its source, every cause exists, and the facts agree with the runtime's own.
import { getSystemErrorMap } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/knowledge/index.js';
import { decodeEnhanced } from '../../src/knowledge/identify/smtp-codes.js';
import { WORDINGS } from '../../src/knowledge/identify/wordings.js';
import { PHRASES } from '../../src/knowledge/identify/phrases.js';
import { BOUNCE_PHRASES } from '../../src/knowledge/registries/bounce-phrases.js';
import { CLIENT_MESSAGES } from '../../src/knowledge/registries/client-messages.js';
import { LIBUV_ERRNO } from '../../src/knowledge/registries/errno.js';
import { EXCHANGE_ONLINE } from '../../src/knowledge/registries/exchange-online.js';
import { GMAIL } from '../../src/knowledge/registries/gmail.js';
import { OPENSSL_VERIFY, OPENSSL_VERIFY_SOURCE } from '../../src/knowledge/registries/openssl-verify.js';
import { ENHANCED_CODES } from '../../src/knowledge/registries/smtp-enhanced.js';
import { KEYED_REGISTRIES, registryCauses } from './registry-causes.js';

const SOURCE =
  /RFC \d+|IANA|Microsoft Learn|Google|OpenSSL|libuv|Node\.js|Jakarta|Java SE|Python|\.NET|MailKit|nodemailer|imapflow|Postfix|Exim|Sendmail|qmail|Dovecot|Ruby|PHPMailer|OpenID|Go standard library|Windows Sockets|node-imap|emailjs|Symfony Mailer|PHP manual|Microsoft Support|Thunderbird|GnuTLS|curl documentation/;

describe('code registries', () => {
  it('every table cites its source and holds entries; every cause it leads to exists', () => {
    const sizes: string[] = [];
    for (const [name, r] of Object.entries(KEYED_REGISTRIES)) {
      expect(r.source, name).toMatch(SOURCE);
      expect(Object.keys(r.entries).length, name).toBeGreaterThan(4);
      for (const [code, e] of Object.entries(r.entries)) expect(e.text.length, `${name} ${code}`).toBeGreaterThan(1);
      sizes.push(`${name}: ${Object.keys(r.entries).length}`);
    }
    for (const o of [EXCHANGE_ONLINE, GMAIL]) {
      expect(o.source).toMatch(SOURCE);
      for (const e of o.entries) expect(e.code, e.text).toMatch(/^[245]\.\d{1,3}\.\d{1,3}(?:-\d{1,3})?$/);
      sizes.push(`${o.provider} overlay: ${o.entries.length}`);
    }
    for (const l of CLIENT_MESSAGES) expect(l.source, l.library).toMatch(SOURCE);
    for (const s of BOUNCE_PHRASES) expect(s.source, s.system).toMatch(SOURCE);
    sizes.push(
      `OpenSSL verify codes: ${OPENSSL_VERIFY.length}`,
      `client messages: ${CLIENT_MESSAGES.reduce((n, l) => n + l.messages.length, 0)}`,
      `bounce and auto-reply phrases: ${BOUNCE_PHRASES.reduce((n, s) => n + s.phrases.length, 0)}`,
    );
    console.log(`registry sizes:\n  ${sizes.join('\n  ')}`);
    for (const cause of registryCauses()) expect(Object.prototype.hasOwnProperty.call(CAUSES, cause), cause).toBe(true);
  });

  it('holds the registrations after RFC 3463: RFC 4954, 5248, 6531, 6710, 7293, 7372, 7505, 8617, 8689', () => {
    expect(ENHANCED_CODES.entries['7.8']).toMatchObject({ text: 'Authentication credentials invalid', ref: 'RFC 4954' });
    expect(ENHANCED_CODES.entries['7.13']).toMatchObject({ text: 'User Account Disabled', ref: 'RFC 5248' });
    expect(ENHANCED_CODES.entries['7.26']).toMatchObject({ text: 'Multiple authentication checks failed', ref: 'RFC 7372' });
    expect(ENHANCED_CODES.entries['1.10']).toMatchObject({ text: 'Recipient address has null MX', ref: 'RFC 7505' });
    expect(ENHANCED_CODES.entries['7.30']).toMatchObject({ ref: 'RFC 8689' });
    expect(Object.keys(ENHANCED_CODES.entries)).toHaveLength(80);
  });

  it('decodes any enhanced code by class and subject, and names the registered detail when there is one', () => {
    expect(decodeEnhanced('4.2.2')).toMatchObject({
      classText: 'Persistent Transient Failure',
      subjectText: 'Mailbox Status',
      detail: { text: 'Mailbox full' },
    });
    expect(decodeEnhanced('5.6.99')).toEqual({ classText: 'Permanent Failure', subjectText: 'Message Content or Media Status' });
  });

  it('OpenSSL verify codes are every X509_V_ERR of OpenSSL 3.0, numbered 0 to 94 without gaps', () => {
    expect(OPENSSL_VERIFY_SOURCE).toContain('OpenSSL 3.0');
    expect(OPENSSL_VERIFY.map((v) => v.code)).toEqual(Array.from({ length: 95 }, (_, i) => i));
    expect(OPENSSL_VERIFY.find((v) => v.code === 21)).toMatchObject({
      name: 'X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      text: 'unable to verify the first certificate',
      cause: 'tls.unverified-first-cert',
    });
  });

  it('errno names and texts are those of the Node.js runtime running the tests', () => {
    const runtime = new Map([...getSystemErrorMap().values()].map(([name, text]) => [name, text]));
    for (const [name, e] of Object.entries(LIBUV_ERRNO.entries)) {
      if (runtime.has(name)) expect(e.text, name).toBe(runtime.get(name));
    }
    expect(runtime.get('ECONNREFUSED')).toBe(LIBUV_ERRNO.entries.ECONNREFUSED.text);
  });

  it('every wording pattern recognises its example, and every phrase is unique', () => {
    for (const w of WORDINGS) expect(w.pattern.test(w.example), w.example).toBe(true);
    const seen = new Map<string, string>();
    for (const p of PHRASES) {
      const prior = seen.get(p.norm);
      expect(prior === undefined || prior === p.cause, `${p.text}: ${prior} vs ${p.cause}`).toBe(true);
      seen.set(p.norm, p.cause);
    }
  });
});
