// A real Dovecot (IMAP, IMAPS, POP3, POP3S) on free loopback ports in a temp dir: passwd-file users, test certificate, optional OAuth2.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testCerts } from './certs.js';

/** How the Dovecot instance is set up. */
export interface DovecotOptions {
  /** user (full address) -> password; default alice and bob. */
  users?: Record<string, string>;
  /** Token-introspection URL for the oauth2 passdb (see startIntrospection). */
  oauthIntrospectionUrl?: string;
  /** SASL mechanisms for tokens (default both; imapflow prefers OAUTHBEARER, so give ['xoauth2'] to test XOAUTH2). */
  oauthMechanisms?: Array<'xoauth2' | 'oauthbearer'>;
  /** Allow password logins on unencrypted connections (default false, like a production server). */
  allowPlaintext?: boolean;
}

/** A running Dovecot. */
export interface DovecotServer {
  dir: string;
  /** Dovecot treats 127.0.0.1 -> 127.0.0.1 as a secure local connection; connect to this address to be a remote, unencrypted client. */
  remoteAddress: string;
  ports: { imap: number; imaps: number; pop3: number; pop3s: number };
  users: Record<string, string>;
  /** Puts a message into a user's INBOX Maildir; returns its unique name. */
  deliver(user: string, message: { subject: string; from?: string; seen?: boolean }): string;
  /** The user's INBOX messages with their Maildir flags (S = \Seen). */
  messages(user: string): Array<{ name: string; flags: string; seen: boolean }>;
  stop(): Promise<void>;
}

/** A local OAuth2 token-introspection endpoint (RFC 7662 style) for Dovecot's oauth2 passdb. */
export interface IntrospectionServer {
  url: string;
  close(): Promise<void>;
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** Starts the introspection endpoint: a known token is active for its user, anything else is inactive. */
export async function startIntrospection(tokens: Record<string, string>): Promise<IntrospectionServer> {
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const token = new URLSearchParams(body).get('token') ?? '';
      const user = tokens[token];
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(user ? { active: true, username: user } : { active: false }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/introspect`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function waitForPort(port: number, deadline: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = new Socket();
      s.once('connect', () => (s.destroy(), resolve()));
      s.once('error', () => {
        s.destroy();
        if (Date.now() > deadline) reject(new Error(`dovecot did not listen on ${port}`));
        else setTimeout(attempt, 50);
      });
      s.connect(port, '127.0.0.1');
    };
    attempt();
  });
}

function config(dir: string, ports: DovecotServer['ports'], o: DovecotOptions): string {
  const certs = testCerts();
  const oauth = o.oauthIntrospectionUrl ? (o.oauthMechanisms ?? ['xoauth2', 'oauthbearer']) : [];
  return `instance_name = maildoctor-test-${ports.imap}
base_dir = ${dir}/run
state_dir = ${dir}/state
protocols = imap pop3
listen = 127.0.0.1, 127.0.0.2
log_path = ${dir}/dovecot.log
auth_verbose = yes
ssl = yes
ssl_cert = <${certs.valid.certPath}
ssl_key = <${certs.valid.keyPath}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = ${o.allowPlaintext ? 'no' : 'yes'}
auth_mechanisms = plain login ${oauth.join(' ')}
auth_failure_delay = 0
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 8
mail_uid = mail
mail_gid = mail
mail_location = maildir:${dir}/mail/%d/%n/Maildir
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
${oauth.length > 0 ? `passdb {\n  driver = oauth2\n  mechanisms = ${oauth.join(' ')}\n  args = ${dir}/oauth2.conf.ext\n}\n` : ''}userdb {
  driver = static
  args = uid=mail gid=mail home=${dir}/mail/%d/%n
}
namespace inbox {
  inbox = yes
}
service imap-login {
  inet_listener imap {
    port = ${ports.imap}
  }
  inet_listener imaps {
    port = ${ports.imaps}
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = ${ports.pop3}
  }
  inet_listener pop3s {
    port = ${ports.pop3s}
    ssl = yes
  }
}
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`;
}

function maildir(dir: string, user: string): string {
  const [local, domain] = user.split('@');
  return join(dir, 'mail', domain ?? '', local ?? '', 'Maildir');
}

/**
 * Starts Dovecot on four ports that were free a moment ago. Another process on a busy machine may take one of them
 * before Dovecot binds it; then Dovecot exits, and it is started again on new ports (three tries).
 */
async function listenOnFreePorts(
  conf: string,
  dir: string,
  users: Record<string, string>,
  options: DovecotOptions,
): Promise<{ child: ChildProcess; ports: DovecotServer['ports']; stopped: Promise<void>; killOnExit: () => void }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const ports = { imap: await freePort(), imaps: await freePort(), pop3: await freePort(), pop3s: await freePort() };
    writeFileSync(conf, config(dir, ports, options));
    const child: ChildProcess = spawn('dovecot', ['-F', '-c', conf], { stdio: 'ignore' });
    const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`dovecot exited with ${code} before listening`))));
    exited.catch(() => undefined);
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    try {
      await Promise.race([Promise.all(Object.values(ports).map((p) => waitForPort(p, Date.now() + 30_000))), exited]);
      execFileSync('doveadm', ['-c', conf, 'auth', 'test', Object.keys(users)[0] ?? '', Object.values(users)[0] ?? ''], { stdio: 'ignore' });
      return { child, ports, stopped, killOnExit };
    } catch (err) {
      lastError = err;
      child.kill('SIGKILL');
      process.removeListener('exit', killOnExit);
    }
  }
  throw lastError;
}

/** Starts Dovecot in the foreground on four free ports; stop() kills its master process. */
export async function startDovecot(options: DovecotOptions = {}): Promise<DovecotServer> {
  const users = options.users ?? { 'alice@example.test': 's3cret-alice', 'bob@example.test': 's3cret-bob' };
  const dir = mkdtempSync(join(tmpdir(), 'maildoctor-dovecot-'));
  chmodSync(dir, 0o755);
  for (const d of ['run', 'state', 'mail']) mkdirSync(join(dir, d));
  const mailUid = Number(execFileSync('id', ['-u', 'mail']).toString().trim());
  const mailGid = Number(execFileSync('id', ['-g', 'mail']).toString().trim());
  writeFileSync(
    join(dir, 'passwd'),
    Object.entries(users)
      .map(([u, p]) => `${u}:{PLAIN}${p}::::::`)
      .join('\n') + '\n',
    { mode: 0o644 },
  );
  if (options.oauthIntrospectionUrl) {
    writeFileSync(
      join(dir, 'oauth2.conf.ext'),
      `introspection_mode = post\nintrospection_url = ${options.oauthIntrospectionUrl}\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n`,
    );
  }
  const conf = join(dir, 'dovecot.conf');
  for (const user of Object.keys(users)) {
    const md = maildir(dir, user);
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(md, sub), { recursive: true });
  }
  execFileSync('chown', ['-R', `${mailUid}:${mailGid}`, join(dir, 'mail')]);
  const { child, ports, stopped, killOnExit } = await listenOnFreePorts(conf, dir, users, options);
  let counter = 0;
  return {
    dir,
    remoteAddress: '127.0.0.2',
    ports,
    users,
    deliver(user, message) {
      counter += 1;
      const name = `${Date.now()}.M${counter}P${process.pid}.maildoctor`;
      const text = [
        `From: ${message.from ?? 'requester@example.test'}`,
        `To: ${user}`,
        `Subject: ${message.subject}`,
        `Date: ${new Date().toUTCString()}`,
        `Message-ID: <${name}@example.test>`,
        '',
        `Body of ${message.subject}`,
        '',
      ].join('\r\n');
      const file = message.seen ? join(maildir(dir, user), 'cur', `${name}:2,S`) : join(maildir(dir, user), 'new', name);
      writeFileSync(file, text);
      chownSync(file, mailUid, mailGid);
      return name;
    },
    messages(user) {
      const md = maildir(dir, user);
      return ['new', 'cur']
        .flatMap((sub) =>
          readdirSync(join(md, sub)).map((file) => {
            const [name = file, info = ''] = file.split(':');
            const flags = info.startsWith('2,') ? info.slice(2) : '';
            return { name, flags, seen: flags.includes('S') };
          }),
        )
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await stopped;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
