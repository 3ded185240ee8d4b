// Processed emails waiting for their SENT entry, found by the request id in a notification's subject or, failing
// that, by the subject itself (that index is only built once a notification needs it).
import { normalizeSubject, type ClassifiedRow } from './classified.js';
import { LazyIndex } from './lazy-index.js';
import { MultiMap } from './multi-map.js';

/** What the index reads and writes on a journey. */
export interface AwaitingEmail {
  received: ClassifiedRow;
  requestId?: string;
  /** Its request id in lower case, when it is filed by it. */
  idKey?: string;
  /** Its normalised subject, once the subject index needed it. */
  subjectKey?: string;
  /** When it was filed. */
  at: number;
}

/** How many pending journeys of one subject an outgoing row compares addresses with. */
const ADDRESS_SCAN = 32;
const REQUEST_ID = /\b[A-Z][A-Z0-9]{0,9}-\d+\b/g;

/** Journeys by request id (those without one apart), and by subject when a notification names no known id. */
export class AwaitingSent<J extends AwaitingEmail> {
  private readonly byId = new MultiMap<J>();
  private readonly withoutId = new Set<J>();
  private readonly bySubject = new LazyIndex<J>(
    (j) => (j.subjectKey ??= normalizeSubject(j.received.subject)),
    () => this.values(),
  );
  private filed = 0;

  /** Files a journey that now waits for its SENT entry. */
  add(j: J): void {
    j.at = this.filed;
    this.filed += 1;
    if (j.requestId) {
      j.idKey = j.requestId.toLowerCase();
      this.byId.add(j.idKey, j);
    } else this.withoutId.add(j);
    this.bySubject.add(j);
  }

  /** Unfiles a journey whose SENT entry came. */
  remove(j: J): void {
    if (j.idKey !== undefined) this.byId.remove(j.idKey, j);
    else this.withoutId.delete(j);
    this.bySubject.remove(j);
  }

  /** The oldest waiting journey an outgoing row is about: by request id in its subject, else by subject. */
  find(r: ClassifiedRow): J | undefined {
    const address = r.address;
    const sameSender = (j: J) => j.received.address.toLowerCase() === address.toLowerCase();
    const subject = r.subject;
    REQUEST_ID.lastIndex = 0;
    for (let m = REQUEST_ID.exec(subject); m; m = REQUEST_ID.exec(subject)) {
      const j = this.byId.pick(m[0].toLowerCase(), sameSender, ADDRESS_SCAN);
      if (j) return j;
    }
    // Notification subjects often wrap the original one: "Re: ...", "[INC-4] ...", "Request created: ...".
    const norm = normalizeSubject(subject);
    for (const form of [norm, norm.slice(norm.lastIndexOf(':') + 1).trim(), norm.slice(norm.lastIndexOf(']') + 1).trim()]) {
      if (!form) continue;
      const j = this.bySubject.get().pick(form === norm ? form : normalizeSubject(form), sameSender, ADDRESS_SCAN);
      if (j) return j;
    }
    return undefined;
  }

  /** Every journey still waiting, in no particular order. */
  values(): J[] {
    return [...this.byId.values(), ...this.withoutId];
  }
}
