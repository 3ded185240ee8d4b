// Where each Email Audit status, and each log cause that stands for one, sits in the End-to-End Email Journey.
// The steps are those of ServiceOps — Email Server Troubleshooting › How Email Works in ServiceOps › End-to-End
// Email Journey: RECEIVED is step 3, PROCESSED step 5 and SENT step 7; a failure or a deliberate drop belongs to
// the step that did not happen (processing is step 4, the outgoing server's send is step 6).
import { AUDIT_MESSAGES, type AuditStatus } from './audit-messages.js';
import type { CauseId } from './index.js';
import type { LOG_CAUSES } from './log-causes.js';

/** What an audit status says about its step: done, failed, or dropped on purpose (ignore rules, filters). */
export type StepOutcome = 'reached' | 'failed' | 'ignored';

/** The journey step and outcome each documented audit status records. */
export const STATUS_STEP: Record<AuditStatus, { step: number; outcome: StepOutcome }> = {
  RECEIVED: { step: 3, outcome: 'reached' },
  'RECEIVED IGNORED': { step: 4, outcome: 'ignored' },
  PROCESSED: { step: 5, outcome: 'reached' },
  'PROCESSED FAILED': { step: 4, outcome: 'failed' },
  'ATTACHMENT PROCESSED': { step: 5, outcome: 'reached' },
  'ATTACHMENT PROCESSED FAILED': { step: 4, outcome: 'failed' },
  SENT: { step: 7, outcome: 'reached' },
  SEND_FAILED: { step: 6, outcome: 'failed' },
  SEND_IGNORED: { step: 6, outcome: 'ignored' },
};

/** Step 2 (the incoming server fetches it): what a logged run of the email fetch job stands for. */
export const FETCH_STEP = 2;

/** The log cause that counts runs of the email fetch job. */
export const FETCH_LOG_CAUSE: keyof typeof LOG_CAUSES = 'log.polling.fired';

/** Log causes that are an audit status written into email.log under the application's own status names. */
const LOG_STATUS: Partial<Record<keyof typeof LOG_CAUSES, AuditStatus>> = {
  'log.ignored.received': 'RECEIVED IGNORED',
  'log.send.failed': 'SEND_FAILED',
  'log.send.ignored': 'SEND_IGNORED',
};

const AUDIT_STATUS_OF = new Map<string, AuditStatus>(AUDIT_MESSAGES.map((m) => [m.cause, m.status]));

/** The audit status a cause id stands for: an audit message's own status, or a logged status name. */
export function statusOfCause(cause: string): AuditStatus | undefined {
  return AUDIT_STATUS_OF.get(cause) ?? LOG_STATUS[cause as keyof typeof LOG_CAUSES];
}

/** The step a check type's failure stops for every email: incoming logins and the polling job fetch (step 2), the outgoing login sends (step 6). */
export const CHECK_STEP: Readonly<Record<string, number>> = { imap: 2, pop3: 2, graph: 2, quartz: 2, service: 2, smtp: 6 };

/** The step the chain of an incoming or an outgoing server serves. */
export const DIRECTION_STEP = { incoming: 2, outgoing: 6 } as const;

/** Findings about a whole step rather than single emails, and the steps they are about. */
export const STEP_CAUSES: Partial<Record<CauseId, readonly number[]>> = {
  'log.polling.stopped': [FETCH_STEP],
  'log.polling.not-seen': [FETCH_STEP],
  'log.polling.fired': [FETCH_STEP],
  'journey.send-failed': [6],
  'journey.not-arrived': [1],
  'journey.delivered': [1, 6],
};
