// Redacts a whole report once, before any renderer, bundle writer or hook sees it, and says where it masked something.
import { redactDeep, type MaskCounter } from './redact.js';
import type { CheckResult, Evidence, Finding, Report } from './types.js';

/** Reports this module produced: redacting one again returns it as it is. */
const clean = new WeakSet<Report>();

/** Evidence with `n` more masks in its `redacted` count (masks made earlier, as a transcript was recorded, stay counted). */
function counted(evidence: Evidence, n: number): Evidence {
  return n > 0 ? { ...evidence, redacted: (typeof evidence.redacted === 'number' ? evidence.redacted : 0) + n } : evidence;
}

/**
 * A finding with its observed parts redacted. The knowledge base's own words (title, explanation, reference) are left
 * alone: they cannot hold a secret, and masking a word of them that happens to equal a password would only point at
 * that password. Fix texts were redacted where evidence filled them in (core/finding.ts).
 */
function redactFinding(finding: Finding): { finding: Finding; masked: number } {
  const count: MaskCounter = { n: 0 };
  const { title, explanation, fixes, reference, ...observed } = finding;
  const out = redactDeep(observed, count);
  out.evidence = counted(out.evidence, count.n);
  return { finding: { ...out, title, explanation, fixes, reference }, masked: count.n };
}

function redactResult(result: CheckResult): CheckResult {
  const { findings, ...rest } = result;
  const count: MaskCounter = { n: 0 };
  const out = redactDeep(rest, count);
  const cleanFindings = findings.map((f) => {
    const r = redactFinding(f);
    count.n += r.masked;
    return r.finding;
  });
  return { ...out, findings: cleanFindings, evidence: counted(out.evidence, count.n) };
}

/**
 * The report with every string redacted. A result (and a finding) in which something was masked says how many
 * secrets in its evidence (`redacted: N`), so a reader knows the text was changed. Redacting again changes nothing.
 */
export function redactReport(report: Report): Report {
  if (clean.has(report)) return report;
  const { results, verdicts, ...rest } = report;
  const out: Report = {
    ...redactDeep(rest),
    results: results.map(redactResult),
    ...(verdicts ? { verdicts: verdicts.map((v) => redactFinding(v).finding) } : {}),
  };
  clean.add(out);
  return out;
}
