// Emails RECEIVED and not yet processed, found again by the entries that process them.
import { normalizeSubject, type ClassifiedRow } from './classified.js';
import { MultiMap } from './multi-map.js';

/** An open email and the two keys it is filed under. */
interface Filed<J> {
  journey: J;
  exact: string;
  loose: string;
}

/** Entries of one email repeat its server, subject and sender exactly. */
function exactKey(r: ClassifiedRow): string {
  return `${r.server}\u0000${r.subject}\u0000${r.address}`;
}

/** Forgives a different sender or a Re: prefix. */
function looseKey(r: ClassifiedRow): string {
  return `${r.server}\u0000${normalizeSubject(r.subject)}`;
}

/** Open emails by exact key, and by server and subject for processing entries that name the sender differently. */
export class OpenEmails<J extends object> {
  private readonly exact = new MultiMap<Filed<J>>();
  private readonly loose = new MultiMap<Filed<J>>();

  /** Files the email of a RECEIVED entry. */
  add(r: ClassifiedRow, journey: J): void {
    const filed = { journey, exact: exactKey(r), loose: looseKey(r) };
    this.exact.add(filed.exact, filed);
    this.loose.add(filed.loose, filed);
  }

  /** Takes the oldest open email a processing entry belongs to; `strict` allows the exact key only. */
  take(r: ClassifiedRow, strict: boolean): J | undefined {
    let filed = this.exact.shift(exactKey(r));
    if (filed) this.loose.remove(filed.loose, filed);
    else if (!strict) {
      filed = this.loose.shift(looseKey(r));
      if (filed) this.exact.remove(filed.exact, filed);
    }
    return filed?.journey;
  }

  /** Every email still open, in no particular order. */
  values(): J[] {
    return this.exact.values().map((filed) => filed.journey);
  }
}
