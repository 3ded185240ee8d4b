// Parses one email's headers with mailparser (RFC 5322 folding, RFC 2047 encoded words) into plain data.
import type { AddressObject } from 'mailparser';

/** The header facts of one email that the predictions read. */
export interface EmlHeaders {
  /** Unfolded raw header values by lower-case name, in file order (Received newest first). */
  raw: Map<string, string[]>;
  subject: string;
  from: string[];
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string[];
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  date?: number;
  attachments: Array<{ filename: string; size: number; contentType: string }>;
  /** The plain-text body (a delivery report's status fields included), cut to 64 KiB; read by the bounce checks. */
  text: string;
  /** Bytes of the text and HTML body without attachments (what "Max Email Body Size" measures). */
  bodyBytes: number;
  /** The headers of a returned message (text/rfc822-headers or message/rfc822 parts) of a bounce. */
  returnedHeaders: string;
}

/** How much body text the bounce checks read. */
const MAX_TEXT = 65_536;

function addresses(v: AddressObject | AddressObject[] | undefined): string[] {
  const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const obj of list) {
    for (const a of obj.value) {
      if (a.address) out.push(a.address.toLowerCase());
      for (const g of a.group ?? []) if (g.address) out.push(g.address.toLowerCase());
    }
  }
  return out;
}

/** Message ids in a header value, without angle brackets, lower-cased. */
export function messageIds(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value.join(' ') : (value ?? '');
  const ids = text.match(/<[^<>\s]+>/g) ?? text.split(/\s+/).filter(Boolean);
  return ids.map((id) => id.replace(/^<|>$/g, '').toLowerCase());
}

/** The parts of a bounce that carry the returned message or its headers. */
const RETURNED = /^(?:text\/rfc822-headers|message\/rfc822)$/i;

/** Parses an email; throws only on what mailparser itself cannot read. */
export async function parseEml(buf: Buffer): Promise<EmlHeaders> {
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(buf, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true });
  const raw = new Map<string, string[]>();
  for (const { key, line } of mail.headerLines) {
    const colon = line.indexOf(':');
    const value = (colon >= 0 ? line.slice(colon + 1) : line).replace(/\r?\n[ \t]+/g, ' ').trim();
    const list = raw.get(key.toLowerCase()) ?? [];
    list.push(value);
    raw.set(key.toLowerCase(), list);
  }
  const inReply = messageIds(mail.inReplyTo)[0];
  const ownId = messageIds(mail.messageId)[0];
  return {
    raw,
    subject: mail.subject ?? '',
    from: addresses(mail.from),
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    bcc: addresses(mail.bcc),
    replyTo: addresses(mail.replyTo),
    ...(ownId ? { messageId: ownId } : {}),
    ...(inReply ? { inReplyTo: inReply } : {}),
    references: messageIds(mail.references),
    ...(mail.date && !Number.isNaN(mail.date.getTime()) ? { date: mail.date.getTime() } : {}),
    attachments: mail.attachments.map((a) => ({ filename: a.filename ?? '(unnamed)', size: a.size, contentType: a.contentType })),
    text: (mail.text ?? '').slice(0, MAX_TEXT),
    bodyBytes: Buffer.byteLength(mail.text ?? '') + (typeof mail.html === 'string' ? Buffer.byteLength(mail.html) : 0),
    returnedHeaders: mail.attachments
      .filter((a) => RETURNED.test(a.contentType))
      .map((a) => a.content.toString('utf8', 0, MAX_TEXT))
      .join('\n'),
  };
}

/** The first raw value of a header, or ''. */
export function header(h: EmlHeaders, name: string): string {
  return h.raw.get(name.toLowerCase())?.[0] ?? '';
}

/** True when the file has none of the headers every email carries. */
export function hasNoHeaders(h: EmlHeaders): boolean {
  return !['from', 'to', 'subject', 'date', 'message-id', 'received'].some((n) => h.raw.has(n));
}
