// Text normalisation shared by the phrase and code layers: case, spacing, quotes, and SMTP continuation prefixes.

/** A multi-line SMTP reply pasted on one line repeats "550-5.1.1 " before each continuation; drop the repeats. */
const CONTINUATION = /(?<=\S)\s+[2-5]\d\d-(?:[245]\.\d{1,3}\.\d{1,3}\s+)?/g;

/** Lower-case text with quotes unified, SMTP continuation prefixes removed and whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .replace(CONTINUATION, ' ')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E"`]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Where `phrase` (normalised) occurs in `norm` on word boundaries, or -1. */
export function findPhrase(norm: string, phrase: string): number {
  let at = norm.indexOf(phrase);
  while (at >= 0) {
    const before = norm.charAt(at - 1);
    const after = norm.charAt(at + phrase.length);
    const startOk = !/\w/.test(phrase.charAt(0)) || !/\w/.test(before);
    const endOk = !/\w/.test(phrase.charAt(phrase.length - 1)) || !/\w/.test(after);
    if (startOk && endOk) return at;
    at = norm.indexOf(phrase, at + 1);
  }
  return -1;
}

/** The value of a form-encoded field (`error_description=Invalid+username+or+password`), with its spaces and escapes. */
function formDecoded(text: string): string {
  return text.replace(/\b(error(?:_description|_uri|_codes)?|message|reason)=([^&\s"']+)/g, (all, name: string, value: string) => {
    try {
      return `${name}=${decodeURIComponent(value.replace(/\+/g, ' '))}`;
    } catch {
      return all;
    }
  });
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };

/** A text copied out of JSON, HTML or a log that escaped it (a literal \n, &lt;, \u003c), with the characters they stand for. */
export function unescapeText(text: string): string {
  return formDecoded(text)
    .replace(/\\r\\n|\\[nrt]/g, ' ')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/&(lt|gt|amp|quot|apos|nbsp);|&#(\d{2,5});|&#x([0-9a-fA-F]{2,4});/g, (all, name?: string, dec?: string, hex?: string) =>
      name ? (ENTITIES[name] ?? all) : String.fromCharCode(dec ? Number(dec) : Number.parseInt(hex ?? '', 16)),
    );
}

/** Possibilities a library lists under every failure of a kind, whatever happened: MailKit's SslHandshakeException
 * names self-signed, missing, revoked and expired certificates and mismatched protocols each time. They are not the
 * cause, and reading them as one would name a certificate problem for a handshake that failed for another reason. */
const HYPOTHESES: readonly RegExp[] = [
  /\b(?:This usually means that |The other possibility is that )?the SSL certificate presented by the server is not trusted by the system for one or more of\s+the following reasons:?(?:\s*\d\.\s+(?:The server is using a self-signed certificate which cannot be verified|The local system is missing a Root or Intermediate certificate needed to verify the server's certificate|A Certificate Authority CRL server for one or more of the certificates in the chain is temporarily unavailable|The certificate presented by the server is expired or invalid|The set of SSL\/TLS protocols supported by the client and server do not match)\.)*/gi,
  /\bOne possibility is that you are trying to connect to a port which does not support SSL\/TLS\./gi,
];

/** The text without the lists of possibilities that libraries print with every failure. */
export function withoutHypotheses(text: string): string {
  return HYPOTHESES.reduce((t, re) => t.replace(re, ' '), text);
}
