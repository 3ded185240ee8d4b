// What Microsoft Graph means when it refuses GET /users/{mailbox}/mailFolders/inbox: its HTTP status and error code.
import type { CauseId } from './index.js';

/** The cause of a refusal (Microsoft Graph error responses: ErrorAccessDenied, MailboxNotEnabledForRESTAPI, 401, 403, 404). */
export function graphRefusalCause(status: number, code: string | undefined): CauseId {
  if (status === 403 || code === 'ErrorAccessDenied') return 'graph.access-denied';
  if (code === 'MailboxNotEnabledForRESTAPI') return 'graph.mailbox-not-enabled';
  if (status === 404) return 'graph.mailbox-not-found';
  if (status === 401) return 'graph.token-rejected';
  return 'graph.unexpected-response';
}
