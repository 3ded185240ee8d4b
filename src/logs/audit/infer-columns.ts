// Finds the columns of a header-less paste by their content: statuses, times, addresses, audit messages.
import { normalizeAuditStatus } from '../../knowledge/audit-messages.js';
import type { ColumnMap } from './columns.js';
import { AuditClassifier } from './classify.js';
import { parseTime } from './time-format.js';

/** Guesses a column map from sample records; columns that fit nothing stay unmapped. */
export function inferColumns(sample: readonly string[][]): ColumnMap {
  const width = Math.max(0, ...sample.map((r) => r.length));
  const classifier = new AuditClassifier();
  const score = (test: (v: string) => boolean) =>
    Array.from(
      { length: width },
      (_, i) =>
        sample.filter((r) => {
          const v = (r[i] ?? '').trim();
          return v !== '' && test(v);
        }).length,
    );
  const map: ColumnMap = {};
  const taken = new Set<number>();
  const claim = (field: keyof ColumnMap, scores: number[]) => {
    let best = -1;
    scores.forEach((s, i) => {
      if (!taken.has(i) && s > 0 && (best < 0 || s > (scores[best] ?? 0))) best = i;
    });
    if (best >= 0 && (scores[best] ?? 0) * 2 >= sample.length) {
      map[field] = best;
      taken.add(best);
    }
  };
  claim(
    'status',
    score((v) => normalizeAuditStatus(v) !== undefined),
  );
  claim(
    'message',
    score((v) => classifier.classify(v) !== null),
  );
  claim(
    'time',
    score((v) => parseTime(v, 'dmy') !== undefined || parseTime(v, 'mdy') !== undefined),
  );
  claim(
    'address',
    score((v) => /^[^\s@]+@[^\s@]+$/.test(v) || /<[^\s@]+@[^\s@]+>/.test(v)),
  );
  // Of the text columns left, the server repeats a few names and the subject varies most.
  const left = Array.from({ length: width }, (_, i) => i)
    .filter((i) => !taken.has(i))
    .map((i) => ({ i, distinct: new Set(sample.map((r) => (r[i] ?? '').trim()).filter(Boolean)).size }))
    .filter((c) => c.distinct > 0)
    .sort((a, b) => a.distinct - b.distinct);
  const server = left[0];
  if (server && left.length > 1 && server.distinct <= Math.max(3, sample.length / 5)) {
    map.server = server.i;
    left.shift();
  }
  const subject = left[left.length - 1];
  if (subject) map.subject = subject.i;
  return map;
}
