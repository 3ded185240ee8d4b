// Accuracy of `explain` on the independent corpus (test/knowledge/corpus/): real error strings from public threads and
// docs split by a hash rule into a development half (tuned on) and a test half (measured only), further development
// strings collected later (errors-extra.tsv), Email Audit variants that must keep their documented status, and
// ordinary lines that must match nothing.
import { describe, expect, it } from 'vitest';
import { explainText } from '../../src/checks/explain.js';
import { CATEGORY_CAUSE, acceptedCauses } from './corpus-causes.js';
import { corpusRows } from './corpus-files.js';
import { firstCause } from './first-cause.js';

interface Score {
  right: number;
  total: number;
  byCategory: Map<string, { right: number; total: number }>;
  /** Misses, kept only for the development half (the test half is a measurement, never read row by row). */
  misses: string[];
}

function score(rows: Array<Record<string, string>>, keepMisses: boolean): Score {
  const s: Score = { right: 0, total: 0, byCategory: new Map(), misses: [] };
  for (const row of rows) {
    const category = row.category ?? '';
    const want = acceptedCauses(category);
    const got = firstCause(row.text ?? '');
    const c = s.byCategory.get(category) ?? { right: 0, total: 0 };
    c.total += 1;
    s.total += 1;
    if (got !== undefined && (want as readonly string[]).includes(got)) {
      c.right += 1;
      s.right += 1;
    } else if (keepMisses) {
      s.misses.push(`${row.id} ${category} -> ${want.join('|')}, got ${got}: ${(row.text ?? '').slice(0, 200)}`);
    }
    s.byCategory.set(category, c);
  }
  return s;
}

const half = (name: 'dev' | 'test') => corpusRows('errors.tsv').filter((r) => r.half === name);

function report(half: string, s: Score): string {
  const worst = [...s.byCategory].filter(([, c]) => c.right < c.total).sort((a, b) => a[1].right / a[1].total - b[1].right / b[1].total);
  const lines = worst.map(([cat, c]) => `  ${cat}: ${c.right}/${c.total}`);
  return `${half}: ${s.right}/${s.total} right (${((100 * s.right) / s.total).toFixed(1)}%)${lines.length ? `\n${lines.join('\n')}` : ''}`;
}

/** One total per collection batch (the rows' `collected_by`), so each batch's before/after figures can be read apart. */
function batchTotals(name: string, rows: Array<Record<string, string>>): string {
  const batches = new Map<string, Array<Record<string, string>>>();
  for (const row of rows) batches.set(row.collected_by ?? '', [...(batches.get(row.collected_by ?? '') ?? []), row]);
  return [...batches]
    .map(([batch, batchRows]) => {
      const s = score(batchRows, false);
      return `${name}, ${batch}: ${s.right}/${s.total}`;
    })
    .join('\n');
}

describe('explain on the error corpus', () => {
  it('maps every category to its cause or small set of causes', () => {
    const categories = new Set(corpusRows('categories.tsv').map((r) => r.category ?? ''));
    expect([...categories].sort()).toEqual(Object.keys(CATEGORY_CAUSE).sort());
    for (const row of [...corpusRows('errors.tsv'), ...corpusRows('errors-extra.tsv')]) expect(categories.has(row.category ?? ''), row.id).toBe(true);
    for (const category of categories) expect(acceptedCauses(category).length).toBeLessThanOrEqual(3);
  });

  it('development half: prints the accuracy per category (and, with MAILDOCTOR_CORPUS_MISSES=1, each miss)', () => {
    const dev = score(half('dev'), true);
    console.log(report('dev half', dev));
    if (process.env.MAILDOCTOR_CORPUS_MISSES === '1') console.log(dev.misses.join('\n'));
    expect(dev.total).toBeGreaterThan(150);
    expect(dev.right / dev.total).toBeGreaterThanOrEqual(0.98);
  });

  it('further development strings (errors-extra.tsv): new to the corpus, all development, accuracy printed', () => {
    const extra = corpusRows('errors-extra.tsv');
    const known = new Set(corpusRows('errors.tsv').map((r) => r.text));
    expect(extra.filter((r) => known.has(r.text ?? '')).map((r) => r.id)).toEqual([]);
    expect(extra.every((r) => r.half === 'dev' && r.source !== '' && r.collected_by !== '')).toBe(true);
    const s = score(extra, true);
    console.log(report('extra (dev)', s));
    console.log(batchTotals('extra (dev)', extra));
    if (process.env.MAILDOCTOR_CORPUS_MISSES === '1') console.log(s.misses.join('\n'));
    expect(s.total).toBeGreaterThan(500);
    // Measured 531/535 (99.3%) after the fourth round; held at the percent below.
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.99);
  });

  it('held-out strings (errors-check.tsv): collected with a development batch, never tuned on, accuracy printed', () => {
    const check = corpusRows('errors-check.tsv');
    const elsewhere = new Set([...corpusRows('errors.tsv'), ...corpusRows('errors-extra.tsv')].map((r) => r.text));
    expect(check.filter((r) => elsewhere.has(r.text ?? '')).map((r) => r.id)).toEqual([]);
    expect(check.every((r) => r.half === 'check' && r.source !== '' && r.collected_by !== '')).toBe(true);
    const s = score(check, false);
    console.log(report('held-out check set', s));
    console.log(batchTotals('held-out check set', check));
    // Measured once after the merge of the three helpers' branches: 207/259 (79.9%); after the client-side round 2 batches
    // (u001-u174, 88 more held-out rows): 283/347 (81.6%); with the server-side round 3 batches as well (v001-v142, 69
    // more): 336/416 (80.8%); after the generalisation round (reason families, t001-t117, 49 more held-out rows): 383/465
    // (82.4%); after generalisation round 2 (s001-s083, 41 more held-out rows): 418/506 (82.6%); after generalisation
    // round 3 (client and identity side, r001-r038, 10 more held-out rows): 427/516 (82.8%); after generalisation round 4
    // (server side q001-q047 and client side p001-p136, 59 more held-out rows): 476/575 (82.8%); after the server side of
    // generalisation round 5 (o001-o079, 41 more held-out rows): 513/616 (83.3%); with its client side merged too (m001-m080,
    // 39 more): 546/655 (83.4%); after the server side of generalisation round 6 (g001-g017, 5 more): 548/660 (83.0%); with its
    // client side merged too (h001-h015, 5 more): 554/665 (83.3%). Held at the percent below.
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.83);
  });

  // Issue 21 asks for 95% on the test half. Measured after the second round of honest work: 227/241 = 94.2%. A third
  // collection (rows e468-e626, collected and committed before the matcher was touched) added 89 never-tuned test rows;
  // measured right after that commit: 300/330 (first collection 227/241, third 73/89); measured once after the matcher
  // work on the development misses only: 302/330 = 91.5% (first collection 227/241, third 75/89). A fourth round worked
  // only on new development strings (errors-extra x349-x535) and measured once at its end: 303/330 = 91.8% (first
  // collection 227/241, third 76/89). A fifth round (three helpers: server-side and client-side batches, each split into
  // development rows and held-out rows of errors-check.tsv, and reading messages inside their wrappers) worked only on
  // development rows and measured after the merge: 309/330 = 93.6% (first collection 228/241, third 81/89). A generalisation
  // round (reason families and code subjects instead of wordings, new development and held-out batches t001-t117) measured
  // at its end: 310/330 = 93.9% (first collection 228/241, third 82/89); a second generalisation round (s001-s083) left it
  // at 310/330, and so did a third (client and identity side, r001-r038); a fourth (q001-q047, p001-p136) measured at its
  // end: 311/330 = 94.2% (first collection 228/241, third 83/89); the server side of a fifth (o001-o079) measured at its
  // end: 313/330 = 94.8% (first collection 229/241, third 84/89), and its client side (m001-m080) left that unchanged
  // after the merge. The client side of a sixth (h001-h015) measured at its end: 314/330 = 95.2% (first collection
  // 229/241, third 85/89), the issue's target; merged with the server side (g001-g017), the same. The assertions hold those measured values, rounded down to the percent,
  // as floors so they cannot slip: the whole test half, and the first collection on its own, now at ISSUE_TARGET.
  const ISSUE_TARGET = 0.95;
  const FIRST_COLLECTION_LAST_ID = 467;
  const TEST_HALF_FLOOR = ISSUE_TARGET;
  const FIRST_COLLECTION_FLOOR = ISSUE_TARGET;
  it(`test half: at least ${TEST_HALF_FLOOR * 100}% explained with the right cause (measured floor; the issue's target is ${ISSUE_TARGET * 100}%)`, () => {
    const test = score(half('test'), false);
    console.log(report('test half', test));
    // The first collection (e01-e467) and the third (e468 on, collected after the matcher was built) as totals only.
    const first = score(
      half('test').filter((r) => Number((r.id ?? '').slice(1)) <= FIRST_COLLECTION_LAST_ID),
      false,
    );
    const third = score(
      half('test').filter((r) => Number((r.id ?? '').slice(1)) > FIRST_COLLECTION_LAST_ID),
      false,
    );
    console.log(`test half, first collection: ${first.right}/${first.total}; third collection: ${third.right}/${third.total}`);
    expect(test.total).toBeGreaterThan(150);
    expect(test.right / test.total).toBeGreaterThanOrEqual(TEST_HALF_FLOOR);
    expect(first.right / first.total).toBeGreaterThanOrEqual(FIRST_COLLECTION_FLOOR);
  });
});

describe('Email Audit variants keep their documented status', () => {
  it('every variant of both halves is recognised as its documented message, with its status', () => {
    const rows = corpusRows('audit-variants.tsv');
    const wrong = (half: string) =>
      rows
        .filter((r) => r.half === half)
        .flatMap((row) => {
          const first = explainText(row.text ?? '').findings[0];
          return first?.evidence?.status === row.status
            ? []
            : [`${row.id} ${row.status}: got ${String(first?.evidence?.status)} (${first?.cause}) <- ${row.text}`];
        });
    const dev = wrong('dev');
    const test = wrong('test');
    console.log(
      `audit variants: ${rows.length - dev.length - test.length}/${rows.length} with the documented status (dev misses ${dev.length}, test misses ${test.length})`,
    );
    expect(dev).toEqual([]);
    expect(test.length).toBe(0);
  });
});

describe('ordinary lines match nothing', () => {
  it('every negative line gets "no documented message matches"', () => {
    const rows = corpusRows('negative.tsv');
    const matched = rows.flatMap((row) => {
      const causes = explainText(row.text ?? '').findings.map((f) => f.cause);
      return causes.length === 1 && causes[0] === 'explain.no-match' ? [] : [`${row.id}: ${causes.join(',')} <- ${row.text}`];
    });
    console.log(`negative corpus: ${matched.length} of ${rows.length} matched something`);
    expect(matched).toEqual([]);
  });
});
