// One finding as a card: what was seen, why it matters, the fixes with copyable commands, the source, the evidence.
import type { Evidence, Finding, Fix } from '../../core/types.js';
import { html, type Html } from './escape.js';

/** Longest evidence text shown inline; report.json holds the rest. */
const MAX_EVIDENCE_CHARS = 20_000;
const SEVERITY_WORD = { fail: 'FAIL', warn: 'WARN', info: 'INFO' } as const;

/** Worst first: fail, warn, info. */
export const SEVERITY_RANK = { fail: 0, warn: 1, info: 2 } as const;

/** Evidence as indented JSON in a collapsed block (nothing when empty). */
export function evidenceBlock(evidence: Evidence, summary = 'Evidence'): Html {
  if (Object.keys(evidence).length === 0) return html``;
  const text = JSON.stringify(evidence, null, 2);
  const shown =
    text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS)}\n… ${text.length - MAX_EVIDENCE_CHARS} more characters in report.json` : text;
  return html`<details class="evidence"><summary>${summary}</summary><pre>${shown}</pre></details>`;
}

/** Numbered fixes; each command in its own block for copying. */
export function fixList(fixes: Fix[]): Html {
  return html`<ol class="fixes">${fixes.map((f) => html`<li>${f.text}${(f.commands ?? []).map((c) => html`<pre class="cmd"><code>${c}</code></pre>`)}</li>`)}</ol>`;
}

/** The card; `extra` goes after the fixes (a verdict's failing stage). */
export function findingCard(f: Finding, extra: Html = html``, heading: 'h3' | 'h4' = 'h3', id?: string): Html {
  const title = heading === 'h3' ? html`<h3>${f.title}</h3>` : html`<h4>${f.title}</h4>`;
  return html`<article class="finding ${f.severity}"${id ? html` id="${id}"` : ''}><header><span class="sev ${f.severity}">${SEVERITY_WORD[f.severity]}</span>${title}<code class="cause">${f.cause}</code></header>${f.detail ? html`<div class="detail">${f.detail}</div>` : ''}<p class="why">${f.explanation}</p>${fixList(f.fixes)}${extra}<p class="ref">Source: ${f.reference}</p>${evidenceBlock(f.evidence)}</article>`;
}
