// The single redaction step every rendered string, transcript line and error message passes through.

const MASK = '***';
const MIN_SECRET_LENGTH = 3;
const registered = new Set<string>();

/** Remembers a secret's text (and its base64 forms) so that `redact` can hide it anywhere. */
export function registerSecretText(value: string): void {
  if (value.length < MIN_SECRET_LENGTH) return;
  registered.add(value);
  const b64 = Buffer.from(value, 'utf8').toString('base64');
  registered.add(b64);
  registered.add(b64.replace(/=+$/, ''));
  registered.add(encodeURIComponent(value));
}

/** Forgets all registered secrets (tests only). */
export function clearRegisteredSecrets(): void {
  registered.clear();
}

// Shapes that are secret whatever their value: credentials on the wire and in pasted log lines.
const SHAPES: Array<[RegExp, string]> = [
  [/(\bAUTH\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5)\s+)(?!(?:AUTH=|(?:XOAUTH2?|OAUTHBEARER|PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|NTLM|GSSAPI|SCRAM-[\w-]+)\b))[A-Za-z0-9+/=._~-]+/gi, `$1${MASK}`],
  [/(\bAUTHENTICATE\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER)\s+)[A-Za-z0-9+/=._~-]+/gi, `$1${MASK}`],
  [/((?:^|[\s>:])[A-Za-z]{0,3}\d{1,6}\s+LOGIN\s+(?!(?:AUTH=|(?:XOAUTH2?|OAUTHBEARER|PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|NTLM|GSSAPI|SCRAM-[\w-]+)\b))"?[^"\s]+"?\s+)("[^"]*"|[^\s"'<>]+)/gm, `$1${MASK}`],
  [/((?:^|[>:]\s?)PASS\s+)(?![│┃|])[^\s"'<>]+/gm, `$1${MASK}`],
  [/(\bAuthorization\s*[:=]\s*(?:Bearer|Basic)?\s*)[^\s,;"']+/gi, `$1${MASK}`],
  [/(\bBearer\s+)[A-Za-z0-9\-._~+/]+=*/g, `$1${MASK}`],
  [
    /((?<![.\w])["']?(?:access_token|refresh_token|id_token|client_secret|password|passwd|pwd|client_assertion|code_verifier)\b["']?\s*[:=]\s*["']?)[^"'\s&,;}]+/gi,
    `$1${MASK}`,
  ],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, MASK],
  [/(auth=Bearer\s*)[^\x01\s]+/gi, `$1${MASK}`],
];

/** Replaces registered secrets and secret-shaped substrings with `***`. */
export function redact(text: string): string {
  let out = text;
  for (const value of registered) {
    if (out.includes(value)) out = out.split(value).join(MASK);
  }
  return redactShapes(out);
}

/** Replaces only secret-shaped substrings (AUTH payloads, Authorization headers, tokens, `password=` values). */
export function redactShapes(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SHAPES) out = out.replace(pattern, replacement);
  return out;
}

/** Redacts every string inside a JSON-safe value, keeping its shape. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value && typeof value === 'object' && value.constructor === Object) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v);
    return out as T;
  }
  return value;
}
