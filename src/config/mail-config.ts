// The mailbox-centred part of a run config: incoming and outgoing servers, OAuth apps, database, logs.
import { OAUTH_FIELDS } from '../checks/oauth/kind.js';
import type { FieldSpecs } from './fields.js';

const SECURITY = ['tls', 'starttls', 'none'] as const;

/** Keys shared by incoming and outgoing servers: where they are and how they log in. */
const SERVER_FIELDS: FieldSpecs = {
  name: { type: 'string', required: true, description: 'a name to refer to this server (unique)' },
  enabled: { type: 'boolean', description: 'false when the server is switched off in the helpdesk (default true)' },
  primary: { type: 'boolean', description: 'true for the primary (fallback/default) server' },
  host: { type: 'string', description: 'host name; defaults to the preset provider\'s host' },
  port: { type: 'number', integer: true, min: 1, max: 65535, description: 'port; defaults by protocol and security' },
  security: { type: 'string', enum: SECURITY, description: 'tls (implicit), starttls or none' },
  user: { type: 'string', description: 'the login (mailbox) name' },
  auth: { type: 'string', enum: ['password', 'oauth'], description: 'password (Basic Auth) or oauth (XOAUTH2)' },
  passwordEnv: { type: 'string', description: 'name of the environment variable that holds the password' },
  passwordFile: { type: 'string', description: 'file that holds the password' },
  oauth: { type: 'string', description: 'name of the oauth entry whose token this server uses' },
  ignoreFilters: { type: 'string[]', description: 'the spam/ignore filter rules of this server (addresses, domains, patterns)' },
  ca: { type: 'string', description: 'PEM file of extra trusted CAs for this server (relative to the config file)' },
};

/** One incoming email server (ServiceOps — Email Server Troubleshooting › How Email Works: IMAP, MAPI/Graph or POP3). */
export const INCOMING_FIELDS: FieldSpecs = {
  ...SERVER_FIELDS,
  protocol: { type: 'string', required: true, enum: ['imap', 'pop3', 'graph'], description: 'imap, pop3 or graph' },
  address: { type: 'string', description: 'the support mailbox address (e.g. support@company.com)' },
  mailbox: { type: 'string', description: 'folder to examine (default INBOX)' },
  outgoing: { type: 'string', description: 'name of the linked outgoing server (replies go out through it)' },
  technicianGroup: { type: 'string', description: 'default technician group of tickets from this mailbox' },
  category: { type: 'string', description: 'default category of tickets from this mailbox' },
};

/** One outgoing email server (SMTP). */
export const OUTGOING_FIELDS: FieldSpecs = {
  ...SERVER_FIELDS,
  from: { type: 'string', description: 'the sender address of notifications' },
  replyTo: { type: 'string', description: 'the Reply-To address of notifications (should be the incoming mailbox)' },
};

/** One OAuth application whose token the servers use: the oauth check's own keys, with a required name. */
export const OAUTH_ENTRY_FIELDS: FieldSpecs = {
  ...OAUTH_FIELDS,
  name: { type: 'string', required: true, description: 'the name servers refer to with oauth: NAME' },
};

/** Where the Quartz tables are. */
export const DATABASE_FIELDS: FieldSpecs = {
  url: { type: 'string', required: true, description: 'postgres://user@host:port/database (no password here)' },
  passwordEnv: { type: 'string', description: 'environment variable that holds the database password' },
  passwordFile: { type: 'string', description: 'file that holds the database password' },
  schema: { type: 'string', description: 'schema of the qrtz_ tables (default master)' },
};

/** Where the helpdesk's logs and thread dumps are. */
export const LOGS_FIELDS: FieldSpecs = {
  dirs: { type: 'string[]', description: 'log directories or files (default: discover /opt/flotomate/main-server/*/logs/)' },
  tenant: { type: 'string', description: 'tenant name under /opt/flotomate/main-server/' },
  since: { type: 'string', description: 'only lines newer than this (e.g. 2h)' },
};

/** Every top-level key of a mailbox-centred run config. */
export const MAIL_CONFIG_FIELDS: FieldSpecs = {
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
  logs?: { dirs?: string[]; tenant?: string; since?: string };
  threaddumps?: string[];
}
