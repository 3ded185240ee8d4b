// The one table of documented causes and the one list of text matchers, merged from each area's file.
import { AUDIT_ANALYSIS_CAUSES } from './audit-analysis-causes.js';
import { AUDIT_CAUSES } from './audit-causes.js';
import { BOUNDS_CAUSES } from './bounds-causes.js';
import { CONFIG_CAUSES } from './config-causes.js';
import { CONFIG_LINT_CAUSES } from './config-lint-causes.js';
import { auditMatchers } from './audit-messages.js';
import { EML_CAUSES } from './eml-causes.js';
import { EXPLAIN_CAUSES } from './explain-causes.js';
import { IMAP_CAUSES } from './imap-causes.js';
import { LOG_CAUSES } from './log-causes.js';
import { logMatchers } from './log-rules.js';
import { MAIL_CAUSES } from './mail-causes.js';
import { MAIL_MATCHERS } from './mail-matchers.js';
import { NETWORK_CAUSES } from './network-causes.js';
import { CA_STORE_CAUSES } from './ca-store-causes.js';
import { DNS_CAUSES } from './dns-causes.js';
import { HTTP_CAUSES } from './http-causes.js';
import { ROUTE_CAUSES } from './route-causes.js';
import { OAUTH_CAUSES } from './oauth-causes.js';
import { JOURNEY_CAUSES } from './journey-causes.js';
import { POP3_CAUSES } from './pop3-causes.js';
import { PRACTICE_CAUSES } from './practice-causes.js';
import { oauthMatchers } from './oauth-matchers.js';
import { SCHEDULER_CAUSES } from './scheduler-causes.js';
import { SCHEDULER_MATCHERS } from './scheduler-matchers.js';
import { SMTP_CAUSES } from './smtp-causes.js';
import { THREADDUMP_CAUSES } from './threaddump-causes.js';
import { THREADDUMP_MATCHERS } from './threaddump-matchers.js';
import { TLS_CAUSES } from './tls-causes.js';
import { VERDICT_CAUSES } from './verdict-causes.js';
import { DELIVERY_CAUSES } from './delivery-causes.js';
import { REGISTRY_CAUSES } from './registry-causes.js';
import { EML_BOUNCE_CAUSES } from './eml-bounce-causes.js';
import { NETWORK_MATCHERS } from './network-matchers.js';
import type { Cause, TextMatcher } from './types.js';

/** Every cause maildoctor can report, keyed by its public id. */
export const CAUSES = {
  ...AUDIT_CAUSES,
  ...AUDIT_ANALYSIS_CAUSES,
  ...EML_CAUSES,
  ...EXPLAIN_CAUSES,
  ...NETWORK_CAUSES,
  ...DNS_CAUSES,
  ...HTTP_CAUSES,
  ...ROUTE_CAUSES,
  ...CA_STORE_CAUSES,
  ...OAUTH_CAUSES,
  ...CONFIG_CAUSES,
  ...CONFIG_LINT_CAUSES,
  ...SCHEDULER_CAUSES,
  ...THREADDUMP_CAUSES,
  ...TLS_CAUSES,
  ...MAIL_CAUSES,
  ...SMTP_CAUSES,
  ...IMAP_CAUSES,
  ...LOG_CAUSES,
  ...POP3_CAUSES,
  ...PRACTICE_CAUSES,
  ...VERDICT_CAUSES,
  ...JOURNEY_CAUSES,
  ...DELIVERY_CAUSES,
  ...REGISTRY_CAUSES,
  ...EML_BOUNCE_CAUSES,
  ...BOUNDS_CAUSES,
} satisfies Record<string, Cause>;

/** A public cause id; a typo in a check is a compile error. */
export type CauseId = keyof typeof CAUSES;

/** Every text matcher, shared by `explain`, the log scanner and the audit reader. */
export const MATCHERS: readonly TextMatcher<CauseId>[] = [
  ...auditMatchers(),
  ...NETWORK_MATCHERS,
  ...SCHEDULER_MATCHERS,
  ...oauthMatchers(),
  ...THREADDUMP_MATCHERS,
  ...MAIL_MATCHERS,
  ...logMatchers(),
];

/** The knowledge entry of a cause id. */
export function causeOf(id: CauseId): Cause {
  return CAUSES[id];
}

/** True when a string is a known cause id (for ids read from files or the command line). */
export function isCauseId(id: string): id is CauseId {
  return Object.prototype.hasOwnProperty.call(CAUSES, id);
}
