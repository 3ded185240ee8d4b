// IMAP response codes (RFC 5530, RFC 9051) and POP3 extended response codes (RFC 2449, RFC 3206).
import { defineRegistry } from './types.js';

/** IMAP response codes: the word in brackets after OK, NO or BAD. Codes that report routine state lead to no cause. */
export const IMAP_CODES = defineRegistry('RFC 5530 (IMAP Response Codes); RFC 9051 section 7.1 (Server Responses - Generic Status Responses)', {
  ALERT: {
    text: 'the human-readable text must be shown to the user',
    meaning: 'the server has something to tell the user (often why a login was refused)',
    cause: 'imap.alert',
  },
  ALREADYEXISTS: { text: 'the operation failed because the target already exists', cause: 'imap.command-failed' },
  APPENDUID: { text: 'the UIDVALIDITY and UID of an appended message' },
  AUTHENTICATIONFAILED: { text: 'authentication failed for some reason on which the server is unwilling to elaborate', cause: 'imap.auth.failed' },
  AUTHORIZATIONFAILED: {
    text: 'authentication succeeded but the authenticated identity may not act as the authorization identity',
    cause: 'imap.authorization-failed',
  },
  BADCHARSET: { text: 'the search charset is not supported', cause: 'imap.command-failed' },
  CANNOT: { text: 'the operation violates some invariant of the server and can never succeed', cause: 'imap.command-failed' },
  CAPABILITY: { text: 'the list of capabilities' },
  CLIENTBUG: { text: 'the server detected a client bug', cause: 'imap.command-failed' },
  CLOSED: { text: 'the previously selected mailbox is now closed' },
  CONTACTADMIN: { text: 'the user should contact the system administrator or support desk', cause: 'imap.account-blocked' },
  COPYUID: { text: 'the UIDs of copied messages' },
  CORRUPTION: { text: 'the server discovered that some relevant data (the mailbox or index) is corrupt', cause: 'imap.server-error' },
  EXPIRED: { text: 'the authentication credentials have expired, or the operation failed because some data has expired', cause: 'imap.credentials-expired' },
  EXPUNGEISSUED: { text: 'someone else expunged messages while the command ran', cause: 'imap.command-failed' },
  HASCHILDREN: { text: 'the mailbox has child mailboxes', cause: 'imap.command-failed' },
  INUSE: { text: 'the operation was denied because the mailbox or a resource is in use', cause: 'imap.in-use' },
  LIMIT: { text: 'the operation ran into a server limit', cause: 'imap.limit' },
  NONEXISTENT: { text: 'the operation targets a mailbox that does not exist', cause: 'imap.mailbox-not-found' },
  NOPERM: { text: 'the access control list does not permit the operation', cause: 'imap.command-failed' },
  NOTSAVED: { text: 'the search result variable was not saved' },
  OVERQUOTA: { text: 'the user would be over quota after the operation', cause: 'imap.over-quota' },
  PARSE: { text: 'the server could not parse a message header', cause: 'imap.command-failed' },
  PERMANENTFLAGS: { text: 'the flags the client may change permanently' },
  PRIVACYREQUIRED: { text: 'the operation is not permitted due to a lack of privacy (no TLS)', cause: 'imap.privacy-required' },
  'READ-ONLY': { text: 'the mailbox is selected read-only' },
  'READ-WRITE': { text: 'the mailbox is selected read-write' },
  SERVERBUG: { text: 'the server encountered a bug in itself', cause: 'imap.server-error' },
  TRYCREATE: { text: 'the target mailbox does not exist; it may be created first', cause: 'imap.mailbox-not-found' },
  UIDNEXT: { text: 'the next unique identifier value' },
  UIDNOTSTICKY: { text: 'the mailbox does not keep persistent UIDs' },
  UIDVALIDITY: { text: 'the unique identifier validity value' },
  UNAVAILABLE: { text: 'a subsystem is down temporarily', cause: 'imap.auth.unavailable' },
  'UNKNOWN-CTE': { text: 'the server does not know the content transfer encoding', cause: 'imap.command-failed' },
});

/** POP3 extended response codes: the word in brackets after -ERR. */
export const POP3_CODES = defineRegistry('RFC 2449 section 8 (POP3 Extended Response Codes); RFC 3206 (SYS and AUTH response codes)', {
  'LOGIN-DELAY': { text: 'the user logged in too recently', cause: 'pop3.login-delay', ref: 'RFC 2449' },
  'IN-USE': { text: 'the maildrop is in use by another session', cause: 'pop3.in-use', ref: 'RFC 2449' },
  'SYS/TEMP': { text: 'a temporary system failure', cause: 'pop3.server-error', ref: 'RFC 3206' },
  'SYS/PERM': { text: 'a permanent system failure', cause: 'pop3.server-error', ref: 'RFC 3206' },
  AUTH: { text: 'the failure is due to a problem with the credentials', cause: 'pop3.auth.failed', ref: 'RFC 3206' },
  UTF8: { text: 'the server requires UTF-8 mode', cause: 'pop3.command-failed', ref: 'RFC 6856' },
});
