// CI's view: one JUnit testcase per check result; failures carry cause, detail and fixes.
import { meetsThreshold } from '../core/status.js';
import type { CheckResult, Finding, Report } from '../core/types.js';
import type { RenderOptions } from './types.js';

/** Escapes text for XML attributes and content, dropping characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function findingText(f: Finding): string {
  const fixes = f.fixes.map((fix, i) => `  ${i + 1}. ${fix.text}${(fix.commands ?? []).map((c) => `\n     $ ${c}`).join('')}`);
  return [
    `[${f.severity}] ${f.title} (${f.cause})`,
    f.detail ? `  observed: ${f.detail}` : '',
    `  why: ${f.explanation}`,
    '  fix:',
    ...fixes,
    `  reference: ${f.reference}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function testcase(r: CheckResult, failOn: 'warn' | 'fail'): string {
  const attrs = `classname="maildoctor.${xmlEscape(r.id)}" name="${xmlEscape(`${r.id} ${r.target}`)}" time="${(r.durationMs / 1000).toFixed(3)}"`;
  const body = r.findings.map(findingText).join('\n\n');
  const first = r.findings.find((f) => f.severity !== 'info') ?? r.findings[0];
  if (r.status === 'error') {
    return `    <testcase ${attrs}>\n      <error message="${xmlEscape(r.summary)}" type="${xmlEscape(r.error?.name ?? 'Error')}">${xmlEscape(r.error?.message ?? r.summary)}</error>\n    </testcase>`;
  }
  if (r.status === 'skip') return `    <testcase ${attrs}>\n      <skipped message="${xmlEscape(r.summary)}"/>\n    </testcase>`;
  if (meetsThreshold(r.status, failOn)) {
    return `    <testcase ${attrs}>\n      <failure message="${xmlEscape(first ? `${first.title}: ${first.detail}` : r.summary)}" type="${xmlEscape(first?.cause ?? r.status)}">${xmlEscape(body || r.summary)}</failure>\n    </testcase>`;
  }
  const out = body ? `\n      <system-out>${xmlEscape(body)}</system-out>\n    ` : '';
  return `    <testcase ${attrs}>${out}</testcase>`;
}

/** Renders the report as a JUnit XML document with one suite per command, valid against Jenkins' junit-10 schema (no `skipped` on <testsuites>). */
export function renderJunit(report: Report, _options: RenderOptions): string {
  const r = report.results;
  const failures = r.filter((x) => x.status !== 'error' && x.status !== 'skip' && meetsThreshold(x.status, report.failOn)).length;
  const errors = r.filter((x) => x.status === 'error').length;
  const skipped = r.filter((x) => x.status === 'skip').length;
  const time = (report.durationMs / 1000).toFixed(3);
  const counts = `tests="${r.length}" failures="${failures}" errors="${errors}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="maildoctor" ${counts} time="${time}">`,
    `  <testsuite name="maildoctor ${xmlEscape(report.command)}" ${counts} skipped="${skipped}" time="${time}" timestamp="${xmlEscape(report.startedAt)}" hostname="${xmlEscape(report.host.hostname)}">`,
    ...r.map((x) => testcase(x, report.failOn)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
