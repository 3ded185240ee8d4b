// The mailbox-centred part of a run config: incoming and outgoing servers, OAuth apps, database, logs; their keys are
// the check kinds' own options wherever a kind reads them.
import { MAIL_OPTIONS } from '../checks/mail/options.js';
import { OAUTH_KIND } from '../checks/oauth/kind.js';
import type { OptionSchema } from '../core/options.js';
import { LOGS_KIND } from '../logs/kind.js';
import { QUARTZ_KIND } from '../scheduler/quartz-kind.js';

const { host, port, security, user, passwordEnv, passwordFile, oauth, ca } = MAIL_OPTIONS;

/** Keys shared by incoming and outgoing servers: where they are and how they log in. */
const SERVER_FIELDS: OptionSchema = {
  name: { type: 'string', required: true, description: 'a name to refer to this server (unique)' },
  enabled: { type: 'boolean', description: 'false when the server is switched off in the helpdesk (default true)' },
  primary: { type: 'boolean', description: 'true for the primary (fallback/default) server' },
  host,
  port,
  security,
  user,
  auth: { type: 'string', enum: ['password', 'oauth'], description: 'password (Basic Auth) or oauth (XOAUTH2)' },
  passwordEnv,
  passwordFile,
  oauth,
  ignoreFilters: { type: 'string[]', description: 'the spam/ignore filter rules of this server (addresses, domains, patterns)' },
  ca,
};

/** One incoming email server (ServiceOps — Email Server Troubleshooting › How Email Works: IMAP, MAPI/Graph or POP3). */
export const INCOMING_FIELDS: OptionSchema = {
  ...SERVER_FIELDS,
  protocol: { type: 'string', required: true, enum: ['imap', 'pop3', 'graph'], description: 'imap, pop3 or graph' },
  address: { type: 'string', description: 'the support mailbox address (e.g. support@company.com)' },
  mailbox: { type: 'string', description: 'folder to examine (default INBOX)' },
  outgoing: { type: 'string', description: 'name of the linked outgoing server (replies go out through it)' },
  technicianGroup: { type: 'string', description: 'default technician group of tickets from this mailbox' },
  category: { type: 'string', description: 'default category of tickets from this mailbox' },
};

/** One outgoing email server (SMTP). */
export const OUTGOING_FIELDS: OptionSchema = {
  ...SERVER_FIELDS,
  from: { type: 'string', description: 'the sender address of notifications' },
  replyTo: { type: 'string', description: 'the Reply-To address of notifications (should be the incoming mailbox)' },
};

/** One OAuth application whose token the servers use: the oauth kind's own options, with a required name. */
export const OAUTH_ENTRY_FIELDS: OptionSchema = {
  ...OAUTH_KIND.options,
  name: { type: 'string', required: true, description: 'the name servers refer to with oauth: NAME' },
};

/** Where the Quartz tables are: the quartz kind's options, its `db` as `url`. */
export const DATABASE_FIELDS: OptionSchema = {
  url: { type: 'string', required: true, description: 'postgres://user@host:port/database (no password here)' },
  passwordEnv: QUARTZ_KIND.options.passwordEnv,
  passwordFile: QUARTZ_KIND.options.passwordFile,
  schema: QUARTZ_KIND.options.schema,
};

/** Where the helpdesk's logs are: the logs kind's `paths` (formerly `dirs`), `tenant` and `since`. */
export const LOGS_FIELDS: OptionSchema = {
  paths: { ...LOGS_KIND.options.paths, positional: false, aliases: ['dirs'] },
  tenant: LOGS_KIND.options.tenant,
  since: LOGS_KIND.options.since,
};

/** Every top-level key of a mailbox-centred run config. */
export const MAIL_CONFIG_FIELDS: OptionSchema = {
  preset: { type: 'string', description: 'office365 or gmail: default hosts and ports of the provider' },
  incoming: { type: 'object[]', fields: INCOMING_FIELDS, description: 'incoming email servers' },
  outgoing: { type: 'object[]', fields: OUTGOING_FIELDS, description: 'outgoing email servers' },
  oauth: { type: 'object[]', fields: OAUTH_ENTRY_FIELDS, description: 'OAuth applications' },
  database: { type: 'object', fields: DATABASE_FIELDS, description: 'the helpdesk database with the Quartz tables' },
  logs: { type: 'object', fields: LOGS_FIELDS, description: 'log locations' },
  threaddumps: { type: 'string[]', description: 'thread dump files to analyse' },
};

/** What incoming and outgoing server entries share once validated. */
export interface ServerEntry {
  name: string;
  enabled?: boolean;
  primary?: boolean;
  host?: string;
  port?: number;
  security?: 'tls' | 'starttls' | 'none';
  user?: string;
  auth?: 'password' | 'oauth';
  passwordEnv?: string;
  passwordFile?: string;
  oauth?: string;
  ignoreFilters?: string[];
  ca?: string;
}

/** A validated incoming server entry. */
export interface IncomingServer extends ServerEntry {
  protocol: 'imap' | 'pop3' | 'graph';
  address?: string;
  mailbox?: string;
  outgoing?: string;
  technicianGroup?: string;
  category?: string;
}

/** A validated outgoing server entry. */
export interface OutgoingServer extends ServerEntry {
  from?: string;
  replyTo?: string;
}

/** The mailbox-centred config after validation. */
export interface MailConfig {
  preset?: string;
  incoming: IncomingServer[];
  outgoing: OutgoingServer[];
  oauth: Array<Record<string, unknown> & { name: string; provider: string }>;
  database?: { url: string; passwordEnv?: string; passwordFile?: string; schema?: string };
  logs?: { paths?: string[]; tenant?: string; since?: string };
  threaddumps?: string[];
}
