// Emails RECEIVED and not yet processed, found again by the entries that process them.
import { normalizeSubject, type ClassifiedRow } from './classified.js';
import { LazyIndex } from './lazy-index.js';
import { MultiMap } from './multi-map.js';

/** An open email, its RECEIVED entry and its loose key (once that index needed it). */
interface Filed<J> {
  journey: J;
  row: ClassifiedRow;
  loose?: string;
  at: number;
}

/** Forgives a different sender or a Re: prefix. */
function looseKey(r: ClassifiedRow): string {
  return `${r.server}\u0000${normalizeSubject(r.subject)}`;
}

/**
 * Open emails by subject (entries of one email repeat its server, subject and sender exactly), and by server and
 * normalised subject for processing entries that name the sender differently (that index is only built once such an
 * entry comes).
 */
export class OpenEmails<J extends object> {
  private readonly exact = new MultiMap<Filed<J>>();
  private readonly loose = new LazyIndex<Filed<J>>(
    (f) => (f.loose ??= looseKey(f.row)),
    () => this.exact.values(),
  );
  private filed = 0;

  /** Files the email of a RECEIVED entry. */
  add(r: ClassifiedRow, journey: J): void {
    const filed: Filed<J> = { journey, row: r, at: this.filed };
    this.filed += 1;
    this.exact.add(r.subject, filed);
    this.loose.add(filed);
  }

  /** Takes the oldest open email a processing entry belongs to; `strict` allows the exact key only. */
  take(r: ClassifiedRow, strict: boolean): J | undefined {
    let filed = this.exact.take(r.subject, (f) => f.row.server === r.server && f.row.address === r.address);
    if (filed) this.loose.remove(filed);
    else if (!strict) {
      filed = this.loose.get().shift(looseKey(r));
      if (filed) this.exact.remove(filed.row.subject, filed);
    }
    return filed?.journey;
  }

  /** Every email still open, in no particular order. */
  values(): J[] {
    return this.exact.values().map((filed) => filed.journey);
  }
}
