// Recognises SASL credentials by what their base64 decodes to, wherever the token sits (a log line, a server's echo).
import { MASK, type MaskCounter } from './redact-mask.js';

/** A base64 run long enough to carry `\0u\0p`; bounded so that a huge blob is not decoded whole. */
const B64_TOKEN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{8,4096}={0,2}(?![A-Za-z0-9+/=])/g;

/**
 * A line that is nothing but one base64 token, after a client marker (`C:`, `>`, `->`) or ending in base64 padding: the
 * client's answer to an AUTH LOGIN or AUTHENTICATE prompt. Without either, a lone word (a status, a key) is left alone.
 */
const LONE_TOKEN = /^([ \t]*(?:C[:>][ \t]*|>{1,3}[ \t]*|-{1,2}>[ \t]*)?)([A-Za-z0-9+/]{6,4096}={0,2})([ \t]*)$/gm;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Sextet value of each base64 character code, -1 for others. */
const SEXTET = new Int8Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) SEXTET[c.charCodeAt(0)] = i;

/**
 * Walks the bytes `token` decodes to without allocating: 0 when one is a control character other than NUL, ^A or tab
 * (not text, so not a credential), else 2 when a NUL or ^A is among them (a SASL separator), else 1.
 */
function scanDecoded(token: string): 0 | 1 | 2 {
  let acc = 0;
  let bits = 0;
  let separator = false;
  for (let i = 0; i < token.length; i += 1) {
    const v = SEXTET[token.charCodeAt(i)] ?? -1;
    if (v < 0) break;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (acc >> bits) & 0xff;
      if (byte < 0x20) {
        if (byte === 0 || byte === 1) separator = true;
        else if (byte !== 9) return 0;
      }
    }
  }
  return separator ? 2 : 1;
}

/** The decoded text when `token` is base64 of printable text (NUL and ^A allowed as SASL separators); else undefined. */
function printableDecoded(token: string): string | undefined {
  if (token.replace(/=+$/, '').length % 4 === 1 || scanDecoded(token) === 0) return undefined;
  try {
    return utf8.decode(Buffer.from(token, 'base64'));
  } catch {
    return undefined;
  }
}

/** True for a decoded SASL payload: PLAIN (`authz\0user\0pass`), XOAUTH2/OAUTHBEARER (`…\x01auth=Bearer …`). */
export function isSaslPayload(decoded: string): boolean {
  return decoded.includes('\0') || /\x01(?:auth|host|port)=/i.test(decoded) || /^(?:user=|n,)/.test(decoded);
}

/** Masks base64 tokens that decode to SASL credentials anywhere in the text (an echo inside an error reply included). */
export function maskSaslTokens(text: string, count: MaskCounter): string {
  return text.replace(B64_TOKEN, (token) => {
    if (scanDecoded(token) !== 2) return token;
    const decoded = printableDecoded(token);
    if (decoded === undefined || !isSaslPayload(decoded)) return token;
    count.n += 1;
    return MASK;
  });
}

/** Masks a line that is only a base64 token decoding to text: the client's answer to an AUTH LOGIN or AUTHENTICATE prompt. */
export function maskLoneTokens(text: string, count: MaskCounter): string {
  return text.replace(LONE_TOKEN, (whole, lead: string, token: string, tail: string) => {
    if (lead.trim() === '' && !token.endsWith('=')) return whole;
    if (printableDecoded(token) === undefined) return whole;
    count.n += 1;
    return `${lead}${MASK}${tail}`;
  });
}
