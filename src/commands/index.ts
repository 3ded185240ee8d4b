// The explicit, ordered list of subcommands; `maildoctor --help` lists them in this order.
import { AUDIT_COMMAND } from './audit.js';
import { CONFIG_COMMAND } from './config.js';
import { EML_COMMAND } from './eml.js';
import { CA_STORE_COMMAND } from './ca-store.js';
import { DNS_COMMAND } from './dns.js';
import { EXPLAIN_COMMAND } from './explain.js';
import { HTTP_COMMAND } from './http.js';
import { ROUTE_COMMAND } from './route.js';
import { TRIAGE_COMMAND } from './triage.js';
import { OAUTH_COMMAND } from './oauth.js';
import { INIT_COMMAND } from './init.js';
import { LOGS_COMMAND } from './logs.js';
import { PORT_COMMAND } from './port.js';
import { QUARTZ_COMMAND } from './quartz.js';
import { RUN_COMMAND } from './run.js';
import { SMTP_COMMAND } from './smtp.js';
import { IMAP_COMMAND } from './imap.js';
import { POP3_COMMAND } from './pop3.js';
import { THREADDUMP_COMMAND } from './threaddump.js';
import { TLS_COMMAND } from './tls.js';
import type { CommandSpec } from './types.js';

/** Every subcommand, in the order of a diagnosis. */
export const COMMANDS: readonly CommandSpec[] = [RUN_COMMAND, INIT_COMMAND, TRIAGE_COMMAND, DNS_COMMAND, PORT_COMMAND, TLS_COMMAND, HTTP_COMMAND, ROUTE_COMMAND, CA_STORE_COMMAND, SMTP_COMMAND, IMAP_COMMAND, POP3_COMMAND, AUDIT_COMMAND, LOGS_COMMAND, QUARTZ_COMMAND, THREADDUMP_COMMAND, OAUTH_COMMAND, CONFIG_COMMAND, EXPLAIN_COMMAND, EML_COMMAND];
