// Causes for OAuth token requests and Microsoft Graph mailbox access (Agiloft — Email Troubleshooting › Troubleshooting Symptoms and Errors).
import { defineCauses } from './types.js';

const RESET = 'Agiloft — Email Troubleshooting › Resetting the OAuth Token';
const SECRET = 'Agiloft — Email Troubleshooting › Replacing an Expired Client Secret';
const CONSENT = 'Agiloft — Email Troubleshooting › Problem with oauth: User or admin has not consented';
const EXPIRED = 'Agiloft — Email Troubleshooting › Problem with oauth: Token expired or revoked - User might have changed password';
const INVALID = 'Agiloft — Email Troubleshooting › Problem with oauth: Invalid request - Request is malformed or invalid';
const DENIED = 'Agiloft — Email Troubleshooting › Access is denied';
const ENTRA = 'Microsoft identity platform error codes (learn.microsoft.com/entra/identity-platform/reference-error-codes)';
const OAUTH_RFC = 'RFC 6749 section 5.2 (OAuth 2.0 token endpoint error response)';
const GOOGLE = 'Google Identity: Using OAuth 2.0 to Access Google APIs (refresh token expiration)';
const EXO_SCOPES = 'Microsoft Learn: Authenticate an IMAP, POP or SMTP connection using OAuth';

const resetToken = {
  text: 'Reset the OAuth token in the helpdesk. Outbound: Setup > Email and SMS > Configure Email Server, select the Reset checkbox, click Finish, and sign in as the mailbox user if asked; then send a test message from the same page. Inbound: Setup > Email and SMS > Inbound Email Accounts, edit the account, Table tab > Next, select Reset on the Server tab, Next, and confirm on the Account tab that the account is valid.',
};
const newSecret = {
  text: 'Create a new client secret in Entra (App registrations > Certificates & secrets), copy its Value (not its Secret ID), and replace every client_secret= instance in the outbound and inbound configuration properties; then reset the OAuth token.',
  commands: ['maildoctor config lint properties.txt'],
};

/** What a token request, the token's claims, or a Graph mailbox request can end in. */
export const OAUTH_CAUSES = defineCauses({
  'oauth.token.obtained': {
    title: 'Access token obtained',
    severity: 'info',
    explanation:
      'The token endpoint accepted the client and grant and issued an access token. The token itself is never shown; only its claims and expiry are reported.',
    fixes: [{ text: 'Nothing to fix at the token step; if mail still fails, test the protocol login with this token next.' }],
    reference: RESET,
  },
  'oauth.grant.password-changed': {
    title: 'Token revoked: the user changed or reset the password',
    severity: 'fail',
    explanation:
      "The refresh token the helpdesk stores was revoked because the mailbox account's password changed (or an admin revoked its sessions). It can never be used again; only a fresh sign-in produces a new one.",
    fixes: [resetToken],
    reference: EXPIRED,
  },
  'oauth.grant.inactive': {
    title: 'Refresh token expired after a long time unused',
    severity: 'fail',
    explanation:
      'The stored refresh token was not used for longer than the provider allows (90 days for Entra by default), so it expired. This happens after long mail outages or when a helpdesk account sat disabled.',
    fixes: [resetToken, { text: 'Keep the mail job running (see the Quartz trigger check) so the token is refreshed regularly.' }],
    reference: EXPIRED,
  },
  'oauth.grant.revoked': {
    title: 'Google: token has been expired or revoked',
    severity: 'fail',
    explanation:
      'Google refused the refresh token. Google revokes refresh tokens when the user changes the password, removes the app\'s access, the OAuth consent screen is in "Testing" (tokens last 7 days), or the account exceeded its limit of live tokens for this client.',
    fixes: [
      resetToken,
      { text: "If the Google Cloud project's OAuth consent screen is in Testing, publish it to Production so tokens stop expiring after 7 days." },
    ],
    reference: GOOGLE,
  },
  'oauth.grant.invalid': {
    title: 'The grant (refresh token or code) was refused',
    severity: 'fail',
    explanation:
      'The token endpoint answered invalid_grant: the refresh token is expired, revoked, malformed, or was issued to another client or tenant. The description in the evidence says which.',
    fixes: [resetToken, { text: 'Check that the client id and tenant match the app the token was issued to.' }],
    reference: OAUTH_RFC,
  },
  'oauth.consent.missing': {
    title: 'Admin consent not granted for the application',
    severity: 'fail',
    explanation:
      'Entra refuses to issue the token because nobody consented to the permissions the app asks for (IMAP.AccessAsUser.All, SMTP.Send, Mail.Read, or application permissions). Tenants that block user consent need an administrator to consent once for everyone.',
    fixes: [
      {
        text: 'In the Entra admin center open App registrations > the app > API permissions, check the mail permissions are listed, and click "Grant admin consent for <tenant>".',
      },
      resetToken,
    ],
    reference: CONSENT,
  },
  'oauth.client.secret-invalid': {
    title: 'Client secret is wrong',
    severity: 'fail',
    explanation:
      'Entra does not recognise the client secret. Most often the Secret ID was copied instead of the secret Value, the value was cut short or got stray spaces, or only some client_secret= instances were replaced.',
    fixes: [newSecret],
    reference: SECRET,
  },
  'oauth.client.secret-expired': {
    title: 'Client secret has expired',
    severity: 'fail',
    explanation:
      'Every client secret of the app registration has passed its expiry date, so the app can no longer authenticate. Entra secrets last at most two years.',
    fixes: [newSecret],
    reference: SECRET,
  },
  'oauth.client.secret-missing': {
    title: 'No client secret was sent',
    severity: 'fail',
    explanation: 'The app is registered as a confidential client, so the token request must carry a client secret (or certificate assertion), and it did not.',
    fixes: [
      {
        text: "Give the secret with --client-secret-env VAR or --client-secret-file PATH, and check the helpdesk's configuration properties have a non-empty client_secret= value.",
      },
    ],
    reference: SECRET,
  },
  'oauth.client.not-found': {
    title: 'Application (client id) not found in this tenant',
    severity: 'fail',
    explanation:
      'No app registration with this client id exists in the tenant the request went to: the client id is mistyped, the app was deleted, or the tenant is the wrong one.',
    fixes: [
      { text: 'Compare the client id with "Application (client) ID" on the app\'s overview page in Entra, and the tenant with its "Directory (tenant) ID".' },
    ],
    reference: ENTRA,
  },
  'oauth.client.invalid': {
    title: 'Client authentication failed',
    severity: 'fail',
    explanation: 'The token endpoint answered invalid_client: the client id is unknown, or its secret is wrong or missing.',
    fixes: [
      { text: 'Check the client id and secret against the app registration (Entra) or the OAuth client (Google Cloud console > Credentials).' },
      newSecret,
    ],
    reference: OAUTH_RFC,
  },
  'oauth.client.unauthorized': {
    title: 'Client not allowed to use this grant',
    severity: 'fail',
    explanation:
      'The token endpoint answered unauthorized_client: the app exists but may not use this grant type or flow (for example client credentials on an app without application permissions, or a public-client setting that does not match).',
    fixes: [
      {
        text: 'Check the app registration\'s platform and "Allow public client flows" setting, and that the grant the helpdesk uses is the one the app was set up for.',
      },
    ],
    reference: OAUTH_RFC,
  },
  'oauth.client.assertion-invalid': {
    title: 'Client assertion outside its valid time',
    severity: 'fail',
    explanation:
      'The signed client assertion (certificate credential) is not valid at the time Entra received it. The server clock is usually off by more than a few minutes.',
    fixes: [{ text: 'Synchronise the server clock (NTP) and retry.', commands: ['timedatectl status'] }],
    reference: ENTRA,
  },
  'oauth.tenant.not-found': {
    title: 'Tenant not found',
    severity: 'fail',
    explanation: 'The tenant in the token URL (name or id) does not exist, or it belongs to another cloud (government, China) than the authority used.',
    fixes: [{ text: "Use the Directory (tenant) ID GUID or the tenant's verified domain, and the authority of its cloud (--authority)." }],
    reference: ENTRA,
  },
  'oauth.user.wrong-tenant': {
    title: 'Signed-in account does not belong to this tenant',
    severity: 'fail',
    explanation: 'The mailbox account comes from another directory (a guest or personal account) and is not a member of the tenant the app lives in.',
    fixes: [{ text: "Sign in with an account of the tenant that owns the mailbox, or use that tenant's id in the token URL." }, resetToken],
    reference: ENTRA,
  },
  'oauth.mfa.required': {
    title: 'Multi-factor authentication required',
    severity: 'fail',
    explanation:
      'A policy demands MFA (or MFA registration) for this sign-in. A background token refresh cannot answer an MFA prompt, so the token cannot be renewed.',
    fixes: [
      {
        text: 'Exclude the service mailbox from per-user MFA, or switch the helpdesk to an application (client credentials) flow, then reset the OAuth token.',
      },
    ],
    reference: ENTRA,
  },
  'oauth.conditional-access.blocked': {
    title: 'Blocked by Conditional Access',
    severity: 'fail',
    explanation:
      'A Conditional Access policy blocked the sign-in or forced a new sign-in (location, device compliance, sign-in frequency). The sign-in log shows which policy.',
    fixes: [
      {
        text: 'In Entra > Sign-in logs, find the failure by its correlation id, see the policy that applied, and exclude the helpdesk server or the service account from it.',
      },
    ],
    reference: ENTRA,
  },
  'oauth.user.credentials-invalid': {
    title: 'User name or password wrong',
    severity: 'fail',
    explanation: "The account's password was refused (password grant, or the sign-in behind the token).",
    fixes: [{ text: 'Check the mailbox password, then reset the OAuth token.' }, resetToken],
    reference: EXPIRED,
  },
  'oauth.user.not-found': {
    title: 'User account does not exist in the directory',
    severity: 'fail',
    explanation: 'The account the token is for does not exist in this tenant: it was renamed, deleted, or the address is mistyped.',
    fixes: [{ text: 'Check the mailbox address; after a rename, reset the OAuth token and sign in with the new name.' }],
    reference: RESET,
  },
  'oauth.user.disabled': {
    title: 'User account is disabled',
    severity: 'fail',
    explanation: 'The service account behind the mailbox has been disabled (blocked from sign-in) by an administrator.',
    fixes: [{ text: 'Ask the directory administrator to unblock sign-in for the account, then reset the OAuth token.' }],
    reference: ENTRA,
  },
  'oauth.user.password-expired': {
    title: 'User password has expired',
    severity: 'fail',
    explanation: "The account's password reached its expiry; sign-ins fail until it is changed, and then the stored token has to be replaced.",
    fixes: [{ text: 'Change the password (or exempt the service account from expiry), then reset the OAuth token.' }, resetToken],
    reference: EXPIRED,
  },
  'oauth.redirect-uri.mismatch': {
    title: 'Redirect URI does not match the app registration',
    severity: 'fail',
    explanation: 'The redirect URI sent during authorisation is not one of the URIs registered for the app, so no token was issued.',
    fixes: [{ text: "Add the helpdesk's exact callback URL to the app registration (Authentication > Redirect URIs)." }],
    reference: ENTRA,
  },
  'oauth.scope.invalid': {
    title: 'Requested scope is not valid',
    severity: 'fail',
    explanation:
      'The scope asked for is malformed or not offered by the resource, for example a Graph scope mixed with an Outlook scope, or ".default" combined with named permissions.',
    fixes: [
      {
        text: 'Ask for one resource at a time: https://outlook.office.com/IMAP.AccessAsUser.All (or SMTP.Send, POP.AccessAsUser.All) with offline_access for delegated mail, https://outlook.office365.com/.default for app-only IMAP/POP/SMTP, https://graph.microsoft.com/.default for Graph.',
      },
    ],
    reference: EXO_SCOPES,
  },
  'oauth.scope.resource-not-found': {
    title: 'The requested resource (API) is not in the tenant',
    severity: 'fail',
    explanation:
      'The scope names a resource whose service principal does not exist in the tenant: a typo in the scope URL, or Exchange Online is not licensed there.',
    fixes: [{ text: 'Check the scope URL (https://outlook.office365.com/... or https://graph.microsoft.com/...) and that the tenant has Exchange Online.' }],
    reference: EXO_SCOPES,
  },
  'oauth.request.malformed': {
    title: 'Invalid request: request is malformed or invalid',
    severity: 'fail',
    explanation:
      'The provider rejected the token request as malformed. In a helpdesk this usually means the stored token no longer fits the account (the address or password changed), so the request built from it is invalid.',
    fixes: [resetToken],
    reference: INVALID,
  },
  'oauth.request.invalid': {
    title: 'Token request is missing or has a wrong parameter',
    severity: 'fail',
    explanation:
      'The token endpoint answered invalid_request: a required parameter (scope, client_id, grant_type, refresh_token) is missing or appears twice, or the grant type is not supported.',
    fixes: [
      {
        text: 'Check the configuration properties for an empty or dropped value (client_id, client_secret, scope, tenant).',
        commands: ['maildoctor config lint properties.txt'],
      },
    ],
    reference: OAUTH_RFC,
  },
  'oauth.aadsts.unknown': {
    title: 'Entra refused the token request (AADSTS code)',
    severity: 'fail',
    explanation: "Entra answered with an AADSTS error code maildoctor has no entry for. The code and Microsoft's description are in the evidence.",
    fixes: [{ text: 'Look the code up at https://login.microsoftonline.com/error?code=<code>, and search the Entra sign-in logs by the correlation id.' }],
    reference: ENTRA,
  },
  'oauth.endpoint.wrong-url': {
    title: 'Token endpoint URL is wrong',
    severity: 'fail',
    explanation:
      'The token URL answered with something that is not an OAuth token response (a 404 page, HTML, a redirect): the authority, tenant or path is wrong, or a proxy answered instead.',
    fixes: [
      {
        text: "Microsoft: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token (or your cloud's authority); Google: https://oauth2.googleapis.com/token.",
      },
    ],
    reference: OAUTH_RFC,
  },
  'oauth.endpoint.error': {
    title: 'Token endpoint failed on its side',
    severity: 'fail',
    explanation: 'The token endpoint answered with a server error (5xx) or an error maildoctor does not know; the request may work again later.',
    fixes: [{ text: "Retry in a few minutes and check the provider's service health page; keep the trace and correlation ids for a support case." }],
    reference: OAUTH_RFC,
  },
  'oauth.endpoint.timeout': {
    title: 'Token endpoint did not answer in time',
    severity: 'fail',
    explanation: 'The connection was made but no answer came back before the timeout; a proxy or firewall that inspects HTTPS often holds such requests.',
    fixes: [
      {
        text: 'Test the endpoint from this server and ask the network team whether a proxy sits in between.',
        commands: ['curl -sv https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration -o /dev/null'],
      },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks',
  },
  'oauth.claims.scope-missing': {
    title: 'Token lacks the permission the protocol needs',
    severity: 'fail',
    explanation:
      'The token was issued but its scopes (scp) or app roles (roles) do not include the permission for this protocol, so the mail server will refuse the login (IMAP "AUTHENTICATE failed", SMTP 535).',
    fixes: [
      {
        text: 'Add the permission to the app registration (Office 365 Exchange Online: IMAP.AccessAsUser.All / POP.AccessAsUser.All / SMTP.Send, or IMAP.AccessAsApp / POP.AccessAsApp / SMTP.SendAsApp; Graph: Mail.Read), grant admin consent, and request the right scope.',
      },
    ],
    reference: EXO_SCOPES,
  },
  'oauth.claims.audience-mismatch': {
    title: 'Token is for another resource',
    severity: 'fail',
    explanation:
      "The token's audience (aud) is not the service it is meant for: a Graph token cannot log in to IMAP or SMTP, and an Outlook token cannot call Graph.",
    fixes: [
      {
        text: 'Request the scope of the right resource: https://outlook.office.com/... (or https://outlook.office365.com/.default) for IMAP/POP/SMTP, https://graph.microsoft.com/... for Graph.',
      },
    ],
    reference: EXO_SCOPES,
  },
  'oauth.claims.tenant-mismatch': {
    title: 'Token was issued by another tenant',
    severity: 'warn',
    explanation:
      "The token's tenant id (tid) differs from the tenant you named, so it may be a token of another directory (a guest account, or a multi-tenant app used in the wrong tenant).",
    fixes: [{ text: 'Use the tenant that owns the mailbox in the token URL and sign in with one of its accounts.' }],
    reference: ENTRA,
  },
  'oauth.token.expired': {
    title: 'Token is already expired when received',
    severity: 'fail',
    explanation: "The new token's expiry (exp) lies in the past by this server's clock: the clock is wrong, or a cached token was handed back.",
    fixes: [{ text: 'Synchronise the server clock (NTP).', commands: ['timedatectl status'] }],
    reference: ENTRA,
  },
  'oauth.token.opaque': {
    title: 'Access token is not a readable JWT',
    severity: 'info',
    explanation:
      'The provider issues opaque access tokens (Google, Microsoft personal accounts), so their claims cannot be read locally; the scope the token endpoint reported is used instead.',
    fixes: [{ text: "Nothing to fix; the scope check uses the token endpoint's answer." }],
    reference: GOOGLE,
  },
  'oauth.refresh-token.rotated': {
    title: 'Provider issued a new refresh token',
    severity: 'info',
    explanation:
      "The token endpoint returned a new refresh token. Entra and Google keep the old one valid, but providers that rotate strictly invalidate it, and then the helpdesk's stored token stops working. maildoctor never shows the new token.",
    fixes: [
      {
        text: 'If the provider rotates strictly, store the new refresh token where the helpdesk reads it (or reset the OAuth token in the helpdesk to get one of its own).',
      },
    ],
    reference: RESET,
  },
  'oauth.account-check-failed': {
    title: 'Helpdesk reached the mail server but could not use the account',
    severity: 'fail',
    explanation:
      "The helpdesk's account test connected to the server, but authentication or mailbox access failed. The bracketed cause after the message (an AADSTS code, ErrorAccessDenied, invalid_grant) says which.",
    fixes: [
      {
        text: 'Paste the whole message, including the [Cause: ...] or [Error code: ...] part, into maildoctor explain.',
        commands: ['maildoctor explain "<the whole message>"'],
      },
    ],
    reference: DENIED,
  },
  'graph.mailbox.accessible': {
    title: 'Graph can read the mailbox inbox',
    severity: 'info',
    explanation: 'Microsoft Graph returned the inbox folder of the mailbox with this token, so the app has access to it.',
    fixes: [{ text: 'Nothing to fix at the Graph step.' }],
    reference: DENIED,
  },
  'graph.access-denied': {
    title: 'Graph: access to the mailbox is denied (ErrorAccessDenied)',
    severity: 'fail',
    explanation:
      "The token is valid but the app may not open this mailbox. With client credentials, Exchange Online limits an app's mailbox access with an application access policy (or RBAC for Applications); the mailbox is outside the allowed group, or the Mail permission was never consented.",
    fixes: [
      {
        text: 'In Exchange Online PowerShell, allow the app on this mailbox (or on a mail-enabled security group that contains it), then test the policy.',
        commands: [
          'Connect-ExchangeOnline',
          'New-ApplicationAccessPolicy -AppId <clientId> -PolicyScopeGroupId <group> -AccessRight RestrictAccess -Description "helpdesk mailbox"',
          'Test-ApplicationAccessPolicy -Identity <mailbox> -AppId <clientId>',
        ],
      },
      { text: 'Check the app has the Graph application permission Mail.Read (or Mail.ReadWrite) with admin consent.' },
    ],
    reference: DENIED,
  },
  'graph.mailbox-not-found': {
    title: 'Graph: mailbox address not found',
    severity: 'fail',
    explanation:
      'Graph has no user with this address in the tenant: the address is mistyped, is an alias rather than the primary address, or belongs to another tenant.',
    fixes: [{ text: "Use the mailbox's primary SMTP address or user principal name, as shown in the Exchange admin center." }],
    reference: DENIED,
  },
  'graph.mailbox-not-enabled': {
    title: 'Graph: the mailbox is inactive, soft-deleted or on-premises',
    severity: 'fail',
    explanation:
      'The user exists but has no Exchange Online mailbox Graph can reach: it has no licence, was deleted, or lives on an on-premises Exchange server.',
    fixes: [{ text: 'Check the user has an Exchange Online licence and a mailbox in the cloud.' }],
    reference: DENIED,
  },
  'graph.token-rejected': {
    title: 'Graph rejected the access token',
    severity: 'fail',
    explanation: 'Graph answered 401: the token is expired, malformed, or was issued for another audience (an Outlook token instead of a Graph token).',
    fixes: [{ text: 'Request the token with a Graph scope (https://graph.microsoft.com/.default for client credentials).' }],
    reference: EXO_SCOPES,
  },
  'graph.no-answer': {
    title: 'Graph did not answer in time',
    severity: 'fail',
    explanation: 'The connection to Graph was made but no answer came back before the timeout; an inspecting proxy or a firewall often holds such requests.',
    fixes: [
      {
        text: 'Test Graph from this server and ask the network team whether a proxy sits in between.',
        commands: ['curl -sv https://graph.microsoft.com/v1.0/$metadata -o /dev/null'],
      },
    ],
    reference: 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks',
  },
  'graph.unexpected-response': {
    title: 'Graph answered with an unexpected status',
    severity: 'fail',
    explanation:
      'Graph returned a status other than 200, 401, 403 or 404 (throttling, a server error, or a proxy page). The code and message are in the evidence.',
    fixes: [{ text: 'Retry later; with 429 wait for the Retry-After time; keep the request-id for a Microsoft support case.' }],
    reference: DENIED,
  },
});
