// Hostile peers for every protocol on 127.0.0.1: each check ends within --timeout + 1 s with its own cause, in bounded memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTable, runChild, type CaseRow } from '../helpers/child-cli.js';
import {
  dripServer,
  endlessLineServer,
  garbageDnsServer,
  hugeLiteralImapServer,
  starttlsRefusingImapServer,
  starttlsRefusingSmtpServer,
  truncatedDnsServer,
  udpDnsServer,
} from '../helpers/hostile-peers.js';

/** The --timeout every case runs with; a check must end within it plus 1 s, asserted with a 5x margin. */
const TIMEOUT_MS = 1000;
const MAX_MS = 5 * (TIMEOUT_MS + 1000);
const MAX_RSS_MB = 300;

const servers: Array<{ close(): Promise<void> }> = [];
const rows: CaseRow[] = [];
const port: Record<string, number> = {};

async function keep<T extends { port: number; close(): Promise<void> }>(name: string, server: Promise<T>): Promise<void> {
  const s = await server;
  servers.push(s);
  port[name] = s.port;
}

beforeAll(async () => {
  await Promise.all([
    keep('smtpDrip', dripServer('220-drip.example.test still greeting\r\n')),
    keep('imapDrip', dripServer('* OK drip.example.test IMAP4rev1 ready\r\n')),
    keep('pop3Drip', dripServer('+OK drip.example.test POP3 ready\r\n')),
    keep('httpDrip', dripServer(`HTTP/1.1 200 OK\r\nX-Drip: ${'a'.repeat(2000)}`)),
    keep('smtpEndless', endlessLineServer('220-')),
    keep('imapEndless', endlessLineServer('* OK ')),
    keep('pop3Endless', endlessLineServer('+OK ')),
    keep('httpEndless', endlessLineServer('HTTP/1.1 200 OK\r\nX-Endless: ')),
    keep('imapLiteral', hugeLiteralImapServer()),
    keep('smtpNoTls', starttlsRefusingSmtpServer()),
    keep('imapNoTls', starttlsRefusingImapServer()),
    keep('dnsTruncated', truncatedDnsServer()),
    keep('dnsGarbage', garbageDnsServer()),
    keep(
      'dnsSilent',
      udpDnsServer(() => undefined),
    ),
  ]);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  console.log(`hostile peers (--timeout ${TIMEOUT_MS}; bound ${TIMEOUT_MS + 1000} ms):\n${caseTable(rows)}`);
});

const mail =
  (protocol: string, name: string, security = 'none') =>
  () => [protocol, '--host', '127.0.0.1', '--port', String(port[name]), '--security', security];

/** Each protocol with each way a peer can misbehave, and the cause the check must name. */
const CASES: Array<{ name: string; args: () => string[]; cause: string }> = [
  { name: 'smtp / 1 byte per 300 ms', args: mail('smtp', 'smtpDrip'), cause: 'tls.no-greeting' },
  { name: 'imap / 1 byte per 300 ms', args: mail('imap', 'imapDrip'), cause: 'tls.no-greeting' },
  { name: 'pop3 / 1 byte per 300 ms', args: mail('pop3', 'pop3Drip'), cause: 'tls.no-greeting' },
  { name: 'tls --starttls smtp / 1 byte per 300 ms', args: () => ['tls', `127.0.0.1:${port.smtpDrip}`, '--starttls', 'smtp'], cause: 'tls.no-greeting' },
  { name: 'http / headers 1 byte per 300 ms', args: () => ['http', `http://127.0.0.1:${port.httpDrip}/`], cause: 'http.no-response' },
  { name: 'smtp / endless line', args: mail('smtp', 'smtpEndless'), cause: 'mail.reply-too-long' },
  { name: 'imap / endless line', args: mail('imap', 'imapEndless'), cause: 'mail.reply-too-long' },
  { name: 'pop3 / endless line', args: mail('pop3', 'pop3Endless'), cause: 'mail.reply-too-long' },
  { name: 'tls --starttls smtp / endless line', args: () => ['tls', `127.0.0.1:${port.smtpEndless}`, '--starttls', 'smtp'], cause: 'mail.reply-too-long' },
  {
    name: 'oauth / token endpoint answering 1 byte per 300 ms',
    args: () => [
      'oauth',
      '--provider',
      'custom',
      '--token-url',
      `http://127.0.0.1:${port.httpDrip}/token`,
      '--client-id',
      'maildoctor-test',
      '--client-secret-env',
      'MD_CLIENT_SECRET',
      '--grant',
      'client_credentials',
    ],
    cause: 'oauth.endpoint.timeout',
  },
  { name: 'http / endless header line', args: () => ['http', `http://127.0.0.1:${port.httpEndless}/`], cause: 'http.bad-response' },
  { name: 'imap / 999999999-byte literal', args: mail('imap', 'imapLiteral'), cause: 'mail.reply-too-long' },
  { name: 'smtp / STARTTLS answered 454', args: mail('smtp', 'smtpNoTls', 'starttls'), cause: 'tls.starttls-refused' },
  { name: 'imap / STARTTLS answered NO', args: mail('imap', 'imapNoTls', 'starttls'), cause: 'tls.starttls-refused' },
  {
    name: 'tls --starttls smtp / STARTTLS answered 454',
    args: () => ['tls', `127.0.0.1:${port.smtpNoTls}`, '--starttls', 'smtp'],
    cause: 'tls.starttls-refused',
  },
  {
    name: 'dns / truncated, TCP refused',
    args: () => ['dns', 'mail.example.test', '--server', `127.0.0.1:${port.dnsTruncated}`],
    cause: 'dns.truncated-tcp-failed',
  },
  { name: 'dns / reply that is not DNS', args: () => ['dns', 'mail.example.test', '--server', `127.0.0.1:${port.dnsGarbage}`], cause: 'dns.not-dns' },
  { name: 'dns / silent nameserver', args: () => ['dns', 'mail.example.test', '--server', `127.0.0.1:${port.dnsSilent}`], cause: 'dns.server-unreachable' },
];

describe(`hostile peers: each check ends within --timeout + 1 s with its own cause (asserted: ${MAX_MS} ms, ${MAX_RSS_MB} MB)`, () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const r = await runChild([...c.args(), '--format', 'json', '--timeout', String(TIMEOUT_MS)], {
        killAfterMs: 60_000,
        env: { MD_CLIENT_SECRET: 'Zx8Q~hostile-peer-test' },
      });
      const report = JSON.parse(r.stdout || '{}') as { results?: Array<{ status: string; findings: Array<{ cause: string }> }> };
      const causes = (report.results ?? []).flatMap((x) => x.findings.map((f) => f.cause));
      rows.push({ name: c.name, code: r.code, cause: causes.join(', ') || r.stderr.trim(), ms: r.ms, rssMb: r.rssMb });
      const what = `${c.name}: exit ${r.code} in ${r.ms} ms, causes ${causes.join(', ')} ${r.stderr}`;
      expect(r.killed, what).toBe(false);
      expect(r.code, what).toBe(1);
      expect(
        causes.some((x) => new RegExp(`^(${c.cause})$`).test(x)),
        what,
      ).toBe(true);
      expect(
        report.results?.every((x) => x.status !== 'error'),
        what,
      ).toBe(true);
      expect(r.ms, what).toBeLessThan(MAX_MS);
      if (!Number.isNaN(r.rssMb)) expect(r.rssMb, what).toBeLessThan(MAX_RSS_MB);
    });
  }
});
