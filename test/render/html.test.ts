// The HTML renderer as a pure function: every input text escaped, one hashed style and script, sections only with data.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resolveFinding } from '../../src/core/finding.js';
import { buildReport } from '../../src/core/report.js';
import type { CheckResult, Report } from '../../src/core/types.js';
import { renderReport } from '../../src/render/index.js';
import { escapeHtml, html } from '../../src/render/html/escape.js';
import { journeyView } from '../../src/render/html/journey-model.js';

const EVIL = `<script>window.__pwned=1</script></svg>"' onload=alert(1) javascript:alert(2) &amp;`;
const options = { color: false, verbose: true, quiet: false };

function result(partial: Partial<CheckResult> & Pick<CheckResult, 'id' | 'status'>): CheckResult {
  return { key: `${partial.id} x`, title: partial.id, target: 't', durationMs: 3, summary: 's', findings: [], evidence: {}, ...partial };
}

function hostileReport(): Report {
  const finding = resolveFinding({
    cause: 'audit.outgoing.failed-other',
    detail: EVIL,
    evidence: {
      count: 3,
      first: '2026-11-21T10:00:00.000Z',
      timeline: { bucketMinutes: 60, start: '2026-11-21T09:00:00.000Z', counts: [0, 3] },
      samples: [{ text: EVIL }],
    },
  });
  return buildReport({
    command: `run ${EVIL}`,
    startedAt: new Date(),
    failOn: 'fail',
    verdicts: [resolveFinding({ cause: 'verdict.mailbox-broken', detail: EVIL, evidence: { check: `incoming ${EVIL} port`, server: EVIL } })],
    results: [
      result({
        id: 'port',
        key: `incoming ${EVIL} port`,
        target: EVIL,
        status: 'fail',
        summary: EVIL,
        evidence: { host: EVIL, port: 993 },
        findings: [resolveFinding({ cause: 'tcp.refused', detail: EVIL })],
        transcript: [{ dir: '<', text: EVIL, at: 1 }],
      }),
      result({ id: 'logs', target: EVIL, status: 'fail', findings: [finding], evidence: { journeySteps: [{ step: 6, reached: 0, failed: 3, ignored: 0 }] } }),
      result({
        id: 'threaddump',
        target: EVIL,
        status: 'fail',
        evidence: {
          lockGraph: {
            edges: [
              { waiter: EVIL, waiterState: 'BLOCKED', lock: '0x1', lockClass: EVIL, holder: 'b', holderState: 'BLOCKED' },
              { waiter: 'b', waiterState: 'BLOCKED', lock: '0x2', lockClass: 'L', holder: EVIL, holderState: 'BLOCKED' },
            ],
            cycles: [[EVIL, 'b']],
            omittedEdges: 0,
          },
        },
      }),
      result({
        id: 'tls',
        target: EVIL,
        status: 'fail',
        evidence: { chain: [{ subject: `CN=${EVIL}`, issuer: EVIL, notBefore: '', notAfter: '2026-01-01T00:00:00.000Z', daysLeft: -3, selfSigned: false }] },
      }),
    ],
  });
}

function inlineText(page: string, tag: 'style' | 'script'): string {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(page);
  return m ? m[1]! : '';
}

describe('html renderer', () => {
  it('escapes every text from the report, in content and attributes, and links only within the page', () => {
    const page = renderReport(hostileReport(), 'html', options);
    expect(page).not.toContain('<script>window.__pwned');
    expect(page).not.toContain(`"' onload=`);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;/svg&gt;&quot;&#39; onload=alert(1) javascript:alert(2) &amp;amp;');
    expect(page.match(/<script[\s>]/g)).toHaveLength(1);
    expect(page.match(/<style[\s>]/g)).toHaveLength(1);
    expect(page.match(/href="[^#]/g)).toBeNull();
    const tags = [...page.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]);
    const attributeNames = tags.flatMap((t) => [...t.replace(/"[^"]*"/g, '""').matchAll(/\s([^\s=/>]+)=/g)].map((m) => m[1]!.toLowerCase()));
    expect(attributeNames.length).toBeGreaterThan(100);
    expect(attributeNames.filter((n) => n.startsWith('on') || n === 'src' || n === 'srcdoc')).toEqual([]);
    expect(page.split('<svg ').length - 1).toBe(page.split('</svg>').length - 1);
  });

  it('allows exactly its own style and script by hash and nothing from a network', () => {
    const page = renderReport(hostileReport(), 'html', options);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1]?.replace(/&#39;/g, "'");
    const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(inlineText(page, 'style'))}`);
    expect(csp).toContain(`script-src ${hash(inlineText(page, 'script'))}`);
    expect(csp).not.toMatch(/unsafe-inline|https?:|\*/);
  });

  it('draws only the sections it has data for, and says so when nothing is wrong', () => {
    const ok = buildReport({
      command: 'port x',
      startedAt: new Date(),
      failOn: 'fail',
      results: [result({ id: 'port', status: 'pass', summary: 'connected' })],
    });
    const page = renderReport(ok, 'html', options);
    expect(page).toContain('No check found anything at warning level or above.');
    for (const id of ['journey', 'timelines', 'locks', 'tls']) expect(page, id).not.toContain(`<section id="${id}"`);
    expect(page).toContain('<section id="checks"');
    expect(renderReport(hostileReport(), 'html', { ...options, quiet: true }).length).toBeGreaterThan(1000);
  });

  it('marks the first step that stops all mail, over a later one and over single failing emails', () => {
    const report = buildReport({
      command: 'run',
      startedAt: new Date(),
      failOn: 'fail',
      results: [
        result({ id: 'port', key: 'outgoing notify port', status: 'pass', evidence: { host: 'smtp.example.test', port: 587 } }),
        result({ id: 'tls', key: 'outgoing notify tls', status: 'fail', findings: [resolveFinding({ cause: 'tls.cert-expired', detail: 'expired' })] }),
        result({
          id: 'audit',
          status: 'fail',
          findings: [resolveFinding({ cause: 'audit.incoming.guest-not-allowed', detail: 'guest', evidence: { count: 2 } })],
          evidence: {
            journeySteps: [
              { step: 3, reached: 5, failed: 0, ignored: 0 },
              { step: 4, reached: 0, failed: 2, ignored: 0 },
            ],
          },
        }),
      ],
    });
    const view = journeyView(report);
    expect(view.stopsAt).toBe(6);
    expect(view.allStop).toBe(true);
    expect(view.steps.map((s) => s.state)).toEqual(['unknown', 'unknown', 'ok', 'fails', 'unknown', 'stops', 'unknown']);
    expect(view.servers).toEqual([expect.objectContaining({ direction: 'outgoing', name: 'notify', endpoint: 'smtp.example.test:587', state: 'stops' })]);
    const partial = journeyView({ ...report, results: report.results.slice(2) });
    expect([partial.stopsAt, partial.allStop]).toEqual([4, false]);
  });

  it('escape helpers: text, nested markup and lists', () => {
    expect(escapeHtml(`a<b>&"'\u0000`)).toBe('a&lt;b&gt;&amp;&quot;&#39;\ufffd');
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['<', html`<br>`]}${undefined}${false}${0}</p>`.value).toBe('<p><b>&lt;i&gt;</b>&lt;<br>0</p>');
  });
});
