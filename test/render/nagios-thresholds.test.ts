// --format nagios per the Monitoring Plugins Development Guidelines: range syntax, thresholds, stable perfdata, UNKNOWN.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { buildReport } from '../../src/core/report.js';
import type { CheckResult, Finding } from '../../src/core/types.js';
import { alerts, parseRange } from '../../src/render/nagios-range.js';
import { nagiosExitCode, renderNagiosUnknown, renderReport } from '../../src/render/index.js';
import { parseThresholds, type Thresholds } from '../../src/render/thresholds.js';

function finding(cause: string, severity: Finding['severity'], evidence: Record<string, unknown> = {}): Finding {
  return { cause: cause as Finding['cause'], severity, detail: 'd', evidence, title: 't', explanation: 'e', fixes: [], reference: 'r' };
}

function result(p: Partial<CheckResult> & Pick<CheckResult, 'id' | 'target'>): CheckResult {
  return { key: `${p.id} ${p.target}`, title: p.id, status: 'pass', durationMs: 250, summary: 'ok', findings: [], evidence: {}, ...p };
}

const asOf = '2026-12-03T10:00:00.000Z';
const RESULTS = [
  result({
    id: 'tls',
    target: 'smtp.office365.com:587',
    evidence: {
      chain: [
        { notAfter: '2026-12-20T00:00:00Z', daysLeft: 16 },
        { notAfter: '2030-01-01T00:00:00Z', daysLeft: 1124 },
      ],
    },
  }),
  result({ id: 'tls', target: 'outlook.office365.com:993', evidence: { chain: [{ notAfter: '2027-06-01T00:00:00Z', daysLeft: 179 }] } }),
  result({ id: 'port', target: 'smtp.office365.com:587', evidence: { connectMs: 480 } }),
  result({
    id: 'quartz',
    target: '/tmp/export/qrtz_triggers.csv',
    status: 'fail',
    findings: [finding('quartz.trigger.stale', 'fail', { asOf, prevFireTime: '2026-12-03T09:15:00.000Z' })],
  }),
  result({
    id: 'logs',
    target: '/opt/flotomate/main-server/apolo/logs',
    status: 'warn',
    findings: [finding('log.send.failed', 'warn', { count: 37 }), finding('log.polling.fired', 'info', { minutesSinceLastFetch: 3 })],
  }),
];
const report = buildReport({ command: 'run', startedAt: new Date(asOf), failOn: 'fail', results: RESULTS });

function thresholds(warning: string[], critical: string[], bare?: Parameters<typeof parseThresholds>[1]): Thresholds {
  return { warning: parseThresholds(warning, bare), critical: parseThresholds(critical, bare) };
}

function perf(text: string): Map<string, string> {
  const data = text.split('\n')[0]!.split(' | ')[1]!;
  return new Map(data.split(' ').map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)]));
}

describe('plugin ranges', () => {
  // The guidelines' table of examples: range, then values that alert and values that do not.
  const table: [string, number[], number[]][] = [
    ['10', [-1, 11], [0, 5, 10]],
    ['10:', [9.99, -5], [10, 1e9]],
    ['~:10', [10.5], [-1e9, 10]],
    ['10:20', [9, 21], [10, 15, 20]],
    ['@10:20', [10, 15, 20], [9, 21]],
  ];
  it.each(table)('%s', (text, alerting, quiet) => {
    const r = parseRange(text);
    for (const v of alerting) expect(alerts(r, v), `${text} ${v}`).toBe(true);
    for (const v of quiet) expect(alerts(r, v), `${text} ${v}`).toBe(false);
  });

  it('refuses what is not a range, with a usage error', () => {
    for (const bad of ['', '@', 'ten', '20:10', '1:2:3', '5d']) expect(() => parseRange(bad), bad).toThrow(UsageError);
  });
});

describe('thresholds', () => {
  it('name a figure, or apply a bare range to the command’s own figure; a bare range elsewhere is refused', () => {
    expect(parseThresholds(['cert-days=30:,latency=0.5'], undefined).map((t) => t.target.kind)).toEqual(['cert-days', 'latency']);
    expect(parseThresholds(['14:'], { kind: 'cert-days' })[0]).toMatchObject({ target: { kind: 'cert-days' }, range: { start: 14 } });
    expect(() => parseThresholds(['14:'], undefined)).toThrow(/which figure/);
    expect(() => parseThresholds(['speed=3'], undefined)).toThrow(/unknown figure "speed".*cert-days, latency, queue-age, causes, cause:<id>/);
  });

  it('cert days under the critical range make the state CRITICAL though every check passed', () => {
    const t = thresholds(['cert-days=30:'], ['cert-days=20:']);
    const ok = buildReport({ command: 'tls', startedAt: new Date(asOf), failOn: 'fail', results: RESULTS.slice(0, 2) });
    expect(nagiosExitCode(ok)).toBe(0);
    expect(nagiosExitCode(ok, t)).toBe(2);
    const text = renderReport(ok, 'nagios', { color: false, verbose: false, quiet: false, thresholds: t });
    expect(text).toMatch(/^MAILDOCTOR CRITICAL - 0 of 2 checks not OK: tls smtp\.office365\.com:587 cert-days 16 \(critical 20:\) \|/);
    expect(perf(text).get('tls_smtp.office365.com:587_cert_days')).toBe('16;30:;20:');
    expect(perf(text).get('tls_outlook.office365.com:993_cert_days')).toBe('179;30:;20:');
    expect(text).toContain('\nCRITICAL: tls smtp.office365.com:587 cert-days is 16 (critical 20:)');
  });

  it('latency, queue age and cause counts each have a figure and a state', () => {
    const t = thresholds(['latency=0.3', 'queue-age=600', 'cause:log.send.failed=10'], ['latency=1', 'queue-age=1800', 'causes=5']);
    const p = perf(renderReport(report, 'nagios', { color: false, verbose: false, quiet: false, thresholds: t }));
    expect(p.get('port_latency')).toBe('0.48s;0.3;1;0');
    expect(p.get('quartz_queue_age')).toBe('2700s;600;1800;0');
    expect(p.get('logs_queue_age')).toBe('180s;600;1800;0');
    expect(p.get('causes')).toBe('2;;5;0');
    expect(p.get('cause_log.send.failed')).toBe('37;10;;0');
    expect(nagiosExitCode(report, t)).toBe(2);
  });

  it('a named cause that did not occur reports 0', () => {
    const t = thresholds([], ['cause:audit.outgoing.send-failed=0']);
    const p = perf(renderReport(report, 'nagios', { color: false, verbose: false, quiet: false, thresholds: t }));
    expect(p.get('cause_audit.outgoing.send-failed')).toBe('0;;0;0');
  });
});

describe('perfdata labels', () => {
  it('are check ids, never file paths, and stay the same when the paths change', () => {
    const moved = buildReport({
      command: 'run',
      startedAt: new Date(asOf),
      failOn: 'fail',
      results: RESULTS.map((r) => (r.target.startsWith('/') ? { ...r, target: `/elsewhere${r.target}` } : r)),
    });
    const a = [...perf(renderReport(report, 'nagios', { color: false, verbose: false, quiet: false })).keys()];
    const b = [...perf(renderReport(moved, 'nagios', { color: false, verbose: false, quiet: false })).keys()];
    expect(a).toEqual(b);
    expect(a.join(' ')).not.toMatch(/\//);
    expect(a).toContain('quartz_time');
    expect(a).toContain('logs_time');
  });

  it('quote a label with a space and double its single quotes', () => {
    const odd = buildReport({
      command: 'x',
      startedAt: new Date(asOf),
      failOn: 'fail',
      results: [result({ id: 'port', target: "it's a host:25" }), result({ id: 'port', target: 'b:25' })],
    });
    const line = renderReport(odd, 'nagios', { color: false, verbose: false, quiet: false }).split('\n')[0]!;
    expect(line).toContain('port_it_s_a_host:25_time=');
  });
});

describe('UNKNOWN', () => {
  it('is one status line, with no perfdata separator smuggled in', () => {
    expect(renderNagiosUnknown('cannot read /etc/maildoctor.yaml | x\nsecond')).toBe('MAILDOCTOR UNKNOWN - cannot read /etc/maildoctor.yaml / x second\n');
  });
});
