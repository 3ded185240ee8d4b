// Follows each email through the 7-step journey: RECEIVED -> PROCESSED -> SENT, by server, subject, sender and time.
import { chronological } from './chronology.js';
import { normalizeSubject, OUTGOING_STATUSES, type ClassifiedRow } from './classified.js';
import { MultiMap } from './multi-map.js';
import { OpenEmails } from './open-emails.js';
import type { CauseId } from '../../knowledge/index.js';

/** Entries younger than this before the export's last entry may still be in progress. */
export const GRACE_MS = 10 * 60_000;

/** One email followed through the audit. */
export interface Journey {
  received: ClassifiedRow;
  outcome: 'received' | 'ignored' | 'processed' | 'failed';
  processed?: ClassifiedRow;
  requestId?: string;
  /** What the outgoing side did for it: nothing seen, failed, ignored by a filter, or sent. */
  send: 'none' | 'failed' | 'ignored' | 'sent';
  /** Index keys (request id, subject) under which it waits for its SENT entry. */
  keys?: string[];
}

/** The journeys of an export and the counts the report needs. */
export interface JourneyResult {
  emails: number;
  stuck: Journey[];
  /** RECEIVED entries too recent to call stuck. */
  inProgress: number;
  notSent: Journey[];
  sent: number;
  outgoingRows: number;
  incomingRows: number;
}

/** How many pending journeys of one subject an outgoing row compares addresses with. */
const ADDRESS_SCAN = 32;
const REQUEST_ID = /\b[A-Z][A-Z0-9]{0,9}-\d+\b/g;
const NOTIFYING: ReadonlySet<CauseId> = new Set<CauseId>(['audit.incoming.request-created', 'audit.incoming.service-request-created', 'audit.incoming.conversation-created', 'audit.incoming.attachments-added']);

/** Correlates the rows of an export into journeys; `lastTime` is the export's newest entry. */
export function followJourneys(rows: readonly ClassifiedRow[], lastTime: number | undefined): JourneyResult {
  const open = new OpenEmails<Journey>();
  const awaiting = new MultiMap<Journey>();
  const all: Journey[] = [];
  let outgoingRows = 0;
  let incomingRows = 0;
  for (const r of chronological(rows)) {
    const status = r.step!;
    if (OUTGOING_STATUSES.has(status)) {
      outgoingRows += 1;
      const j = findAwaiting(awaiting, r);
      if (!j) continue;
      if (status === 'SENT') {
        j.send = 'sent';
        forget(j, awaiting);
      } else j.send = status === 'SEND_FAILED' ? 'failed' : 'ignored';
      continue;
    }
    incomingRows += 1;
    if (status === 'RECEIVED') {
      const j: Journey = { received: r, outcome: 'received', send: 'none' };
      all.push(j);
      open.add(r, j);
      continue;
    }
    // An ATTACHMENT entry after the PROCESSED one belongs to an email already indexed by its request id,
    // so it may only open an email by the exact key, never take another email of the same subject.
    const j = open.take(r, status.startsWith('ATTACHMENT'));
    if (!j) continue;
    if (status === 'RECEIVED IGNORED') j.outcome = 'ignored';
    else if (status === 'PROCESSED FAILED') j.outcome = 'failed';
    else {
      j.outcome = 'processed';
      j.processed = r;
      noteRequest(j, r, awaiting);
    }
  }
  const cutoff = lastTime === undefined ? undefined : lastTime - GRACE_MS;
  const old = (j: Journey, r: ClassifiedRow) => cutoff === undefined || r.time === undefined || r.time <= cutoff;
  const waiting = all.filter((j) => j.outcome === 'received');
  const stuck = waiting.filter((j) => old(j, j.received));
  const processed = all.filter((j) => j.outcome === 'processed' && j.processed && j.processed.match != null && NOTIFYING.has(j.processed.match.cause));
  return {
    emails: all.length,
    stuck,
    inProgress: waiting.length - stuck.length,
    notSent: outgoingRows === 0 ? [] : processed.filter((j) => j.send !== 'sent' && old(j, j.processed!)),
    sent: processed.filter((j) => j.send === 'sent').length,
    outgoingRows,
    incomingRows,
  };
}

/** Indexes a processed journey by its request id and subject so that a later SENT can find it. */
function noteRequest(j: Journey, r: ClassifiedRow, awaiting: MultiMap<Journey>): void {
  const id = r.match?.captures.id ?? r.match?.captures.name;
  j.keys = [`s:${normalizeSubject(j.received.subject)}`];
  if (id && /^[A-Za-z][A-Za-z0-9]{0,9}-\d+$/.test(id)) {
    j.requestId = id;
    j.keys.push(`id:${id.toLowerCase()}`);
  }
  for (const k of j.keys) awaiting.add(k, j);
}

/** Drops a sent journey from the index, so the index only holds emails still waiting for step 7. */
function forget(j: Journey, awaiting: MultiMap<Journey>): void {
  for (const k of j.keys ?? []) awaiting.remove(k, j);
}

/** The oldest pending journey an outgoing row is about: by request id in its subject, else by subject. */
function findAwaiting(awaiting: MultiMap<Journey>, r: ClassifiedRow): Journey | undefined {
  const address = r.address;
  const sameSender = (j: Journey) => j.received.address.toLowerCase() === address.toLowerCase();
  const subject = r.subject;
  REQUEST_ID.lastIndex = 0;
  for (let m = REQUEST_ID.exec(subject); m; m = REQUEST_ID.exec(subject)) {
    const j = awaiting.pick(`id:${m[0].toLowerCase()}`, sameSender, ADDRESS_SCAN);
    if (j) return j;
  }
  // Notification subjects often wrap the original one: "Re: ...", "[INC-4] ...", "Request created: ...".
  const norm = normalizeSubject(subject);
  for (const form of [norm, norm.slice(norm.lastIndexOf(':') + 1).trim(), norm.slice(norm.lastIndexOf(']') + 1).trim()]) {
    if (!form) continue;
    const j = awaiting.pick(`s:${form === norm ? form : normalizeSubject(form)}`, sameSender, ADDRESS_SCAN);
    if (j) return j;
  }
  return undefined;
}
