// The same error, wrapped differently, keeps its cause: every development row of the corpus that `explain` gets right
// is wrapped the ways real tools wrap it (wrappers.ts) and must still get the same cause; ordinary lines stay unmatched
// however they are wrapped. Only development rows are used: the test half and the check set are never wrapped here.
import { describe, expect, it } from 'vitest';
import { explainText } from '../../src/checks/explain.js';
import { acceptedCauses } from './corpus-causes.js';
import { corpusRows } from './corpus-files.js';
import { HELD_OUT_WRAPPERS } from './wrappers-held-out.js';
import { TUNED_WRAPPERS, type Wrapper } from './wrappers.js';

const firstCause = (text: string): string | undefined => explainText(text).findings[0]?.cause;

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
const TUNED_FLOORS: Readonly<Record<string, number>> = {};

/** The held-out kinds together: defined after the matcher work was done, measured once, never tuned on. */
const HELD_OUT_FLOOR = 0;

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
      expect(k.kept / k.total).toBeGreaterThanOrEqual(TUNED_FLOORS[w.kind] ?? 0);
    });
  }

  it('held-out wrapper kinds (never tuned on): totals per kind and together', () => {
    let kept = 0;
    let total = 0;
    for (const w of HELD_OUT_WRAPPERS) {
      const k = keptUnder(w);
      kept += k.kept;
      total += k.total;
      console.log(`held-out ${w.kind}: ${k.kept}/${k.total}`);
    }
    console.log(`held-out wrappers together: ${kept}/${total} (${((100 * kept) / total).toFixed(1)}%)`);
    expect(total).toBeGreaterThan(0);
    expect(kept / total).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });
});

describe('ordinary lines stay unmatched however they are wrapped', () => {
  // Delivery-report wrappers are left out: a delivery report around a line is itself a bounce, rightly recognised.
  const wrappers = [...TUNED_WRAPPERS, ...HELD_OUT_WRAPPERS].filter((w) => !w.applies);
  it('every negative line under every general wrapper gets "no documented message matches"', () => {
    const matched: string[] = [];
    for (const row of corpusRows('negative.tsv'))
      for (const w of wrappers) {
        const causes = explainText(w.wrap(row.text ?? '')).findings.map((f) => f.cause);
        if (!(causes.length === 1 && causes[0] === 'explain.no-match')) matched.push(`${w.kind} ${row.id}: ${causes.join(',')} <- ${row.text}`);
      }
    console.log(`wrapped negatives: ${matched.length} matched something`);
    expect(matched).toEqual([]);
  });
});
