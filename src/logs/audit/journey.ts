// Follows each email through the 7-step journey: RECEIVED -> PROCESSED -> SENT, by server, subject, sender and time.
// Rows arrive in time order; only the emails still waiting for a step are kept.
import { AwaitingSent } from './awaiting-sent.js';
import { OUTGOING_STATUSES, type ClassifiedRow } from './classified.js';
import { OpenEmails } from './open-emails.js';
import type { CauseId } from '../../knowledge/index.js';

/** Entries younger than this before the export's last entry may still be in progress. */
export const GRACE_MS = 10 * 60_000;

/** One email followed through the audit. */
export interface Journey {
  /** Order of its RECEIVED entry among all emails. */
  seq: number;
  received: ClassifiedRow;
  outcome: 'received' | 'ignored' | 'processed' | 'failed';
  processed?: ClassifiedRow;
  requestId?: string;
  /** What the outgoing side did for it: nothing seen, failed, ignored by a filter, or sent. */
  send: 'none' | 'failed' | 'ignored' | 'sent';
  /** Its request id in lower case, when it waits for its SENT entry under it. */
  idKey?: string;
  /** Its normalised subject, once a notification was looked up by subject. */
  subjectKey?: string;
  /** Order in which it began to wait for its SENT entry. */
  at: number;
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

const NOTIFYING: ReadonlySet<CauseId> = new Set<CauseId>([
  'audit.incoming.request-created',
  'audit.incoming.service-request-created',
  'audit.incoming.conversation-created',
  'audit.incoming.attachments-added',
]);

/**
 * Correlates rows given in time order into journeys. Only emails still waiting for a step are kept: RECEIVED ones
 * not yet processed, and processed ones not yet SENT.
 */
export class JourneyFollower {
  private readonly open = new OpenEmails<Journey>();
  private readonly awaiting = new AwaitingSent<Journey>();
  private emails = 0;
  private sent = 0;
  private outgoingRows = 0;
  private incomingRows = 0;

  /** Takes the next row in time order (rows with a journey step only). */
  add(r: ClassifiedRow): void {
    const status = r.step!;
    if (OUTGOING_STATUSES.has(status)) {
      this.outgoingRows += 1;
      const j = this.awaiting.find(r);
      if (!j) return;
      if (status === 'SENT') {
        j.send = 'sent';
        if (j.processed?.match != null && NOTIFYING.has(j.processed.match.cause)) this.sent += 1;
        this.awaiting.remove(j);
      } else j.send = status === 'SEND_FAILED' ? 'failed' : 'ignored';
      return;
    }
    this.incomingRows += 1;
    if (status === 'RECEIVED') {
      this.open.add(r, { seq: this.emails, received: r, outcome: 'received', send: 'none', at: 0 });
      this.emails += 1;
      return;
    }
    // An ATTACHMENT entry after the PROCESSED one belongs to an email already indexed by its request id,
    // so it may only open an email by the exact key, never take another email of the same subject.
    const j = this.open.take(r, status.startsWith('ATTACHMENT'));
    if (!j) return;
    if (status === 'RECEIVED IGNORED') j.outcome = 'ignored';
    else if (status === 'PROCESSED FAILED') j.outcome = 'failed';
    else {
      j.outcome = 'processed';
      j.processed = r;
      const id = r.match?.captures.id ?? r.match?.captures.name;
      if (id && /^[A-Za-z][A-Za-z0-9]{0,9}-\d+$/.test(id)) j.requestId = id;
      this.awaiting.add(j);
    }
  }

  /** The result, judging "stuck" against `lastTime` (the export's newest entry) and each row's time by `timeOf`. */
  finish(lastTime: number | undefined, timeOf: (r: ClassifiedRow) => number | undefined): JourneyResult {
    const cutoff = lastTime === undefined ? undefined : lastTime - GRACE_MS;
    const old = (r: ClassifiedRow): boolean => {
      const t = timeOf(r);
      return cutoff === undefined || t === undefined || t <= cutoff;
    };
    const bySeq = (a: Journey, b: Journey): number => a.seq - b.seq;
    const waiting = this.open.values().sort(bySeq);
    const stuck = waiting.filter((j) => old(j.received));
    const processed = this.awaiting
      .values()
      .filter((j) => j.processed && j.processed.match != null && NOTIFYING.has(j.processed.match.cause))
      .sort(bySeq);
    return {
      emails: this.emails,
      stuck,
      inProgress: waiting.length - stuck.length,
      notSent: this.outgoingRows === 0 ? [] : processed.filter((j) => j.send !== 'sent' && old(j.processed!)),
      sent: this.sent,
      outgoingRows: this.outgoingRows,
      incomingRows: this.incomingRows,
    };
  }
}
