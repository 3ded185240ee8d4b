// Microsoft Graph error codes a mail integration meets: the generic Graph codes, the Exchange (mail) codes Graph
// passes through, and the HTTP statuses of throttling.
import { defineRegistry } from './types.js';

/** Graph `error.code` values keyed as Graph writes them. */
export const GRAPH_ERRORS = defineRegistry(
  'Microsoft Learn: Microsoft Graph error responses and resource types; Microsoft Graph throttling guidance; Outlook mail API errors',
  {
    accessDenied: { text: "The caller doesn't have permission to perform the action.", cause: 'graph.access-denied' },
    activityLimitReached: { text: 'The app or user has been throttled.', cause: 'graph.throttled' },
    generalException: { text: 'An unspecified error has occurred.', cause: 'graph.unexpected-response' },
    invalidRequest: { text: 'The request is malformed or incorrect.', cause: 'oauth.request.invalid' },
    itemNotFound: { text: 'The resource could not be found.', cause: 'graph.item-not-found' },
    notAllowed: { text: 'The action is not allowed by the system.', cause: 'graph.access-denied' },
    quotaLimitReached: { text: 'The user has reached their quota limit.', cause: 'graph.quota-exceeded' },
    serviceNotAvailable: { text: 'The service is not available. Try the request again after a delay.', cause: 'graph.service-unavailable' },
    unauthenticated: { text: 'The caller is not authenticated.', cause: 'graph.token-rejected' },
    InvalidAuthenticationToken: { text: 'Access token is empty, expired or its validation failed.', cause: 'graph.token-rejected' },
    Authorization_RequestDenied: { text: 'Insufficient privileges to complete the operation.', cause: 'graph.access-denied' },
    Authorization_IdentityNotFound: { text: 'The identity of the calling application could not be established.', cause: 'graph.token-rejected' },
    ResourceNotFound: { text: 'Resource could not be discovered.', cause: 'graph.item-not-found' },
    NoPermissionsInAccessToken: { text: 'The token contains no permissions, or permissions can not be understood.', cause: 'oauth.claims.scope-missing' },
    Request_ResourceNotFound: {
      text: 'Resource does not exist or one of its queried reference-property objects are not present.',
      cause: 'graph.item-not-found',
    },
    ApplicationThrottled: { text: 'Application is over its MailboxConcurrency limit.', cause: 'graph.throttled' },
    TooManyRequests: { text: 'Too many requests.', cause: 'graph.throttled' },
    ErrorAccessDenied: { text: 'Access is denied. Check credentials and try again.', cause: 'graph.access-denied' },
    ErrorInvalidUser: { text: 'The requested user is invalid.', cause: 'graph.mailbox-not-found' },
    ErrorNonExistentMailbox: { text: 'The SMTP address has no mailbox associated with it.', cause: 'graph.mailbox-not-found' },
    MailboxNotEnabledForRESTAPI: { text: 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.', cause: 'graph.mailbox-not-enabled' },
    MailboxNotSupportedForRESTAPI: { text: 'REST API is not yet supported for this mailbox.', cause: 'graph.mailbox-not-enabled' },
    ErrorItemNotFound: { text: 'The specified object was not found in the store.', cause: 'graph.item-not-found' },
    ErrorInvalidIdMalformed: { text: 'Id is malformed.', cause: 'graph.item-not-found' },
    ErrorQuotaExceeded: { text: 'The mailbox has exceeded its quota.', cause: 'graph.quota-exceeded' },
    ErrorMessageSizeExceeded: { text: 'The message exceeds the maximum supported size.', cause: 'smtp.message-too-large' },
    ErrorSendAsDenied: {
      text: 'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.',
      cause: 'smtp.sendas-denied',
    },
    ErrorSubmissionQuotaExceeded: { text: 'The submission quota of the mailbox has been exceeded.', cause: 'smtp.rate-limited' },
    ErrorMessageSubmissionBlocked: { text: 'The account has been blocked from sending messages.', cause: 'smtp.blocked' },
    ErrorInvalidRecipients: { text: 'At least one recipient is not valid.', cause: 'smtp.recipient-rejected' },
    ErrorMailboxStoreUnavailable: { text: 'The mailbox database is temporarily unavailable.', cause: 'graph.service-unavailable' },
    ErrorServerBusy: { text: 'The server cannot service this request right now. Try again later.', cause: 'graph.service-unavailable' },
    ErrorTimeoutExpired: { text: 'The request timed out.', cause: 'graph.no-answer' },
    ErrorInternalServerError: { text: 'An internal server error occurred.', cause: 'graph.unexpected-response' },
    ErrorMailboxMoveInProgress: { text: 'The mailbox is being moved.', cause: 'graph.service-unavailable' },
    ErrorConnectionFailed: { text: 'Connection did not succeed. Try again later.', cause: 'graph.service-unavailable' },
  },
);

/** HTTP statuses Graph answers with, for bodies that give no error code. */
export const GRAPH_HTTP = defineRegistry('Microsoft Learn: Microsoft Graph error responses and resource types (HTTP status codes)', {
  '400': { text: 'Bad Request', cause: 'oauth.request.invalid' },
  '401': { text: 'Unauthorized', cause: 'graph.token-rejected' },
  '403': { text: 'Forbidden', cause: 'graph.access-denied' },
  '404': { text: 'Not Found', cause: 'graph.item-not-found' },
  '429': { text: 'Too Many Requests', cause: 'graph.throttled' },
  '500': { text: 'Internal Server Error', cause: 'graph.unexpected-response' },
  '503': { text: 'Service Unavailable', cause: 'graph.service-unavailable' },
  '504': { text: 'Gateway Timeout', cause: 'graph.no-answer' },
});
