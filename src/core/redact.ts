// The single redaction step every report, stderr line, transcript line, live log line and bundle file passes through.
import { maskKeyValues, maskXmlElements } from './redact-keys.js';
import { MASK, type MaskCounter } from './redact-mask.js';
import { maskLoneTokens, maskSaslTokens } from './redact-sasl.js';
import { maskUrlUserinfo, maskWireShapes } from './redact-wire.js';

const MIN_SECRET_LENGTH = 3;
const registered = new Set<string>();

/** Remembers a secret's text (and its base64 and URL forms) so that `redact` can hide it anywhere. */
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

function maskRegistered(text: string, count: MaskCounter): string {
  let out = text;
  for (const value of registered) {
    if (!out.includes(value)) continue;
    const parts = out.split(value);
    count.n += parts.length - 1;
    out = parts.join(MASK);
  }
  return out;
}

/** Masks registered secrets and every secret shape in `text`, adding the number of masks to `count`. */
export function redactCounting(text: string, count: MaskCounter): string {
  let out = maskRegistered(text, count);
  out = maskUrlUserinfo(out, count);
  out = maskKeyValues(out, count);
  out = maskXmlElements(out, count);
  out = maskWireShapes(out, count);
  out = maskSaslTokens(out, count);
  return maskLoneTokens(out, count);
}

/** Replaces registered secrets and secret-shaped substrings with `***`. */
export function redact(text: string): string {
  return redactCounting(text, { n: 0 });
}

/** Redacts every string (and object key) inside a JSON-safe value, keeping its shape; masks add to `count`. */
export function redactDeep<T>(value: T, count: MaskCounter = { n: 0 }): T {
  if (typeof value === 'string') return redactCounting(value, count) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, count)) as T;
  if (value && typeof value === 'object' && (value.constructor === Object || Object.getPrototypeOf(value) === null)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = redactCounting(k, count);
      const clean = redactDeep(v, count);
      const prior = out[key];
      out[key] = typeof prior === 'number' && typeof clean === 'number' ? prior + clean : (prior ?? clean);
    }
    return out as T;
  }
  return value;
}

export { MASK, type MaskCounter } from './redact-mask.js';
