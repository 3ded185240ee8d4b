// Secret shapes a helpdesk's logs, dumps, exports, emails and server replies carry, each with the forms that must never leak.

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** One way a secret shows up in text. */
export interface LeakShape {
  id: string;
  /** The text planted in an input: `secret` in this shape, for user `user`. */
  plant(secret: string, user: string): string;
  /** Characters the secret may not hold in this shape (its syntax would end the value there). */
  avoid?: RegExp;
  /** True when the planted text holds a double quote (it cannot sit inside a quoted thread name). */
  quoted?: boolean;
  /** Secret lengths (in bytes) this shape cannot carry when they are a multiple of this. */
  avoidLength?: number;
  /** True when the shape is a line of its own (an AUTH LOGIN answer): mid-line it is any base64 and cannot be told apart. */
  lineOnly?: boolean;
}

/** Every form of a planted secret that counts as a leak: itself, its base64 (padded or not), and the payload it travelled in. */
export function forbiddenForms(shape: LeakShape, secret: string, user: string): string[] {
  const forms = [secret, b64(secret), b64(secret).replace(/=+$/, '')];
  const planted = shape.plant(secret, user);
  for (const token of planted.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []) {
    const decoded = Buffer.from(token, 'base64').toString('latin1');
    if (decoded.includes(secret)) forms.push(token, token.replace(/=+$/, ''));
  }
  return [...new Set(forms)];
}

const URL_UNSAFE = /[\s/?#@:%"'<>\\[\]]/;
const ATOM_UNSAFE = /[\s"'<>(){}[\]\\|│┃]/;
const VALUE_UNSAFE = /[\s&;,"'<>(){}[\]\\|]/;

/** The corpus: key/value forms in every syntax, URLs, headers, JWTs, SASL payloads and their echoes, POP3/IMAP commands. */
export const LEAK_SHAPES: LeakShape[] = [
  { id: 'kv-password', plant: (s) => `password=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-passwd', plant: (s) => `passwd=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-pwd', plant: (s) => `pwd=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-pass', plant: (s) => `pass=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-secret', plant: (s) => `secret=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-client_secret', plant: (s) => `client_secret=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-clientSecret', plant: (s) => `clientSecret=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-api_key', plant: (s) => `api_key=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-apikey', plant: (s) => `apikey=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-token', plant: (s) => `token=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-access_token', plant: (s) => `access_token=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-refresh_token', plant: (s) => `refresh_token=${s}`, avoid: VALUE_UNSAFE },
  { id: 'kv-credentials', plant: (s) => `credentials=${s}`, avoid: VALUE_UNSAFE },
  { id: 'spring-mail-password', plant: (s) => `spring.mail.password=${s}`, avoid: VALUE_UNSAFE },
  { id: 'javamail-smtp-password', plant: (s) => `mail.smtp.password = ${s}`, avoid: VALUE_UNSAFE },
  { id: 'javamail-imap-password', plant: (s) => `-Dmail.imap.password=${s}`, avoid: VALUE_UNSAFE },
  { id: 'json-password', plant: (s) => `{"user":"a@b.c","password":"${s}"}`, avoid: /["\\\n]/, quoted: true },
  { id: 'json-client-secret-spaced', plant: (s) => `{ "client_secret" : "${s}" }`, avoid: /["\\\n]/, quoted: true },
  { id: 'json-escaped', plant: (s) => `{\\"accessToken\\":\\"${s}\\"}`, avoid: /["\\\n]/, quoted: true },
  { id: 'yaml-password', plant: (s) => `password: ${s}`, avoid: VALUE_UNSAFE },
  { id: 'yaml-single-quoted', plant: (s) => `refresh_token: '${s}'`, avoid: /['\n]/ },
  { id: 'spaced-colon-quoted', plant: (s) => `Password : "${s}"`, avoid: /["\\\n]/, quoted: true },
  { id: 'env-upper', plant: (s) => `SMTP_PASSWORD=${s}`, avoid: VALUE_UNSAFE },
  { id: 'java-tostring', plant: (s) => `MailConfig{host='smtp.example.com', password='${s}', port=587}`, avoid: /['\n]/ },
  { id: 'xml-element', plant: (s) => `<mail><password>${s}</password></mail>`, avoid: /[<\n]/ },
  { id: 'camel-apiKey-colon', plant: (s) => `apiKey: ${s}`, avoid: VALUE_UNSAFE },
  { id: 'header-x-api-key', plant: (s) => `X-Api-Key: ${s}`, avoid: VALUE_UNSAFE },
  { id: 'spring-datasource-spaced', plant: (s) => `spring.datasource.password = ${s}`, avoid: VALUE_UNSAFE },
  { id: 'php-arrow', plant: (s) => `'password' => '${s}'`, avoid: /['\n]/ },
  { id: 'url-userinfo', plant: (s) => `imaps://support:${s}@imap.example.com:993/INBOX`, avoid: URL_UNSAFE },
  { id: 'url-userinfo-encoded-user', plant: (s) => `smtp://support%40example.com:${s}@smtp.example.com:587`, avoid: URL_UNSAFE },
  { id: 'url-postgres', plant: (s) => `postgres://flotomate:${s}@db.example.com:5432/flotomate`, avoid: URL_UNSAFE },
  { id: 'url-query-token', plant: (s) => `https://app.example.com/callback?access_token=${s}&state=xyz`, avoid: VALUE_UNSAFE },
  { id: 'authorization-basic', plant: (s, u) => `Authorization: Basic ${b64(`${u}:${s}`)}` },
  { id: 'authorization-bearer', plant: (s) => `Authorization: Bearer ${s}`, avoid: /[^A-Za-z0-9\-._~+/]/ },
  { id: 'authorization-equals', plant: (s) => `Authorization=Bearer ${s}`, avoid: /[^A-Za-z0-9\-._~+/]/ },
  { id: 'authorization-json', plant: (s) => `"headers": {"Authorization": "Bearer ${s}"}`, avoid: /[^A-Za-z0-9\-._~+/]/, quoted: true },
  { id: 'proxy-authorization-ntlm', plant: (s) => `Proxy-Authorization: NTLM ${s}`, avoid: /[^A-Za-z0-9\-._~+/]/ },
  { id: 'bare-bearer', plant: (s) => `sending request with Bearer ${s} to graph`, avoid: /[^A-Za-z0-9\-._~+/]/ },
  {
    id: 'jwt-anywhere',
    plant: (s) => `got id eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(`{"sub":"${s}"}`).toString('base64url')}.${s}sig then`,
    avoid: /[^A-Za-z0-9_-]/,
  },
  { id: 'smtp-auth-plain', plant: (s, u) => `C: AUTH PLAIN ${b64(`\0${u}\0${s}`)}` },
  { id: 'smtp-auth-xoauth2', plant: (s, u) => `AUTH XOAUTH2 ${b64(`user=${u}\x01auth=Bearer ${s}\x01\x01`)}` },
  {
    id: 'imap-authenticate-oauthbearer',
    plant: (s, u) => `A1 AUTHENTICATE OAUTHBEARER ${b64(`n,a=${u},\x01host=imap.example.com\x01port=993\x01auth=Bearer ${s}\x01\x01`)}`,
  },
  { id: 'imap-continuation-plain', plant: (s, u) => `\nC: ${b64(`\0${u}\0${s}`)}\n` },
  { id: 'auth-login-answer-after-marker', plant: (s) => `\nC: ${b64(s)}\n`, lineOnly: true },
  // A bare base64 line is recognised by its padding: a secret of 3n bytes has none and would pass as a word.
  { id: 'auth-login-answer-bare-line', plant: (s) => `\n${b64(s)}\n`, lineOnly: true, avoidLength: 3 },
  { id: 'echoed-plain-in-no', plant: (s, u) => `A1 NO [AUTHENTICATIONFAILED] Invalid credentials (${b64(`\0${u}\0${s}`)})` },
  { id: 'echoed-xoauth2-in-535', plant: (s, u) => `535 5.7.8 Username and Password not accepted: ${b64(`user=${u}\x01auth=Bearer ${s}\x01\x01`)}` },
  { id: 'dovecot-resp', plant: (s, u) => `auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tresp=${b64(`\0${u}\0${s}`)}` },
  { id: 'pop3-pass-mid-line', plant: (s) => `DEBUG POP3 C: PASS ${s}`, avoid: ATOM_UNSAFE },
  { id: 'pop3-pass-line-start', plant: (s) => `\nPASS ${s}\n`, avoid: ATOM_UNSAFE },
  { id: 'imap-login-atoms', plant: (s) => `A001 LOGIN support ${s}`, avoid: ATOM_UNSAFE },
  { id: 'imap-login-quoted', plant: (s, u) => `a2 LOGIN "${u}" "${s}"`, avoid: /["\\\n]/, quoted: true },
  { id: 'thread-name', plant: (s) => `mail-poller-1 password=${s}`, avoid: VALUE_UNSAFE },
  { id: 'stack-frame-cause', plant: (s) => `Caused by: javax.mail.AuthenticationFailedException: AUTH XOAUTH2 failed; token=${s}`, avoid: VALUE_UNSAFE },
  { id: 'stack-frame-url', plant: (s) => `at com.acme.mail.Store.connect(imap://support:${s}@imap.example.com)`, avoid: URL_UNSAFE },
];

/** A deterministic secret for shape number `i`, legal in that shape's syntax and unique in the corpus. */
export function plantedSecret(shape: LeakShape, i: number): string {
  const rich = `Lk${String(i).padStart(2, '0')}~Zq.9!x-${(i * 7919).toString(36)}`;
  const plain = `Lk${String(i).padStart(2, '0')}Zq9x${(i * 7919).toString(36)}Wv`;
  const secret = shape.avoid && shape.avoid.test(rich) ? plain : rich;
  return shape.avoidLength && Buffer.byteLength(secret) % shape.avoidLength === 0 ? `${secret}q` : secret;
}

/** The user name planted with the secrets. */
export const PLANTED_USER = 'support@example.com';

/** Ordinary log and reply lines that hold no secret: redaction must leave each one exactly as it is. */
export const ORDINARY_LINES: string[] = [
  'password expired',
  'User password expired, please reset it in the portal',
  'The password for the account has expired and must be changed',
  'PasswordAuthentication no',
  'PasswordAuthentication=yes',
  'token refresh succeeded',
  'OAuth token refresh succeeded for support@example.com (expires in 3599 s)',
  'Refreshing access token for mailbox support@example.com',
  'Invalid username or password',
  '535 5.7.8 Error: authentication failed: Invalid username or password',
  '535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials',
  'Password: expired',
  'The Bearer token was rejected by the server',
  'WWW-Authenticate: Bearer realm="outlook.office365.com", error="invalid_token"',
  'AADSTS7000222: The provided client secret keys for app are expired.',
  'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value',
  'invalid_grant: AADSTS50173: The provided grant has expired due to it being revoked',
  'token_type=Bearer&expires_in=3599&scope=https://outlook.office.com/IMAP.AccessAsUser.All',
  'Plaintext LOGIN disabled by the server: use STARTTLS',
  '* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN AUTH=XOAUTH2',
  '250-AUTH PLAIN LOGIN XOAUTH2',
  '250-AUTH=PLAIN LOGIN',
  '334 VXNlcm5hbWU6',
  '334 UGFzc3dvcmQ6',
  '535 5.7.3 Authentication unsuccessful [AM0PR04CA0001.eurprd04.prod.outlook.com]',
  'AUTH LOGIN failed for support@example.com',
  'Status: PASS',
  '+OK Dovecot ready.',
  '-ERR [AUTH] Authentication failed.',
  'a1 NO [AUTHENTICATIONFAILED] Authentication failed.',
  'http://intranet.example.com:8080/path@latest/index.html',
  'mailto:support@example.com',
  'bypass=true tokens=5 compass=north',
  'tokenCount=3 passwordLength=12 secretName=m365-client',
  'Initializing',
  'STARTTLS',
  'QUIT',
  '2026-11-21 10:15:32,123 ERROR [emailjob-1] c.f.m.EmailSender - Outgoing failed: Connection timed out',
  '2026-11-21 10:15:32,123 INFO  [DefaultQuartzScheduler_Worker-1] o.q.c.JobRunShell - Job EMAIL.EmailPollingJob completed',
  'javax.mail.AuthenticationFailedException: AUTHENTICATE failed.',
  'at com.sun.mail.imap.IMAPStore.protocolConnect(IMAPStore.java:732)',
  '"DefaultQuartzScheduler_Worker-1" #42 prio=5 os_prio=0 cpu=12.50ms elapsed=300.12s tid=0x00007f nid=0x2b waiting on condition',
  'Caused by: java.net.SocketTimeoutException: Read timed out',
  'Nov 21 10:15:32 mx postfix/smtpd[1234]: warning: unknown[203.0.113.5]: SASL LOGIN authentication failed: UGFzc3dvcmQ6',
  'Nov 21 10:15:32 mx dovecot: imap-login: Disconnected (auth failed, 1 attempts in 2 secs): user=<support@example.com>, method=PLAIN, rip=203.0.113.5',
  'Ignoring this Email — Ticket Creation with CC/BCC is disabled',
  'Request has been created With Id = INC-1234',
  'The credentials are wrong or the account is locked',
  'client secret expires in 12 days',
  'a.b.c.d=4 key=value cache.key=abc',
  'SHA-256 fingerprint: 5F:4D:CC:3B:5A:A7:65:D6:1D:83:27:DE:B8:82:CF:99',
  'Message-ID: <CAHk1234abcd@mail.gmail.com>',
  'Received: from mail.example.com (mail.example.com [203.0.113.5]) by mx.example.com with ESMTPS id 4XyZ12AbCd',
  'SENT',
  'asOf',
  'RECEIVED',
  'PROCESSED',
  'ACQUIRED',
  'mailhost1',
  'INBOX',
  'SlaEscalationTrigger',
  'EmailFetchJob',
  'UIDVALIDITY',
  'DEFAULT',
];
