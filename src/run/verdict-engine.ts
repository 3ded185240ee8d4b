// Applies the rule table: strong faults with their agreement, drawn verdicts, chain verdicts folded under what explains them.
import { resolveFinding } from '../core/finding.js';
import type { Finding, FindingInput, Severity } from '../core/types.js';
import type { CauseId } from '../knowledge/index.js';
import { UNCONFIRMED_NOTE } from '../knowledge/verdict-causes.js';
import { factList, type Draft, type Fact, type VerdictInput } from './verdict-facts.js';
import type { FaultRule, VerdictRule } from './verdict-rules.js';

const RANK: Record<Severity, number> = { fail: 0, warn: 1, info: 2 };

function worst(facts: readonly Fact[]): Severity {
  return facts.reduce<Severity>((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), 'info');
}

function distinct(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.check}\u0000${f.cause}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A strong fault's verdict: found by one check, raised and reworded when other checks agree. */
export function drawFault(rule: FaultRule, input: VerdictInput): Draft[] {
  const named = (list: readonly CauseId[]) => (f: Fact) => f.cause !== null && list.includes(f.cause);
  const found = input.facts.filter((f) => named(rule.found)(f) && rule.foundIn.includes(f.checkId));
  if (found.length === 0) return [];
  const own = new Set(found.map((f) => f.check));
  const chainFacts = rule.agreesChain ? input.stops.filter((s) => s.chain.direction === rule.agreesChain && !s.skipped).map((s) => s.fact) : [];
  const agreeing = input.facts.filter((f) => named(rule.agrees)(f) || named(rule.found)(f));
  const agrees = distinct([...agreeing, ...chainFacts]).filter((f) => !own.has(f.check));
  if (agrees.length === 0 && rule.alone === 'silent') return [];
  const more = found.length > 1 ? ` (+${found.length - 1} more)` : '';
  const confirmation = agrees.length > 0 ? `confirmed by ${factList(agrees)}` : (UNCONFIRMED_NOTE[rule.verdict] ?? 'no other check confirms it');
  return [
    {
      rule: rule.id,
      cause: rule.verdict,
      severity: agrees.length > 0 ? rule.agreed : worst(found),
      detail: `${found[0]!.detail}${more} — found by ${factList(found)}; ${confirmation}`,
      found,
      agrees,
      explains: [],
      covers: (stop) => found.some((f) => f.check === stop.fact.check && f.cause === stop.fact.cause),
    },
  ];
}

/** Moves each chain verdict under the first other verdict that explains it. */
function fold(drafts: Draft[]): Draft[] {
  const shown: Draft[] = [];
  for (const d of drafts) {
    const by = d.stop ? drafts.find((other) => other !== d && other.covers?.(d.stop!)) : undefined;
    if (by) by.explains.push(d);
    else shown.push(d);
  }
  return shown;
}

function explainsText(d: Draft): string {
  const chains = [...new Set(d.explains.map((e) => `${e.stop!.chain.direction} "${e.stop!.chain.server}" at ${e.stop!.stage}`))];
  return chains.length === 0 ? '' : `; explains ${chains.join(', ')}`;
}

const ref = (f: Fact) => ({ check: f.check, cause: f.cause });

function resolveDraft(d: Draft): Finding {
  return resolveFinding({
    cause: d.cause,
    severity: d.severity,
    detail: d.detail + explainsText(d),
    evidence: {
      rule: d.rule,
      found: d.found.map(ref),
      agrees: d.agrees.map(ref),
      ...(d.explains.length > 0 ? { explains: d.explains.map((e) => ({ cause: e.cause, detail: e.detail, found: e.found.map(ref) })) } : {}),
      ...d.evidence,
    },
  });
}

/** Every verdict of the table over one run, worst first; among equals, the better confirmed first, then table order. */
export function applyRules(rules: readonly VerdictRule[], input: VerdictInput, notes: readonly FindingInput[] = []): Finding[] {
  const drafts = fold(rules.flatMap((rule) => (rule.kind === 'fault' ? drawFault(rule, input) : rule.draw(input))));
  const ranked = [
    ...drafts.map((d) => ({ f: resolveDraft(d), agreeing: new Set(d.agrees.map((a) => a.check)).size })),
    ...notes.map((n) => ({ f: resolveFinding(n), agreeing: 0 })),
  ];
  return ranked
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || b.agreeing - a.agreeing || a.i - b.i)
    .map((x) => x.f);
}
