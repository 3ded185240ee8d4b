// The code layer for mail protocols and client stacks: IMAP response codes, POP3 extended codes and exception classes.
import type { CauseId } from '../index.js';
import { DOTNET_EXCEPTIONS, JAVA_EXCEPTIONS, PYTHON_EXCEPTIONS } from '../registries/exceptions.js';
import { IMAP_CODES, POP3_CODES } from '../registries/imap-pop3.js';
import { entryOf } from '../registries/types.js';
import { codeFinding } from './code-finding.js';
import type { Identified } from './types.js';

function imapFindings(text: string): Identified[] {
  const out: Identified[] = [];
  for (const m of text.matchAll(/(?:\b(OK|NO|BAD)\s+)?\[([A-Z][A-Z-]+)(?:\s[^\]]*)?\]/g)) {
    const name = m[2] ?? '';
    const entry = entryOf(IMAP_CODES, name);
    if (!entry?.cause || m[1] === 'OK') continue;
    if (!out.some((o) => o.cause === entry.cause))
      out.push(codeFinding(entry.cause, m[0], 38, { imapCode: name, registered: entry.text, source: IMAP_CODES.source }));
  }
  return out;
}

/** [AUTH] says only that the login failed: a provider's words after it ("Web login required") say why, and outrank it. */
const GENERIC_AUTH_CODE = 12;

/** A POP3 -ERR whose words say the maildrop is locked, or that logins come too often (RFC 2449's IN-USE and LOGIN-DELAY, unnamed). */
const POP3_WORDS: ReadonlyArray<[RegExp, CauseId]> = [
  [/-ERR\b[^\n]{0,60}\b(?:mail ?box|maildrop)\b[^\n]{0,20}\b(?:locked|in use|busy)\b|-ERR\b[^\n]{0,40}\bunable to lock\b/i, 'pop3.in-use'],
  [
    /-ERR\b[^\n]{0,40}\b(?:user (?:not found|unknown)|unknown user|invalid (?:user(?: ?name)?|password|login)|(?:login|logon|authentication) (?:failed|failure)|bad password|mailbox unknown)\b/i,
    'pop3.auth.failed',
  ],
  [/-ERR\b[^\n]{0,60}\b(?:login limit|too soon since|log ?ins? too (?:often|frequently)|frequency of requests)\b/i, 'pop3.login-delay'],
];

function pop3Findings(text: string): Identified[] {
  const out: Identified[] = [];
  for (const [re, cause] of POP3_WORDS) {
    const m = re.exec(text);
    if (m) out.push(codeFinding(cause, m[0], 34, { source: 'RFC 2449 section 8 (the reason a POP3 -ERR states in words)' }));
  }
  // RFC 3206's codes name POP3 even where a client quotes the reply without its -ERR ("AuthenticationFailedException: [AUTH] ...").
  for (const m of text.matchAll(/-ERR\s+\[([A-Z0-9/-]+)\]|\[(AUTH|SYS\/TEMP|SYS\/PERM|LOGIN-DELAY|IN-USE)\]/g)) {
    const name = m[1] ?? m[2] ?? '';
    if (out.some((o) => o.evidence.pop3Code === name)) continue;
    const entry = entryOf(POP3_CODES, name);
    if (entry?.cause)
      out.push(
        codeFinding(entry.cause, m[0], (m[1] ? 40 : 36) - (name === 'AUTH' ? GENERIC_AUTH_CODE : 0), {
          pop3Code: name,
          registered: entry.text,
          source: POP3_CODES.source,
        }),
      );
  }
  return out;
}

/** RFC 3464 report fields that say a text is a delivery report, whatever its reason. */
const DSN_FIELD = /^\s*(?:Reporting-MTA|Final-Recipient|Original-Recipient|Remote-MTA):\s*(?:dns|rfc822|x-[\w-]+)\s*;/im;

/** RFC 3464 per-recipient Action field: a delay notice says the message is still being retried. */
function dsnActionFindings(text: string): Identified[] {
  const m = /^\s*Action:\s*(failed|delayed)\b/im.exec(text);
  const field = m ? undefined : DSN_FIELD.exec(text);
  if (field) return [codeFinding('mail.bounce', field[0].trim(), 10, { source: 'RFC 3464 section 2.2 (report fields)' })];
  if (!m) return [];
  const delayed = m[1]?.toLowerCase() === 'delayed';
  return [
    codeFinding(delayed ? 'smtp.delivery-delayed' : 'mail.bounce', m[0].trim(), delayed ? 30 : 10, {
      dsnAction: m[1]?.toLowerCase() ?? '',
      source: 'RFC 3464 section 2.3.3 (Action field)',
    }),
  ];
}

/** Dovecot's master process log: a login service at its process or client limit drops new IMAP sessions. */
const DOVECOT_LIMIT = /\bservice\(imap(?:-login)?\): (?:process|client)_limit \(\d+\) reached\b/;

/** Dovecot's login log: "pop3-login: Aborted login (auth failed, 1 attempts ...)"; its master log: a service at its limit. */
function dovecotFindings(text: string): Identified[] {
  const limit = DOVECOT_LIMIT.exec(text);
  if (limit) return [codeFinding('imap.limit', limit[0], 36, { source: 'Dovecot master process log: service process_limit / client_limit reached' })];
  const m = /\b(imap|pop3|submission)-login: [^(]*\((?:auth failed|authentication failed)/i.exec(text);
  if (!m) return [];
  const cause: CauseId = m[1]?.toLowerCase() === 'imap' ? 'imap.auth.failed' : m[1]?.toLowerCase() === 'pop3' ? 'pop3.auth.failed' : 'smtp.auth.rejected';
  return [codeFinding(cause, m[0], 36, { service: `${m[1]}-login`, source: 'Dovecot login process log lines (auth failed, N attempts)' })];
}

/** Qualified names whose simple name means something else in another stack. */
const QUALIFIED: Readonly<Record<string, CauseId>> = {
  'MailKit.Security.AuthenticationException': 'smtp.auth.rejected',
  'System.Security.Authentication.AuthenticationException': 'tls.handshake-failed',
  'imaplib.IMAP4.error': 'imap.command-failed',
  'imaplib.IMAP4.abort': 'mail.connection-closed',
  'IMAP4.error': 'imap.command-failed',
  'IMAP4.abort': 'mail.connection-closed',
};

const QUALIFIED_PATTERNS = Object.entries(QUALIFIED).map(([name, cause]) => ({
  name,
  cause,
  re: new RegExp(String.raw`(?<![\w.])${name.replace(/\./g, '\\.')}\b`),
}));

const STACKS = [
  { test: /^(?:javax?|jakarta|com\.sun|org\.eclipse|sun)\./, registry: JAVA_EXCEPTIONS },
  { test: /^(?:smtplib|imaplib|poplib|ssl|socket)\./, registry: PYTHON_EXCEPTIONS },
  { test: /^(?:System|MailKit|MimeKit)\./, registry: DOTNET_EXCEPTIONS },
];

/** For a class no registry lists: what its name says (LoginBadCredentialsException, SmtpTimeoutException). */
function nameCause(qualified: string): CauseId | undefined {
  const words = qualified.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const protocol = /\bimap/.test(words) ? 'imap' : /\bpop3?\b/.test(words) ? 'pop3' : /\bsmtp/.test(words) ? 'smtp' : undefined;
  if (/\b(?:credentials?|auth(?:entication)?|login|logon|password)\b/.test(words) && /\b(?:bad|invalid|failed|failure|wrong|denied)\b/.test(words)) {
    return protocol === 'imap' ? 'imap.auth.failed' : protocol === 'pop3' ? 'pop3.auth.failed' : 'smtp.auth.rejected';
  }
  if (/\b(?:read|receive|response)\b.*\btime ?out\b/.test(words)) return 'tcp.read-timeout';
  if (/\btime ?out\b|\btimed out\b/.test(words)) return 'tcp.timeout';
  if (/\bsocket (?:read|eof)\b|\bconnection (?:closed|lost|dropped)\b|\bunexpected eof\b/.test(words)) return 'mail.connection-closed';
  if (/\bcertificate\b/.test(words)) return 'tls.verify-failed';
  return undefined;
}

function exceptionFindings(text: string): Identified[] {
  const out: Identified[] = [];
  const add = (cause: CauseId, qualified: string, evidence: Identified['evidence']) => {
    if (!out.some((o) => o.cause === cause)) out.push(codeFinding(cause, qualified, 18, { exception: qualified, ...evidence }));
  };
  for (const { name, cause, re } of QUALIFIED_PATTERNS) if (re.test(text)) add(cause, name, {});
  for (const m of text.matchAll(/\b((?:[A-Za-z_]\w*\.)*)([A-Z]\w*(?:Exception|Error)|gaierror)\b/g)) {
    const qualified = `${m[1] ?? ''}${m[2] ?? ''}`;
    if (Object.keys(QUALIFIED).some((q) => qualified.endsWith(q))) continue;
    const simple = m[2] ?? '';
    const stacks = STACKS.filter((s) => s.test.test(qualified));
    const pool = stacks.length > 0 ? stacks.map((s) => s.registry) : [JAVA_EXCEPTIONS, PYTHON_EXCEPTIONS, DOTNET_EXCEPTIONS];
    const hit = pool.map((r) => ({ r, e: entryOf(r, simple) })).find((x) => x.e?.cause);
    const cause = hit?.e?.cause ?? nameCause(qualified);
    if (cause) add(cause, qualified, hit?.e ? { registered: hit.e.text, source: hit.r.source } : { source: 'the words of the exception class name' });
  }
  return out;
}

/** Causes read from IMAP and POP3 response codes and from exception class names in a text. */
export function protocolCodeFindings(text: string): Identified[] {
  return [...imapFindings(text), ...pop3Findings(text), ...dovecotFindings(text), ...dsnActionFindings(text), ...exceptionFindings(text)];
}
