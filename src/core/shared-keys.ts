// Names of values that checks of one run hand to each other through CheckContext.shared.

/** Where an oauth check named NAME leaves its access token (a Secret) for the XOAUTH2 checks. */
export function oauthTokenKey(name: string): string {
  return `oauth.token.${name}`;
}
