// The rotation rules of config lint: every instance well formed, and all instances of a key equal (compared by hash).
import { createHash } from 'node:crypto';
import type { FindingInput } from '../../core/types.js';
import type { Instance, LintKey, Scan } from './config-lint-parse.js';

/** Most findings of one kind listed one by one; the rest are counted. */
const MAX_PER_RULE = 25;
/** Instances of client_secret a Microsoft configuration carries (Agiloft — Email Troubleshooting › Replacing an Expired Client Secret). */
const MICROSOFT_SECRET_COUNT = 3;

/** A short, one-way fingerprint of a value, safe to show and to compare with `sha256sum`. */
export function fingerprint(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 12);
}

const at = (i: Instance) => `line ${i.line}, column ${i.column}`;
const where = (i: Instance) => ({ key: i.key, written: i.written, line: i.line, column: i.column });
const SPACE = /[\s\u00A0\u200B\uFEFF]/;

function instanceFindings(i: Instance): FindingInput[] {
  if (!i.hasEquals) return [{ cause: 'config.value.missing-equals', detail: `${at(i)}: ${i.written} is not followed by "="`, evidence: where(i) }];
  const trimmed = i.value.replace(/^[\s\u00A0\u200B\uFEFF]+|[\s\u00A0\u200B\uFEFF]+$/g, '');
  if (trimmed === '') return [{ cause: 'config.value.empty', detail: `${at(i)}: ${i.written} has nothing after its equals sign`, evidence: where(i) }];
  const out: FindingInput[] = [];
  const leading = SPACE.test(i.value.charAt(0));
  const trailing = SPACE.test(i.value.charAt(i.value.length - 1));
  const inner = SPACE.test(trimmed);
  if (leading || trailing || inner) {
    const spots = [leading ? 'before' : '', inner ? 'inside' : '', trailing ? 'after' : ''].filter(Boolean).join(', ');
    out.push({
      cause: 'config.value.whitespace',
      ...(trailing || inner ? {} : { severity: 'warn' as const }),
      detail: `${at(i)}: ${i.written} has spaces ${spots} its value`,
      evidence: { ...where(i), leading, inner, trailing },
    });
  }
  if (/^(["']).*\1$/.test(trimmed) && trimmed.length >= 2)
    out.push({ cause: 'config.value.quoted', detail: `${at(i)}: ${i.written}'s value is wrapped in quotes`, evidence: where(i) });
  if (/^<[^<>]*>$|^\{[^{}]*\}$|^(?:your|my|new|existing|change)[_-]?\w*$/i.test(trimmed)) {
    out.push({ cause: 'config.value.placeholder', detail: `${at(i)}: ${i.written}'s value is a placeholder, not a real value`, evidence: where(i) });
  }
  return out;
}

/** Findings of one key's instances compared with each other, by fingerprint of the trimmed value. */
function agreement(key: LintKey, all: Instance[]): FindingInput | undefined {
  const valued = all.filter((i) => i.hasEquals && i.value.trim() !== '');
  if (valued.length < 2) return undefined;
  const groups = new Map<string, Instance[]>();
  for (const i of valued) {
    const fp = fingerprint(i.value.trim());
    groups.set(fp, [...(groups.get(fp) ?? []), i]);
  }
  const ranked = [...groups].sort((a, b) => b[1].length - a[1].length);
  const instances = valued.map((i) => ({ line: i.line, column: i.column, fingerprint: fingerprint(i.value.trim()), length: i.value.trim().length }));
  if (ranked.length === 1) {
    const [fp] = ranked[0]!;
    return {
      cause: 'config.value.consistent',
      detail: `${key} appears ${valued.length} times with the same value (fingerprint ${fp})`,
      evidence: { key, count: valued.length, instances },
    };
  }
  const describe = ([fp, list]: [string, Instance[]]) =>
    `line${list.length > 1 ? 's' : ''} ${list.map((i) => i.line).join(', ')} (fingerprint ${fp}, ${list[0]!.value.trim().length} chars)`;
  const [major, ...minor] = ranked;
  return {
    cause: 'config.value.mismatch',
    detail: `${key} appears ${valued.length} times with ${ranked.length} different values: ${describe(major!)} vs ${minor.map(describe).join('; ')}`,
    evidence: { key, count: valued.length, distinctValues: ranked.length, differingLines: minor.flatMap(([, l]) => l.map((i) => i.line)), instances },
  };
}

/** Every finding for a scanned text. */
export function lintFindings(scan: Scan): FindingInput[] {
  const findings: FindingInput[] = [];
  const perCause = new Map<string, number>();
  for (const i of scan.instances) {
    for (const f of instanceFindings(i)) {
      const n = (perCause.get(f.cause) ?? 0) + 1;
      perCause.set(f.cause, n);
      if (n <= MAX_PER_RULE) findings.push(f);
    }
  }
  for (const [cause, n] of perCause) {
    if (n > MAX_PER_RULE)
      findings.push({
        cause: cause as FindingInput['cause'],
        detail: `${n - MAX_PER_RULE} more instances like the above are not listed`,
        evidence: { total: n },
      });
  }
  for (const key of ['client_secret', 'client_id', 'tenant'] as const) {
    const f = agreement(
      key,
      scan.instances.filter((i) => i.key === key),
    );
    if (f) findings.push(f);
  }
  const secrets = scan.instances.filter((i) => i.key === 'client_secret').length;
  if (secrets === 0) findings.push({ cause: 'config.key.absent', detail: 'no client_secret key in the text', evidence: {} });
  else if (scan.microsoft && secrets < MICROSOFT_SECRET_COUNT) {
    findings.push({
      cause: 'config.client-secret.count',
      detail: `client_secret appears ${secrets} time${secrets > 1 ? 's' : ''}; Microsoft configurations usually have ${MICROSOFT_SECRET_COUNT}`,
      evidence: { count: secrets, expected: MICROSOFT_SECRET_COUNT },
    });
  }
  return findings;
}
