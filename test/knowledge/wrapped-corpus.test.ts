// The same error, wrapped differently, keeps its cause: every development row of the corpus that `explain` gets right
// is wrapped the ways real tools wrap it (wrappers.ts) and must still get the same cause; ordinary lines stay unmatched
// however they are wrapped. Only development rows are used: the test half and the check set are never wrapped here.
import { describe, expect, it } from 'vitest';
import { explainText } from '../../src/checks/explain.js';
import { acceptedCauses } from './corpus-causes.js';
import { corpusRows } from './corpus-files.js';
import { HELD_OUT_WRAPPERS } from './wrappers-held-out.js';
import { SECOND_ROUND_WRAPPERS } from './wrappers-second-round.js';
import { TUNED_WRAPPERS as FIRST_ROUND_WRAPPERS, type Wrapper } from './wrappers.js';
import { firstCause } from './first-cause.js';

/** Every wrapper kind the matcher was tuned on: the first round's, and the second round's (held out in the first). */
const TUNED_WRAPPERS: readonly Wrapper[] = [...FIRST_ROUND_WRAPPERS, ...SECOND_ROUND_WRAPPERS];

/** The development rows explained right as they are: the baseline every wrapped form is compared with. */
const rightRows = [...corpusRows('errors.tsv').filter((r) => r.half === 'dev'), ...corpusRows('errors-extra.tsv')].filter((r) =>
  (acceptedCauses(r.category ?? '') as readonly string[]).includes(firstCause(r.text ?? '') ?? ''),
);

interface Kept {
  kept: number;
  total: number;
  misses: string[];
}

function keptUnder(w: Wrapper): Kept {
  const k: Kept = { kept: 0, total: 0, misses: [] };
  for (const row of rightRows) {
    const category = row.category ?? '';
    if (w.applies && !w.applies(category, row.text ?? '')) continue;
    k.total += 1;
    const got = firstCause(w.wrap(row.text ?? ''));
    if ((acceptedCauses(category) as readonly string[]).includes(got ?? '')) k.kept += 1;
    else k.misses.push(`${w.kind} ${row.id} ${category}, got ${got}: ${(row.text ?? '').slice(0, 160)}`);
  }
  return k;
}

/** Kept/total per tuned wrapper kind, measured after the unwrapping work and held as floors (rounded down to the percent). */
const TUNED_FLOORS: Readonly<Record<string, number>> = {
  'log4j2-pattern': 1,
  'spring-boot-logback': 1,
  'syslog-rsyslog': 1,
  'json-logstash': 1,
  'json-dotnet-escaped': 1,
  'java-caused-by': 1,
  'java-main-thread': 1,
  'node-stack': 1,
  'node-inspect': 0.99,
  'python-traceback': 1,
  'dotnet-inner': 1,
  'dsn-diagnostic-code': 0.99,
  'postfix-said': 1,
  'exchange-remote-returned': 0.99,
  'html-escaped': 1,
  'mail-quoted': 1,
  'folded-76': 0.99,
  'smtp-multiline': 0.99,
  'truncated-160': 0.92,
  'upper-case': 0.98,
  'lower-case': 0.98,
  'timestamp-host-id': 1,
  'windows-event': 1,
  'docker-json-file': 1,
  'cri-container-log': 1,
  'logfmt-logrus': 1,
  'csv-export': 0.99,
  'ruby-logger': 1,
  'python-logging-basic': 1,
  'powershell-error-record': 0.99,
  'markdown-fenced': 0.97,
  'exim-bounce': 0.95,
  'exchange-ndr-admin': 0.99,
};

/** The held-out kinds together: written after the second round of matcher work, measured once (5773/5910 = 97.7%;
 * 5752/5910 = 97.3% before any unwrapping work), never tuned on; after the merge with the server-side vocabulary (more
 * development rows in the base set) 6921/7046 = 98.2%; held at the percent below. */
const HELD_OUT_FLOOR = 0.97;

/** Negative lines that match something under the held-out general wrappers: measured once (5: nlog-default 3,
 * log4net-detail 2). After the merge with the server-side vocabulary it was 22, all from a wrapper's severity field
 * read as a stated failure; that field is no longer read as one (reason-sentences.ts), and it is 5 again. No longer a held-out
 * figure since; held as a ceiling so it cannot grow. */
const HELD_OUT_NEGATIVE_CEILING = 5;

describe('a wrapped error keeps its cause', () => {
  it('starts from enough development rows explained right', () => {
    expect(rightRows.length).toBeGreaterThan(800);
  });

  for (const w of TUNED_WRAPPERS) {
    it(`${w.kind}: kept/total printed, at least the measured floor`, () => {
      const k = keptUnder(w);
      console.log(`wrapped ${w.kind}: ${k.kept}/${k.total} (${((100 * k.kept) / k.total).toFixed(1)}%)`);
      if (process.env.MAILDOCTOR_WRAPPED_MISSES === '1') console.log(k.misses.join('\n'));
      expect(k.total).toBeGreaterThan(0);
      expect(TUNED_FLOORS[w.kind]).toBeDefined();
      expect(k.kept / k.total).toBeGreaterThanOrEqual(TUNED_FLOORS[w.kind] ?? 1);
    });
  }

  // One test per held-out kind (each stays short on a loaded machine), then their sum.
  const heldOut = { kept: 0, total: 0 };
  for (const w of HELD_OUT_WRAPPERS) {
    it(`held-out ${w.kind} (never tuned on): kept/total printed`, () => {
      const k = keptUnder(w);
      heldOut.kept += k.kept;
      heldOut.total += k.total;
      console.log(`held-out ${w.kind}: ${k.kept}/${k.total}`);
      expect(k.total).toBeGreaterThan(0);
    });
  }

  it('held-out wrapper kinds together: at least the measured floor', () => {
    console.log(`held-out wrappers together: ${heldOut.kept}/${heldOut.total} (${((100 * heldOut.kept) / heldOut.total).toFixed(1)}%)`);
    expect(heldOut.total).toBeGreaterThan(5000);
    expect(heldOut.kept / heldOut.total).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });
});

describe('ordinary lines stay unmatched however they are wrapped', () => {
  // Delivery-report wrappers are left out: a delivery report around a line is itself a bounce, rightly recognised.
  const negatives = corpusRows('negative.tsv');
  const matchedUnder = (w: Wrapper): string[] =>
    negatives.flatMap((row) => {
      const causes = explainText(w.wrap(row.text ?? '')).findings.map((f) => f.cause);
      return causes.length === 1 && causes[0] === 'explain.no-match' ? [] : [`${w.kind} ${row.id}: ${causes.join(',')}`];
    });

  for (const w of TUNED_WRAPPERS.filter((x) => !x.applies))
    it(`${w.kind}: every negative line gets "no documented message matches"`, () => {
      expect(matchedUnder(w)).toEqual([]);
    });

  // Held-out kinds: counted per kind, measured once, never tuned on.
  let heldOutMatched = 0;
  for (const w of HELD_OUT_WRAPPERS.filter((x) => !x.applies))
    it(`held-out ${w.kind}: negative lines that match something, counted`, () => {
      const matched = matchedUnder(w).length;
      heldOutMatched += matched;
      console.log(`wrapped negatives (held-out ${w.kind}): ${matched} matched something`);
    });

  it('held-out kinds together: at most the measured count of matched negative lines', () => {
    console.log(`wrapped negatives (held-out kinds): ${heldOutMatched} matched something`);
    expect(heldOutMatched).toBeLessThanOrEqual(HELD_OUT_NEGATIVE_CEILING);
  });
});
