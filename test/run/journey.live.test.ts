import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';
import { testCerts } from '../helpers/certs.js';
import { startDovecot, type DovecotServer } from '../helpers/dovecot.js';
import { liveAvailable } from '../helpers/live.js';
import { withinTimeout } from '../helpers/timing.js';

const live = liveAvailable('dovecot', 'openssl');
const PW = 'journey-Pa55';

/** An SMTP server that delivers what it accepts into the Dovecot Maildir of the recipient, like an MDA. */
async function deliveringSmtp(dovecot: DovecotServer, drop: boolean): Promise<{ port: number; close(): Promise<void>; accepted: number }> {
  const certs = testCerts();
  const uid = Number(execFileSync('id', ['-u', 'mail']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'mail']).toString().trim());
  const state = { accepted: 0 };
  const server = new SMTPServer({
    key: certs.valid.key,
    cert: certs.valid.cert,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth: (auth, _s, cb) =>
      auth.password === PW ? cb(null, { user: auth.username }) : cb(Object.assign(new Error('5.7.8 Error: authentication failed'), { responseCode: 535 })),
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        state.accepted += 1;
        if (!drop) {
          for (const rcpt of session.envelope.rcptTo) {
            const [local, domain] = rcpt.address.split('@');
            const file = join(dovecot.dir, 'mail', domain ?? '', local ?? '', 'Maildir', 'new', `${Date.now()}.${state.accepted}.journey`);
            writeFileSync(file, Buffer.concat(chunks));
            chownSync(file, uid, gid);
          }
        }
        cb(null, 'Ok: queued as 4F3A1');
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    close: () => new Promise<void>((r) => server.close(() => r())),
    get accepted() {
      return state.accepted;
    },
  };
}

describe.skipIf(!live)('run --journey', () => {
  let dovecot: DovecotServer;
  let dir: string;
  const config = (smtpPort: number) =>
    [
      'timeout: 1500',
      'incoming:',
      '  - name: support',
      '    protocol: imap',
      '    host: 127.0.0.1',
      `    port: ${dovecot.ports.imaps}`,
      '    user: alice@example.test',
      '    address: alice@example.test',
      '    passwordEnv: PW',
      `    ca: ${testCerts().caPath}`,
      '    primary: true',
      '    outgoing: notify',
      'outgoing:',
      '  - name: notify',
      '    host: 127.0.0.1',
      `    port: ${smtpPort}`,
      '    security: starttls',
      '    user: alice@example.test',
      '    passwordEnv: PW',
      '    from: alice@example.test',
      `    ca: ${testCerts().caPath}`,
      '    primary: true',
      '',
    ].join('\n');

  beforeAll(async () => {
    dovecot = await startDovecot({ users: { 'alice@example.test': PW } });
    dir = mkdtempSync(join(tmpdir(), 'md-journey-'));
  });
  afterAll(async () => dovecot?.stop());

  it('delivers through the SMTP server into the Dovecot mailbox and reports each step', async () => {
    const smtp = await deliveringSmtp(dovecot, false);
    try {
      const file = join(dir, 'ok.yaml');
      writeFileSync(file, config(smtp.port));
      const before = dovecot.messages('alice@example.test').length;
      const { report } = await runJson(['run', '--config', file, '--journey', '--only', 'journey,imap,smtp,port,tls'], { env: { PW } });
      const journey = report.results.find((r: any) => r.id === 'journey');
      expect(journey.status).toBe('pass');
      expect(journey.findings[0].cause).toBe('journey.delivered');
      expect(journey.evidence.steps['step 6 send']).toBeGreaterThanOrEqual(0);
      expect(typeof journey.evidence.arrivalMs).toBe('number');
      const after = dovecot.messages('alice@example.test');
      expect(after.length).toBe(before + 1);
      expect(after.every((m) => !m.seen)).toBe(true);
    } finally {
      await smtp.close();
    }
  });

  it('a message that is accepted but never arrives ends in journey.not-arrived within the watch time', async () => {
    const smtp = await deliveringSmtp(dovecot, true);
    try {
      const file = join(dir, 'lost.yaml');
      writeFileSync(file, config(smtp.port));
      const started = Date.now();
      const { code, report } = await runJson(['run', '--config', file, '--journey', '--only', 'journey'], { env: { PW } });
      const journey = report.results.find((r: any) => r.id === 'journey');
      expect(code).toBe(1);
      expect(journey.findings[0].cause).toBe('journey.not-arrived');
      expect(smtp.accepted).toBe(1);
      expect(Date.now() - started).toBeLessThan(withinTimeout(3 * 1500));
    } finally {
      await smtp.close();
    }
  });

  it('--journey without a config is a usage error', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const r = await runCli(['run', '--journey', '--preset', 'gmail']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--journey needs a config/);
  });
});
