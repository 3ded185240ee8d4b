// The endpoint and auth-source options of the smtp, imap and pop3 kinds, also the keys of a run config's servers.
import { presetNames } from './presets.js';

/** Where a mail check connects. */
export const MAIL_TARGET_OPTIONS = {
  host: { type: 'string', arg: 'host', description: 'mail server host name (or use --preset)' },
  port: { type: 'number', integer: true, min: 1, max: 65535, arg: 'port', description: 'port (default by security: 465/587 SMTP, 993/143 IMAP, 995/110 POP3)' },
  security: { type: 'string', enum: ['tls', 'starttls', 'none'], arg: 'mode', description: 'tls (implicit), starttls or none (default by port)' },
  preset: { type: 'string', arg: 'name', description: `provider preset: ${presetNames().join(', ')}` },
  ca: { type: 'string', arg: 'file', description: 'PEM file of extra trusted CA certificates (also honours NODE_EXTRA_CA_CERTS)' },
} as const;

/** How a mail check logs in: the user and one source of its password or token (names of variables and files only). */
export const MAIL_AUTH_OPTIONS = {
  user: { type: 'string', arg: 'name', description: 'login name (usually the full mailbox address)' },
  passwordEnv: { type: 'string', arg: 'var', description: 'name of the environment variable that holds the password' },
  passwordFile: { type: 'string', arg: 'path', description: 'file that holds the password' },
  oauthTokenEnv: { type: 'string', arg: 'var', description: 'name of the environment variable that holds an OAuth access token (XOAUTH2)' },
  oauthTokenFile: { type: 'string', arg: 'path', description: 'file that holds an OAuth access token (XOAUTH2)' },
  oauth: { type: 'string', cli: false, description: 'name of the oauth check of this run whose token to use (XOAUTH2)' },
} as const;

/** Every option the three mail kinds share, with the key other checks of a run name in `needs`. */
export const MAIL_OPTIONS = {
  server: {
    type: 'string',
    positional: true,
    config: false,
    arg: 'host[:port]',
    description: 'the mail server, as --host and --port give it (`maildoctor smtp smtp.office365.com:587`)',
  },
  ...MAIL_TARGET_OPTIONS,
  ...MAIL_AUTH_OPTIONS,
  key: { type: 'string', cli: false, description: 'key other checks name in needs' },
} as const;
