// Credential shapes of mail and HTTP protocols: URL userinfo, SASL commands, IMAP LOGIN, POP3 PASS, Authorization, Bearer, JWT.
import { MASK, type MaskCounter } from './redact-mask.js';

/** One rule: a linear regex whose groups before `secret` are kept and whose `secret` group is masked. */
interface WireRule {
  /** Cheap test first: most strings hold none of these shapes. */
  hint: RegExp;
  pattern: RegExp;
  /** Returns the replacement for a match, or undefined to leave it. */
  mask(groups: string[]): string | undefined;
}

/** SASL mechanism names, which follow AUTH/AUTHENTICATE and are not credentials themselves. */
const MECHANISM = /^(?:PLAIN|LOGIN|XOAUTH2?|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|NTLM|GSSAPI|SCRAM-[\w-]+|EXTERNAL|ANONYMOUS)$/i;

/** A word a sentence puts after "Bearer" ("Bearer token expired"), as opposed to a token. */
const PROSE_WORD = /^[A-Za-z][a-z]{0,24}$/;

/** A word no sentence has: 16+ characters holding a digit, or an upper-case letter after a lower-case one. */
function tokenShaped(word: string): boolean {
  const lower = word.search(/[a-z]/);
  return /\d/.test(word) || (lower >= 0 && /[A-Z]/.test(word.slice(lower)));
}

const keep = (lead: string) => `${lead}${MASK}`;

const RULES: WireRule[] = [
  {
    // `Authorization: Basic …`, `Proxy-Authorization=Bearer …`, `"authorization": "NTLM …"`: keep the scheme.
    hint: /authorization/i,
    pattern:
      /(\b(?:proxy-)?authorization\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?:([A-Za-z][\w-]{0,30})[ \t]+)?)((?:[\w-]{1,40}=(?:"[^"\n]{0,1024}"|[^\s,"]{0,1024})(?:[ \t]*,[ \t]*(?=[\w-]{1,40}=))?){1,20}|[^\s"',;]{1,8192})/gi,
    mask: ([lead, , secret]) => (secret ? keep(lead as string) : undefined),
  },
  {
    // SMTP `AUTH PLAIN <b64>`, IMAP `AUTHENTICATE XOAUTH2 <b64>` (SASL-IR), Dovecot's `AUTH 1 PLAIN … resp=`.
    hint: /auth/i,
    pattern: /(\bAUTH(?:ENTICATE)?[ \t]+(?:\d+[ \t]+)?(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5|SCRAM-[\w-]+)[ \t]+)([A-Za-z0-9+/]{1,8192}={0,2})(?![\w=])/gi,
    mask: ([lead, payload]) => (payload === undefined || MECHANISM.test(payload) || PROSE_WORD.test(payload) ? undefined : keep(lead as string)),
  },
  {
    // A bare HTTP Basic credential, `Basic <base64 of user:password>`, outside an Authorization header.
    hint: /basic/i,
    pattern: /(\bBasic[ \t]+)([A-Za-z0-9+/]{4,8192}={0,2})(?![\w=])/gi,
    mask: ([lead, token]) =>
      token && Buffer.from(token, 'base64').toString('latin1').includes(':') && !PROSE_WORD.test(token) ? keep(lead as string) : undefined,
  },
  {
    // IMAP `a001 LOGIN user secret` and `A1 LOGIN "user" "secret"` (the tag keeps prose such as "Plaintext LOGIN disabled" out).
    hint: /LOGIN/,
    pattern:
      /((?:^|[\s>:\]"])(?:[A-Za-z]{0,4}\d{1,8}|\*\*\*)[ \t]+LOGIN[ \t]+(?!LOGIN\b)(?:"(?:[^"\\\n]|\\.){0,512}"|[^\s"]{1,512})[ \t]+)("(?:[^"\\\n]|\\.){0,8192}"|[^\s"]{1,8192})/g,
    mask: ([lead, secret]) => (secret && !/^\{\d+\+?\}$/.test(secret) ? keep(lead as string) : undefined),
  },
  {
    // POP3 `PASS secret`, also mid-line in a client transcript (`C: PASS x`); upper case, as clients send it.
    hint: /PASS/,
    pattern: /((?:^|[\s>:\]"'(])PASS[ \t]+)([^\s"'<>│┃|]{1,8192})/g,
    mask: ([lead]) => keep(lead as string),
  },
  {
    // `Bearer <token>` where the word is token-shaped (16+ characters, digits or an upper-case letter after a lower-case
    // one): masked whatever follows it (`Bearer Ab12…: rejected`, `<Bearer Ab12…>`, `"Bearer Ab12…"`, `bearer=Ab12…`).
    hint: /bearer/i,
    pattern: /(\bBearer(?:[ \t]*[:=][ \t]*|[ \t]+)["']?)([A-Za-z0-9\-._~+/%]{16,8192}=*)/gi,
    mask: ([lead, token]) => (token && tokenShaped(token) ? keep(lead as string) : undefined),
  },
  {
    // A bare `Bearer <token>` (XOAUTH2's `auth=Bearer …` included); a following English word (a full stop after it
    // included) is prose, not a token.
    hint: /bearer/i,
    pattern: /(\bBearer[ \t]+)([A-Za-z0-9\-._~+/]{1,8192}=*)(?=$|[\s,;)"'\]}&\x01])/gi,
    mask: ([lead, token]) => (token === undefined || PROSE_WORD.test(token.replace(/=+$/, '').replace(/\.$/, '')) ? undefined : keep(lead as string)),
  },
  {
    // JSON Web Tokens: three base64url parts, the first starting `eyJ` (`{"`), anywhere in a line.
    hint: /eyJ/,
    pattern: /()\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g,
    mask: () => MASK,
  },
];

/** `scheme://user:password@host`: the user stays (percent-encoded or not), the password goes. Runs before the key rules. */
const URL_RULES: WireRule[] = [
  {
    hint: /:\/\//,
    pattern: /(\b[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/[^\s:/?#@"'<>[\]]{0,256}:)([^\s/?#"'<>]{1,256})(?=@[^\s@/]+)/g,
    mask: ([lead]) => keep(lead as string),
  },
];

/** True when a credential is only masks and punctuation: an earlier rule got to it first. */
function alreadyMasked(secret: string): boolean {
  return secret.includes(MASK) && !/[A-Za-z0-9]/.test(secret.split(MASK).join(''));
}

function applyRules(rules: WireRule[], text: string, count: MaskCounter): string {
  let out = text;
  for (const rule of rules) {
    if (!rule.hint.test(out)) continue;
    out = out.replace(rule.pattern, (whole: string, ...rest: unknown[]) => {
      const groups = rest.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''));
      const replacement = alreadyMasked(groups[groups.length - 1] ?? '') ? undefined : rule.mask(groups);
      if (replacement === undefined) return whole;
      count.n += 1;
      return replacement;
    });
  }
  return out;
}

/** Masks the password of every URL with userinfo; `count` grows by one per URL. */
export function maskUrlUserinfo(text: string, count: MaskCounter): string {
  return applyRules(URL_RULES, text, count);
}

/** Applies every protocol rule; `count` grows by one per masked credential. */
export function maskWireShapes(text: string, count: MaskCounter): string {
  return applyRules(RULES, text, count);
}
