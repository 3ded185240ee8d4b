// Causes that only the code registries lead to: IMAP and POP3 response codes, OAuth and Graph error codes, TLS
// protocol versions, operating-system errors and client-library exceptions.
import { defineCauses } from './types.js';

const RFC5530 = 'RFC 5530 (IMAP Response Codes); RFC 9051 section 7.1';
const POP3 = 'RFC 2449 section 8 (POP3 Extension Mechanism); RFC 3206 (The SYS and AUTH POP Response Codes)';
const OAUTH = 'RFC 6749 section 5.2 (OAuth 2.0 error response)';
const DEVICE = 'RFC 8628 section 3.5 (Device Access Token Response)';
const BEARER = 'RFC 6750 section 3.1 (Bearer token error codes)';
const OIDC = 'OpenID Connect Core 1.0 section 3.1.2.6 (Authentication Error Response)';
const ENTRA = 'Microsoft Learn: Microsoft Entra authentication and authorization error codes';
const GOOGLE = 'Google Identity: Using OAuth 2.0 to Access Google APIs (error responses)';
const GRAPH = 'Microsoft Learn: Microsoft Graph error responses and resource types; Microsoft Graph throttling guidance';
const RESET = {
  text: 'Reset the OAuth token in Setup > Email and SMS > Configure Email Server: tick Reset, Finish, and sign in as the mailbox user if asked (inbound: Setup > Email and SMS > Inbound Email Accounts > the account > Server tab > Reset).',
};

/** Causes reached through registry codes rather than through one written wording. */
export const REGISTRY_CAUSES = defineCauses({
  'imap.over-quota': {
    title: 'IMAP mailbox is over its quota ([OVERQUOTA])',
    severity: 'fail',
    explanation:
      'The server refused an operation because the mailbox or account has used up its storage quota. A full support mailbox also stops new mail from arriving.',
    fixes: [{ text: 'Archive or delete old messages in the support mailbox, or raise its quota.' }],
    reference: RFC5530,
  },
  'imap.in-use': {
    title: 'IMAP mailbox or resource is in use ([INUSE])',
    severity: 'warn',
    explanation: 'Another session holds the mailbox (or a lock on it), so the operation could not run now. Two pollers on the same mailbox cause this.',
    fixes: [{ text: 'Make sure only one helpdesk node or client polls this mailbox; retry after the other session ends.' }],
    reference: RFC5530,
  },
  'imap.limit': {
    title: 'IMAP server limit reached ([LIMIT])',
    severity: 'warn',
    explanation: 'The operation would exceed a server limit: too many connections for the account, too many messages in one command, or a size limit.',
    fixes: [{ text: 'Close idle IMAP sessions for this account (other clients, stale helpdesk nodes) and retry.' }],
    reference: RFC5530,
  },
  'imap.server-error': {
    title: 'IMAP server reported an internal problem ([SERVERBUG], [UNAVAILABLE], [CORRUPTION])',
    severity: 'fail',
    explanation:
      "The server says the failure is on its side: a bug, a backend that is down, or a damaged mailbox. Nothing in the helpdesk's settings causes it.",
    fixes: [{ text: "Retry later and report it to the mail server's administrator with the time and the response text." }],
    reference: RFC5530,
  },
  'imap.account-blocked': {
    title: 'IMAP account needs the administrator ([CONTACTADMIN])',
    severity: 'fail',
    explanation:
      'The credentials may be right but the account is blocked from logging in until an administrator acts (locked, suspended, or protocol access switched off).',
    fixes: [
      {
        text: 'Ask the mail administrator why the account is blocked; for Microsoft 365 check that IMAP is enabled for the mailbox (Get-CASMailbox ... | fl ImapEnabled).',
      },
    ],
    reference: RFC5530,
  },
  'imap.authorization-failed': {
    title: 'Logged in, but not authorised for that identity ([AUTHORIZATIONFAILED])',
    severity: 'fail',
    explanation:
      'Authentication worked, but the authenticated user may not act as the requested identity (for example a delegate or shared mailbox without FullAccess).',
    fixes: [{ text: 'Grant the login account access to the mailbox (FullAccess for a Microsoft 365 shared mailbox) or log in as the mailbox itself.' }],
    reference: RFC5530,
  },
  'imap.credentials-expired': {
    title: 'IMAP credentials have expired ([EXPIRED])',
    severity: 'fail',
    explanation: 'The password or token used to log in is no longer valid because it expired; it must be renewed before the server accepts it again.',
    fixes: [{ text: "Renew the password (or the OAuth token) of the mailbox account and update the helpdesk's incoming server." }, RESET],
    reference: RFC5530,
  },
  'imap.alert': {
    title: 'The IMAP server refused with an [ALERT] message',
    severity: 'fail',
    explanation:
      'The server sent an [ALERT]: a message meant for a person, usually saying why it refused the session (a policy, a required web sign-in, a blocked protocol). The text after [ALERT] is the reason.',
    fixes: [{ text: 'Read the alert text and act on it with the mailbox provider; it is not something the helpdesk can fix by retrying.' }],
    reference: 'RFC 9051 section 7.1 (ALERT response code)',
  },
  'pop3.login-delay': {
    title: 'POP3 login too soon after the last one ([LOGIN-DELAY])',
    severity: 'warn',
    explanation:
      "The server enforces a minimum time between logins and this one came too early. A polling interval shorter than the server's LOGIN-DELAY makes every other poll fail.",
    fixes: [{ text: 'Make the polling interval longer than the LOGIN-DELAY the server announces in CAPA, or switch to IMAP.' }],
    reference: POP3,
  },
  'pop3.server-error': {
    title: 'POP3 server reported a system problem ([SYS/TEMP], [SYS/PERM])',
    severity: 'fail',
    explanation:
      'The failure is on the server side, not the credentials. SYS/TEMP means a passing problem (retry later), SYS/PERM a lasting one that needs the administrator.',
    fixes: [{ text: 'For SYS/TEMP retry later; for SYS/PERM report the response text to the mail administrator.' }],
    reference: POP3,
  },
  'oauth.access-denied': {
    title: 'The user or administrator denied the authorisation (access_denied)',
    severity: 'fail',
    explanation: 'The sign-in or consent screen was cancelled or declined, or a policy refused it, so no authorisation code or token was issued.',
    fixes: [{ text: 'Repeat the OAuth registration and accept the consent prompt as the mailbox user (or have an administrator grant consent).' }, RESET],
    reference: `${OAUTH}; ${DEVICE}`,
  },
  'oauth.grant-type.unsupported': {
    title: 'The token endpoint does not support this grant type (unsupported_grant_type)',
    severity: 'fail',
    explanation:
      'The request asked for a grant type (refresh_token, client_credentials, password, device code) that this endpoint or app registration does not allow.',
    fixes: [
      {
        text: 'Use the grant type the provider documents for mail (authorization code + refresh token, or client credentials for app-only access) and check the token URL.',
      },
    ],
    reference: OAUTH,
  },
  'oauth.device.pending': {
    title: 'Device sign-in still pending (authorization_pending / slow_down)',
    severity: 'info',
    explanation: 'In the device code flow the user has not finished signing in yet; the client keeps polling (and slows down when told to).',
    fixes: [{ text: 'Finish the sign-in at the verification URL with the code shown; nothing is wrong yet.' }],
    reference: DEVICE,
  },
  'oauth.device.expired': {
    title: 'Device code expired before sign-in finished (expired_token)',
    severity: 'fail',
    explanation: 'The device code flow timed out: the user did not complete the sign-in before the code expired.',
    fixes: [{ text: 'Start the device sign-in again and complete it within the time shown.' }],
    reference: DEVICE,
  },
  'oauth.token.invalid': {
    title: 'Access token rejected by the resource (invalid_token)',
    severity: 'fail',
    explanation: 'The API or mail server refused the access token: it expired, was revoked, is for another audience, or is malformed.',
    fixes: [
      {
        text: 'Get a fresh token; if the new one is refused too, check its audience and scopes with maildoctor oauth.',
        commands: ['maildoctor oauth --provider microsoft --tenant T --client-id ID --client-secret-env SECRET'],
      },
      RESET,
    ],
    reference: BEARER,
  },
  'oauth.interaction-required': {
    title: 'A fresh interactive sign-in is required (interaction_required / login_required)',
    severity: 'fail',
    explanation:
      'The provider will not issue a token silently: the user must sign in again interactively (a new session, a policy prompt, or an account choice).',
    fixes: [RESET],
    reference: `${OIDC}; ${ENTRA}`,
  },
  'oauth.user.locked': {
    title: 'The user account is locked',
    severity: 'fail',
    explanation:
      'Entra locked the account after too many failed sign-ins (smart lockout) or because the account was flagged. Sign-ins fail until the lock expires or an administrator unlocks it.',
    fixes: [
      {
        text: 'Wait for the lockout to expire or have an administrator unlock the account; find what keeps sending a wrong password (an old device, a stale client).',
      },
    ],
    reference: ENTRA,
  },
  'oauth.user.not-assigned': {
    title: 'The user is not assigned to the application',
    severity: 'fail',
    explanation: 'The application requires user assignment and this user (or a group of theirs) is not assigned to it in Entra.',
    fixes: [
      { text: 'In Entra admin center > Enterprise applications > the app > Users and groups, assign the mailbox user, or turn off "Assignment required".' },
    ],
    reference: ENTRA,
  },
  'oauth.throttled': {
    title: 'The identity provider is throttling token requests',
    severity: 'warn',
    explanation:
      'Too many token requests in a short time; the provider asks the client to slow down. A helpdesk that requests a new token for every poll instead of reusing it can hit this.',
    fixes: [{ text: 'Reuse access tokens until they expire and back off on retries.' }],
    reference: ENTRA,
  },
  'oauth.google.admin-policy': {
    title: 'Google Workspace policy blocks this app (admin_policy_enforced)',
    severity: 'fail',
    explanation: 'The Workspace administrator has restricted which third-party apps may access Google data, and this OAuth client is not trusted.',
    fixes: [{ text: "In the Google Admin console > Security > API controls > App access control, mark the helpdesk's OAuth client as Trusted." }],
    reference: GOOGLE,
  },
  'oauth.google.org-internal': {
    title: 'Google OAuth app is limited to its own organisation (org_internal)',
    severity: 'fail',
    explanation:
      'The OAuth consent screen is set to "Internal", so only accounts of the project\'s own Workspace organisation can sign in, and this account is not one of them.',
    fixes: [{ text: "Sign in with an account of the project's organisation, or switch the consent screen's user type to External." }],
    reference: GOOGLE,
  },
  'oauth.google.reauth-required': {
    title: 'Google requires the user to re-authenticate (invalid_rapt)',
    severity: 'fail',
    explanation:
      'A Workspace session-control policy requires periodic re-authentication, and the stored refresh token can no longer be used until the user signs in again.',
    fixes: [RESET, { text: 'Or exempt the helpdesk app from the re-authentication policy (Admin console > Security > Google Cloud session control).' }],
    reference: GOOGLE,
  },
  'oauth.google.app-unverified': {
    title: 'Google has not verified this OAuth app (or it is in testing mode)',
    severity: 'fail',
    explanation:
      'The Google Cloud project\'s OAuth consent screen is unverified or in "Testing": Google warns or blocks users who are not listed test users, and refresh tokens of a testing app expire after 7 days.',
    fixes: [
      {
        text: 'In Google Cloud console > APIs & Services > OAuth consent screen, add the mailbox as a test user or publish the app (and complete verification for restricted mail scopes); for an internal Workspace app set the user type to Internal.',
      },
    ],
    reference: GOOGLE,
  },
  'mail.web-login-required': {
    title: 'Google wants the sign-in confirmed in a web browser first',
    severity: 'fail',
    explanation:
      'Google blocked the password sign-in as suspicious until the account owner signs in through a browser and confirms it (534 5.7.14, [ALERT] Please log in via your web browser, WEBALERT). Legacy password sign-in may also be switched off for the account.',
    fixes: [
      {
        text: "Sign in to the account in a browser from the helpdesk's network and confirm the activity; then use OAuth or an app password instead of the account password.",
      },
    ],
    reference: 'Google Workspace Admin Help: Gmail SMTP errors and codes (534 5.7.14)',
  },
  'graph.throttled': {
    title: 'Microsoft Graph is throttling requests (429 Too Many Requests)',
    severity: 'warn',
    explanation:
      'Graph limits how many requests an app may make per mailbox and per tenant; over the limit it answers 429 (or 503) with a Retry-After header. Requests succeed again after waiting that long.',
    fixes: [{ text: 'Honour Retry-After, poll less often, and avoid many parallel requests to the same mailbox.' }],
    reference: GRAPH,
  },
  'graph.item-not-found': {
    title: 'Graph: the item or folder was not found',
    severity: 'fail',
    explanation: 'The message, folder or resource asked for does not exist (or is not visible to the app), for example a mailFolder name that is wrong.',
    fixes: [{ text: 'Check the folder name or id (inbox, not Inbox/...), and the mailbox address in the request URL.' }],
    reference: GRAPH,
  },
  'graph.quota-exceeded': {
    title: 'Graph: the mailbox is over its quota',
    severity: 'fail',
    explanation: 'The mailbox has no space left, so Graph refuses to create or send items.',
    fixes: [{ text: 'Free space in the mailbox or raise its quota.' }],
    reference: GRAPH,
  },
  'graph.service-unavailable': {
    title: 'Graph or the mailbox backend is temporarily unavailable',
    severity: 'warn',
    explanation:
      'Graph answered that the service or the mailbox store is busy or down (503, 504, ErrorServerBusy, ErrorMailboxStoreUnavailable). It usually clears by itself.',
    fixes: [{ text: 'Retry with back-off; check the Microsoft 365 service health page if it lasts.' }],
    reference: GRAPH,
  },
  'tls.protocol-version': {
    title: 'No TLS version or cipher in common (protocol version mismatch)',
    severity: 'fail',
    explanation:
      'The client and the server could not agree on a TLS version or cipher suite: one side only allows old versions (TLS 1.0/1.1) or old ciphers that the other has disabled, or the reverse. Old Java runtimes and old mail servers meet this often.',
    fixes: [
      {
        text: 'See which versions the server accepts with openssl s_client -tls1_2 / -tls1_3, and enable TLS 1.2 or later on the side that lacks it (for Java: a current JDK or the jdk.tls.client.protocols setting).',
        commands: ['openssl s_client -connect smtp.example.com:587 -starttls smtp -tls1_2'],
      },
    ],
    reference: 'OpenSSL 3.0 SSL reason strings (tlsv1 alert protocol version, unsupported protocol); RFC 8446',
  },
  'system.permission-denied': {
    title: 'Permission denied by the operating system (EACCES, EPERM)',
    severity: 'fail',
    explanation:
      'The process may not open the file, socket or port it tried to use: file permissions, a port below 1024 without privileges, or a security module forbids it.',
    fixes: [{ text: "Check the file's owner and mode (ls -l), or run the service as a user allowed to use it." }],
    reference: 'libuv error constants (uv_strerror), as Node.js reports them',
  },
  'system.file-missing': {
    title: 'File or directory not found (ENOENT)',
    severity: 'fail',
    explanation: 'A path the program needs does not exist: a configuration file, a certificate, a log directory or an executable.',
    fixes: [{ text: 'Check the path in the configuration; create the file or directory, or correct the setting.' }],
    reference: 'libuv error constants (uv_strerror), as Node.js reports them',
  },
  'system.resource-limit': {
    title: 'Operating-system resource limit reached (EMFILE, ENFILE, ENOMEM, ENOBUFS)',
    severity: 'fail',
    explanation: 'The process ran out of file descriptors, memory or socket buffers. A mail job that leaks connections shows this after running for a while.',
    fixes: [{ text: 'Check open files of the process (ls /proc/PID/fd | wc -l) against ulimit -n; restart the service and look for leaked connections.' }],
    reference: 'libuv error constants (uv_strerror), as Node.js reports them',
  },
  'system.disk-full': {
    title: 'No space left on device (ENOSPC)',
    severity: 'fail',
    explanation: 'The file system is full, so logs, attachments or the mail queue cannot be written.',
    fixes: [{ text: 'Free space (old logs, attachment temp files) and check with df -h.', commands: ['df -h'] }],
    reference: 'libuv error constants (uv_strerror), as Node.js reports them',
  },
  'mail.address-invalid': {
    title: 'An email address is malformed',
    severity: 'fail',
    explanation: 'The mail library could not parse an address (a missing @, a stray character, an unquoted display name). The message is not sent to anybody.',
    fixes: [
      {
        text: 'Check the address fields of the notification (and any field value used as an address); a field that may be empty or hold several values must not be used as the sender.',
      },
    ],
    reference: "Jakarta Mail API: jakarta.mail.internet.AddressException; Agiloft — Email Troubleshooting › Some Emails won't Send",
  },
  'mail.java.provider-missing': {
    title: 'Java mail provider not found (NoSuchProviderException)',
    severity: 'fail',
    explanation:
      'The Java mail library has no implementation for the protocol asked for (a typo such as "imaps " or a missing provider jar), so no connection is even attempted.',
    fixes: [{ text: 'Check the protocol setting (smtp, smtps, imap, imaps, pop3, pop3s) and that the mail provider jar is on the class path.' }],
    reference: 'Jakarta Mail API: jakarta.mail.NoSuchProviderException',
  },
});
