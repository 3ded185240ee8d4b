// The commented example config `maildoctor init` writes: valid as written, and never holding a secret.
import { mailPreset } from '../checks/mail/presets.js';

/** Presets `init` can start from. */
export const INIT_PRESETS = ['office365', 'gmail', 'generic'] as const;

/** One of the init presets. */
export type InitPreset = (typeof INIT_PRESETS)[number];

function endpointLines(kind: 'imap' | 'smtp', preset: InitPreset): string[] {
  const p = preset === 'generic' ? undefined : mailPreset(preset);
  const ep = p?.[kind];
  const host = ep?.host ?? (kind === 'imap' ? 'imap.example.com' : 'smtp.example.com');
  const port = ep?.port ?? (kind === 'imap' ? 993 : 587);
  const security = ep?.security ?? (kind === 'imap' ? 'tls' : 'starttls');
  return [`    host: ${host}`, `    port: ${port}`, `    security: ${security}          # tls (implicit), starttls or none`];
}

/** The YAML text of an example config for a preset. */
export function initTemplate(preset: InitPreset): string {
  const oauth = preset !== 'generic';
  const provider = preset === 'gmail' ? 'google' : 'microsoft';
  const auth = oauth
    ? ['    auth: oauth', '    oauth: mail-app               # the oauth entry below']
    : ['    auth: password', '    passwordEnv: MAIL_PASSWORD    # NAME of a variable holding the password (or passwordFile: /path)'];
  const lines = [
    `# maildoctor run config (${preset}). Written by \`maildoctor init\`.`,
    '# Secrets are never written here: name an environment variable (…Env) or a file (…File) instead.',
    '# Check it with: maildoctor run --config maildoctor.yaml',
    'timeout: 10000                  # per network step, in ms',
    ...(preset === 'generic' ? [] : [`preset: ${preset}`]),
    '',
    'incoming:',
    '  - name: support',
    '    protocol: imap               # imap (needed for Real Time Scanning), pop3 or graph',
    ...endpointLines('imap', preset),
    '    user: support@company.com',
    '    address: support@company.com',
    ...auth,
    '    mailbox: INBOX',
    '    primary: true',
    '    outgoing: notifications      # the linked outgoing server',
    '    technicianGroup: Service Desk',
    '    category: Email',
    '',
    'outgoing:',
    '  - name: notifications',
    ...endpointLines('smtp', preset),
    '    user: support@company.com',
    ...auth,
    '    from: support@company.com',
    '    replyTo: support@company.com # should be the incoming mailbox',
    '    primary: true',
  ];
  if (oauth) {
    lines.push(
      '',
      'oauth:',
      '  - name: mail-app',
      `    provider: ${provider}`,
      ...(provider === 'microsoft' ? ['    tenant: contoso.onmicrosoft.com'] : []),
      '    clientId: 00000000-0000-0000-0000-000000000000',
      '    clientSecretEnv: MAIL_CLIENT_SECRET',
      '    refreshTokenEnv: MAIL_REFRESH_TOKEN',
      '    grant: refresh_token',
    );
  }
  lines.push(
    '',
    '# The helpdesk database holding the Quartz tables (password from a variable or .pgpass):',
    '# database:',
    '#   url: postgres://flotomate@127.0.0.1:5432/flotomate',
    '#   passwordEnv: PGPASSWORD_VAR',
    '#   schema: master',
    '',
    '# Logs: by default the tenant logs under /opt/flotomate/main-server/*/logs/ are found by themselves.',
    '# logs:',
    '#   tenant: apolo',
    '#   since: 2h',
    '',
  );
  return lines.join('\n');
}
