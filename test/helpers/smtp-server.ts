// An in-process SMTP server (the smtp-server package) on port 0 that answers like real servers do: Postfix, Gmail, Microsoft 365.
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerSession } from 'smtp-server';
import { testCerts } from './certs.js';

/** A reply the test server gives instead of the normal one: SMTP code plus text (with the enhanced code). */
export interface ScriptedReply {
  code: number;
  message: string;
}

/** Real-world replies to script, exactly as the servers word them. */
export const REAL_REPLIES = {
  badCredentials: { code: 535, message: '5.7.8 Error: authentication failed: authentication failure' },
  smtpAuthDisabled: {
    code: 535,
    message:
      '5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.',
  },
  basicAuthDisabled: { code: 535, message: '5.7.139 Authentication unsuccessful, basic authentication is disabled.' },
  microsoftUnsuccessful: { code: 535, message: '5.7.3 Authentication unsuccessful [SN4PR0601CA0014.namprd06.prod.outlook.com]' },
  appPassword: { code: 534, message: '5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor' },
  tempAuthFailure: { code: 454, message: '4.7.0 Temporary authentication failure' },
  tooManyConnections: { code: 421, message: '4.7.0 Error: too many connections from 127.0.0.1' },
  mustStartTls: { code: 530, message: '5.7.0 Must issue a STARTTLS command first' },
  sendAsDenied: { code: 550, message: '5.7.60 SMTP; Client does not have permissions to send as this sender' },
  relayDenied: { code: 550, message: '5.7.1 Unable to relay for outside@elsewhere.test' },
  sizeExceeded: { code: 552, message: '5.3.4 Message size exceeds fixed maximum message size' },
  notAuthenticated: { code: 530, message: '5.7.57 Client not authenticated to send mail.' },
} satisfies Record<string, ScriptedReply>;

/** How the test server behaves. */
export interface SmtpTestServerOptions {
  /** Implicit TLS (like 465) instead of STARTTLS (like 587). */
  secure?: boolean;
  /** user -> password accepted with PLAIN/LOGIN. */
  users?: Record<string, string>;
  /** access token -> user accepted with XOAUTH2; other tokens get the provider-style 334 JSON challenge, then 535. */
  tokens?: Record<string, string>;
  /** user -> reply given to AUTH for that user whatever the password (5.7.139 and friends). */
  authReplies?: Record<string, ScriptedReply>;
  /** AUTH and MAIL FROM before STARTTLS get 530 5.7.0 Must issue a STARTTLS command first (Gmail/Postfix style). */
  requireStartTls?: boolean;
  /** The reply to every new connection instead of the greeting (e.g. 421 rate limiting). */
  refuseConnect?: ScriptedReply;
  /** sender address -> reply to MAIL FROM. */
  senderReplies?: Record<string, ScriptedReply>;
  /** recipient address -> reply to RCPT TO. */
  recipientReplies?: Record<string, ScriptedReply>;
  /** Advertised AUTH mechanisms (default PLAIN LOGIN XOAUTH2). */
  authMethods?: string[];
}

/** A message the server accepted. */
export interface ReceivedMessage {
  from: string;
  to: string[];
  user?: string;
  body: string;
  queueId: string;
}

/** A running test server. */
export interface SmtpTestServer {
  port: number;
  received: ReceivedMessage[];
  /** Every AUTH attempt: user, method, and whether it was accepted. */
  authAttempts: Array<{ user: string; method: string; accepted: boolean }>;
  close(): Promise<void>;
}

function scripted(r: ScriptedReply): Error {
  return Object.assign(new Error(r.message), { responseCode: r.code });
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startSmtpServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const certs = testCerts();
  const received: ReceivedMessage[] = [];
  const authAttempts: SmtpTestServer['authAttempts'] = [];
  let queue = 0x4f3a0;
  const notSecure = (s: SMTPServerSession) => options.requireStartTls && !s.secure;
  const server = new SMTPServer({
    secure: options.secure ?? false,
    key: certs.valid.key,
    cert: certs.valid.cert,
    authMethods: options.authMethods ?? ['PLAIN', 'LOGIN', 'XOAUTH2'],
    allowInsecureAuth: true,
    hideENHANCEDSTATUSCODES: true,
    size: 10 * 1024 * 1024,
    logger: false,
    onConnect(_session, cb) {
      cb(options.refuseConnect ? scripted(options.refuseConnect) : null);
    },
    onAuth(auth: SMTPServerAuthentication, session, cb) {
      const user = auth.username ?? '';
      const record = (accepted: boolean) => authAttempts.push({ user, method: auth.method, accepted });
      if (notSecure(session)) return (record(false), cb(scripted(REAL_REPLIES.mustStartTls)));
      const special = options.authReplies?.[user];
      if (special) return (record(false), cb(scripted(special)));
      if (auth.method === 'XOAUTH2') {
        const owner = auth.accessToken ? options.tokens?.[auth.accessToken] : undefined;
        if (owner && owner === user) return (record(true), cb(null, { user }));
        record(false);
        return cb(null, { data: { status: '401', schemes: 'bearer', scope: 'https://outlook.office.com/SMTP.Send' } });
      }
      if (options.users?.[user] !== undefined && options.users[user] === auth.password) return (record(true), cb(null, { user }));
      record(false);
      cb(scripted(REAL_REPLIES.badCredentials));
    },
    onMailFrom(address, session, cb) {
      if (notSecure(session)) return cb(scripted(REAL_REPLIES.mustStartTls));
      const r = options.senderReplies?.[address.address];
      cb(r ? scripted(r) : null);
    },
    onRcptTo(address, _session, cb) {
      const r = options.recipientReplies?.[address.address];
      cb(r ? scripted(r) : null);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        queue += 1;
        const queueId = queue.toString(16).toUpperCase();
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          ...(session.user ? { user: String(session.user) } : {}),
          body: Buffer.concat(chunks).toString('utf8'),
          queueId,
        });
        cb(null, `2.0.0 Ok: queued as ${queueId}`);
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('smtp test server has no port');
  return {
    port: address.port,
    received,
    authAttempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
