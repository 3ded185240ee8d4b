// The text format fits its width: the table wraps between words and every target stays whole and distinct.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.js';
import type { CheckResult, Status } from '../../src/core/types.js';
import { renderReport } from '../../src/render/index.js';
import { columnWidths } from '../../src/render/check-table.js';

function result(id: string, status: Status, target: string, summary: string, durationMs = 1234): CheckResult {
  return { id, key: `${id} ${target}`, title: id, target, status, durationMs, summary, findings: [], evidence: {} };
}

const RESULTS = [
  result('tls', 'pass', 'smtp.office365.com:587', 'TLSv1.3 TLS_AES_256_GCM_SHA384 via STARTTLS (smtp); verify ok, CN=outlook.com, expires in 200 days'),
  result('imap', 'fail', 'outlook.office365.com:993', 'login rejected: AUTHENTICATE failed (AUTHENTICATIONFAILED)'),
  result('logs', 'error', '/opt/flotomate/main-server/apolo/logs/email.log', 'could not finish', 125_000),
  result(
    'port',
    'skip',
    'imap-eu-west-1.helpdesk-mailrelay.internal.example.com:993',
    'skipped: needs dns imap-eu-west-1.helpdesk-mailrelay.internal.example.com',
  ),
  result(
    'port',
    'skip',
    'imap-eu-west-1.helpdesk-mailrelay.internal.example.com:995',
    'skipped: needs dns imap-eu-west-1.helpdesk-mailrelay.internal.example.com',
  ),
  result(
    'http',
    'warn',
    'https://email-app.serviceops.ai/api/v1/health?tenant=apolo',
    'HEAD https://email-app.serviceops.ai/api/v1/health?tenant=apolo -> 301 -> 200 in 412 ms to first byte',
  ),
];

const report = buildReport({ command: 'run --config maildoctor.yaml', startedAt: new Date(), failOn: 'fail', results: RESULTS });

/** Rows of the bordered table: the cells of each line, continuation lines joined to the row they continue. */
function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('│')) continue;
    const cells = line
      .split('│')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] !== '' || rows.length === 0) rows.push(cells);
    else rows[rows.length - 1] = rows[rows.length - 1]!.map((c, i) => (cells[i] ? (i === 4 && c ? `${c} ${cells[i]}` : `${c}${cells[i]}`) : c));
  }
  return rows.slice(1);
}

describe('text layout', () => {
  it.each([undefined, 80, 100, 200])('fits the table in %s columns (80 when there is no terminal)', (width) => {
    const text = renderReport(report, 'text', { color: false, verbose: false, quiet: false, ...(width ? { width } : {}) });
    const table = text.split('\n').filter((l) => /^[│┌└]/.test(l));
    expect(table.length).toBeGreaterThan(RESULTS.length);
    for (const line of table) expect([...line].length).toBeLessThanOrEqual(width ?? 80);
  });

  it('keeps every target whole and distinct, and every short word of a summary unbroken', () => {
    const text = renderReport(report, 'text', { color: false, verbose: false, quiet: false, width: 80 });
    const rows = tableRows(text);
    expect(rows.map((r) => r[2])).toEqual(RESULTS.map((r) => r.target));
    expect(new Set(rows.map((r) => r[2])).size).toBe(RESULTS.length);
    const widths = columnWidths(
      RESULTS.map((r) => ({ status: 'x ERROR', id: r.id, target: r.target, time: '2 min 5 s', summary: r.summary })),
      80,
    )!;
    for (const [i, r] of RESULTS.entries()) {
      for (const word of r.summary.split(' ').filter((w) => w.length <= widths[4])) expect(rows[i]![4]!.split(' '), word).toContain(word);
    }
  });

  it('becomes blocks of lines on a narrow terminal, still within the width', () => {
    const text = renderReport(report, 'text', { color: false, verbose: true, quiet: false, width: 40 });
    expect(text).not.toContain('┌');
    for (const line of text.trimEnd().split('\n')) expect([...line].length, line).toBeLessThanOrEqual(40);
    const flat = text.replace(/\n\s*/g, '');
    for (const r of RESULTS) expect(flat).toContain(r.target);
  });

  it('wraps prose at a terminal width under a hanging indent, and leaves piped prose on whole lines for grep', () => {
    const long = buildReport({
      command: 'explain -',
      startedAt: new Date(),
      failOn: 'fail',
      results: [
        {
          ...RESULTS[1]!,
          summary: 'x',
          findings: [
            {
              cause: 'imap.auth.failed' as never,
              severity: 'fail',
              detail: 'd '.repeat(80).trim(),
              evidence: {},
              title: 't',
              explanation: 'e',
              fixes: [],
              reference: 'r',
            },
          ],
        },
      ],
    });
    const wide = renderReport(long, 'text', { color: false, verbose: false, quiet: false, width: 60 });
    for (const line of wide.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    const piped = renderReport(long, 'text', { color: false, verbose: false, quiet: false });
    expect(piped).toContain('d '.repeat(79) + 'd');
  });
});
