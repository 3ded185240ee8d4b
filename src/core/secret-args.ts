// Keeps a secret typed on the command line out of the usage error that commander prints about it.
import { redact } from './redact.js';

/** An unknown option that names a credential: `--password=X`, `--token X`, `--client-secret=X`. */
const SECRET_OPTION = /unknown option '(--?[\w-]*(?:pass(?:word|wd)?|pwd|secret|token|credentials?|api-?key)(?:=[^']*)?)'/i;

/** Commander's error text with any value redacted; an unknown credential option also gets why and what to use instead. */
export function usageErrorText(text: string): string {
  const clean = redact(text).replace(/unknown option '(--?[\w-]+)=(?!\*\*\*')[^']*'/g, "unknown option '$1=***'");
  const m = SECRET_OPTION.exec(text);
  if (!m) return clean;
  return clean.replace(
    /\n?$/,
    `: maildoctor takes no secret as an argument value (ps and the shell history would show it); name an environment variable (--password-env VAR, --oauth-token-env VAR) or a file (--password-file PATH) instead\n`,
  );
}
