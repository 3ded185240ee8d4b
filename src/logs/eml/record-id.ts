// Finds what ties an email to an existing record: a request id in the subject, or an encrypted record id.
import type { EmlHeaders } from './headers.js';

/** Request-id prefixes recognised unless --prefix says otherwise (the seed's INC-2 and SR-5). */
export const DEFAULT_PREFIXES = ['INC', 'SR'];

/** Header names that carry a record id: anything naming a record id, or Agiloft's own headers. */
const RECORD_HEADER = /record[-_]?id|^x-agiloft-(?:id|record|ew)|^x-ew-?(?:id|key|record)/i;
/** A bracketed opaque token in the subject: 16 or more base64/hex characters mixing letters and digits. */
const SUBJECT_TOKEN = /[[{(](?:[A-Za-z]{1,8}[:#]\s?)?([A-Za-z0-9+/=_-]{16,})[\]})]/g;

/** What links the email to a record, if anything. */
export interface RecordLink {
  /** `INC-42` found in the subject with a configured prefix. */
  requestId?: string;
  /** Where an encrypted record id was found and its value. */
  encrypted?: { where: string; value: string };
  /** Request-id-shaped tokens whose prefix is not configured. */
  otherPrefixes: string[];
}

/** Looks for request ids with `prefixes` in the subject, and encrypted ids in headers and subject. */
export function findRecordLink(h: EmlHeaders, prefixes: readonly string[], extraHeaders: readonly string[] = []): RecordLink {
  const ids = h.subject.match(/\b[A-Za-z]{1,10}-\d+\b/g) ?? [];
  const wanted = new Set(prefixes.map((p) => p.toUpperCase().replace(/-$/, '')));
  const requestId = ids.find((id) => wanted.has(id.slice(0, id.lastIndexOf('-')).toUpperCase()));
  const otherPrefixes = ids.filter((id) => !wanted.has(id.slice(0, id.lastIndexOf('-')).toUpperCase()));
  const link: RecordLink = { otherPrefixes, ...(requestId ? { requestId } : {}) };
  const extra = new Set(extraHeaders.map((x) => x.toLowerCase()));
  for (const [name, values] of h.raw) {
    if ((extra.has(name) || RECORD_HEADER.test(name)) && values[0]) {
      link.encrypted = { where: `header ${name}`, value: values[0] };
      return link;
    }
  }
  for (const m of h.subject.matchAll(SUBJECT_TOKEN)) {
    const token = m[1] ?? '';
    if (/[A-Za-z]/.test(token) && /\d/.test(token)) {
      link.encrypted = { where: 'subject', value: m[0] };
      break;
    }
  }
  return link;
}
