import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_MESSAGES, AUDIT_STATUSES } from '../../../src/knowledge/audit-messages.js';
import { runCli, runJson } from '../../helpers/cli.js';

const F = (name: string) => join(import.meta.dirname, '../../../fixtures/audit', name);
const causes = (result: any): string[] => result.findings.map((f: any) => f.cause);

describe('maildoctor audit on the full fixture (BOM, CRLF, quoted commas and newlines, a malformed row)', async () => {
  const { code, report } = await runJson(['audit', F('full.csv')]);
  const result = report.results[0];

  it('fails and counts every documented status and each server in the evidence', () => {
    expect(code).toBe(1);
    expect(result.id).toBe('audit');
    expect(result.status).toBe('fail');
    expect(Object.keys(result.evidence.statuses)).toEqual([...AUDIT_STATUSES]);
    expect(result.evidence.statuses).toMatchObject({ RECEIVED: 9, 'RECEIVED IGNORED': 8, SENT: 17, SEND_FAILED: 16, SEND_IGNORED: 1 });
    expect(result.evidence.servers).toEqual({ 'Support Mailbox': 31, 'Office365 SMTP': 34 });
    expect(result.evidence.columns).toMatchObject({ time: 'Event Time', message: 'Change Summary', address: 'From/To' });
  });

  it('recognises every message of both tables: each action row becomes a finding with its fix', () => {
    for (const row of AUDIT_MESSAGES.filter((m) => m.disposition === 'action')) expect(causes(result)).toContain(row.cause);
    const auth = result.findings.find((f: any) => f.cause === 'audit.outgoing.authentication-failed');
    expect(auth.fixes.length).toBeGreaterThan(0);
    expect(auth.evidence.examples[0]).toMatchObject({ server: 'Office365 SMTP', address: 'kim@example.com' });
    const ranked = result.findings.find((f: any) => f.cause === 'audit.ignored.ranked');
    expect(ranked.evidence.reasons[0]).toMatchObject({ cause: 'audit.incoming.ignored-spam-filter', count: 2 });
    expect(ranked.evidence.reasons.map((r: any) => r.cause)).toEqual(
      expect.arrayContaining(AUDIT_MESSAGES.filter((m) => m.status === 'RECEIVED IGNORED').map((m) => m.cause)),
    );
  });

  it('finds the email stuck at step 4 and the processed ones never SENT', () => {
    const stuck = result.findings.find((f: any) => f.cause === 'audit.journey.stuck-at-processing');
    expect(stuck.evidence.count).toBe(1);
    expect(stuck.evidence.examples[0].subject).toBe('Stuck email');
    expect(stuck.evidence.stoppedAt).toEqual({
      step: 4,
      what: 'Email is processed',
      detail: 'ServiceOps creates a ticket, adds a conversation, or runs an email command',
    });
    const notSent = result.findings.find((f: any) => f.cause === 'audit.journey.not-sent');
    expect(notSent.evidence.examples.map((e: any) => e.requestId).sort()).toEqual(['INC-102', 'SR-5']);
    expect(notSent.evidence).toMatchObject({ failed: 1, noOutgoingEntry: 1 });
    expect(result.evidence.journeys).toMatchObject({ emails: 9, stuckAtStep4: 1, processedNotSent: 2, processedAndSent: 4 });
  });

  it('flags the SEND_FAILED burst against the baseline, and only it', () => {
    const spikes = result.findings.filter((f: any) => f.cause === 'audit.send-failed.spike');
    expect(spikes).toHaveLength(1);
    expect(spikes[0].evidence).toMatchObject({ failed: 12, start: '2026-11-14T14:00:00.000Z' });
    expect(spikes[0].evidence.topDetails[0].detail).toBe('Outgoing failed: Mail server connection failed');
  });

  it('lists unknown messages and statuses, the malformed row, and the time format it assumed', () => {
    const unknown = result.findings.filter((f: any) => f.cause === 'audit.unknown-message').map((f: any) => f.evidence.message);
    expect(unknown.sort()).toEqual(['Mailbox quota warning 91% for support@example.com', 'Unable to fetch mail: folder INBOX not found']);
    expect(result.findings.find((f: any) => f.cause === 'audit.export.unknown-status').evidence.statuses).toEqual({ FETCH_FAILED: 1 });
    expect(result.findings.find((f: any) => f.cause === 'audit.export.malformed-rows').evidence.rows).toEqual([
      { line: 9, reason: '3 fields where the header has 6' },
    ]);
    expect(result.evidence.timeFormat).toMatchObject({ label: 'dd/mm/yyyy hh:mm AM/PM', assumed: false });
  });

  it('keeps a quoted newline inside the subject', () => {
    const sent = report.results[0].evidence.rowsRead;
    expect(sent).toBe(65);
  });
});

describe('other export shapes', () => {
  it('reads a TSV pasted from a browser (other column order, mm/dd/yyyy) with the same answers', async () => {
    const { report } = await runJson(['audit', F('browser-paste.tsv')]);
    const r = report.results[0];
    expect(r.evidence.format).toBe('tsv');
    expect(r.evidence.timeFormat.label).toBe('mm/dd/yyyy hh:mm:ss');
    expect(r.evidence.statuses.SEND_FAILED).toBe(16);
    expect(r.evidence.journeys).toMatchObject({ stuckAtStep4: 1, processedNotSent: 2 });
    expect(causes(r)).toContain('audit.send-failed.spike');
  });

  it('reads a header-less paste by looking at the content', async () => {
    const { report } = await runJson(['audit', F('headerless.tsv')]);
    const r = report.results[0];
    expect(r.evidence.headerRow).toBe(false);
    expect(r.evidence.statuses.RECEIVED).toBe(9);
    expect(r.evidence.servers).toEqual({ 'Support Mailbox': 31, 'Office365 SMTP': 34 });
    expect(r.evidence.journeys).toMatchObject({ stuckAtStep4: 1, processedNotSent: 2 });
    expect(causes(r)).toContain('audit.outgoing.connection-failed');
  });

  it('reads a JSON export wrapped in an object, with statuses spelled with underscores', async () => {
    const { report } = await runJson(['audit', F('export.json')]);
    const r = report.results[0];
    expect(r.evidence.format).toBe('json');
    expect(r.evidence.statuses).toMatchObject({ 'RECEIVED IGNORED': 8, 'ATTACHMENT PROCESSED FAILED': 1 });
    expect(r.evidence.timeFormat.label).toMatch(/ISO/);
    expect(causes(r)).toContain('audit.journey.stuck-at-processing');
  });

  it('reads UTF-16 and Windows-1252 files', async () => {
    const u = (await runJson(['audit', F('utf16.tsv')])).report.results[0];
    expect(u.evidence.encoding).toBe('utf-16le');
    expect(u.evidence.statuses.RECEIVED).toBeGreaterThan(0);
    const w = (await runJson(['audit', F('windows-1252.csv')])).report.results[0];
    expect(w.evidence.encoding).toBe('windows-1252');
    expect(w.findings.find((f: any) => f.cause === 'audit.journey.stuck-at-processing').evidence.examples[0].subject).toBe('Café machine broken');
  });

  it('says when the day order was assumed, and --date-order changes it', async () => {
    const a = (await runJson(['audit', F('ambiguous-dates.csv')])).report.results[0];
    expect(a.evidence.timeFormat.assumed).toBe(true);
    expect(a.evidence.first).toBe('2026-02-01 09:00');
    const b = (await runJson(['audit', F('ambiguous-dates.csv'), '--date-order', 'mdy'])).report.results[0];
    expect(b.evidence.first).toBe('2026-01-02 09:00');
  });
});

describe('filters', () => {
  it('--server, --status and --since/--until narrow the rows', async () => {
    const s = (await runJson(['audit', F('full.csv'), '--server', 'office365 smtp'])).report.results[0];
    expect(s.evidence.entries).toBe(34);
    expect(s.evidence.statuses.RECEIVED).toBe(0);
    const st = (await runJson(['audit', F('full.csv'), '--status', 'send_failed,SEND_IGNORED'])).report.results[0];
    expect(st.evidence.entries).toBe(17);
    expect(st.evidence.journeys).toEqual({ followed: false, reason: 'a --status filter hides steps of the journey' });
    const t = (await runJson(['audit', F('full.csv'), '--since', '2026-11-14 14:00', '--until', '2026-11-14 14:05'])).report.results[0];
    expect(t.evidence.entries).toBe(6);
    expect(t.evidence.statuses.SEND_FAILED).toBe(6);
  });

  it('rejects bad filter values with exit 2 and one line', async () => {
    for (const args of [
      ['--status', 'DELIVERED'],
      ['--since', 'last tuesday'],
      ['--since', '2026-11-14', '--until', '2026-11-13'],
    ]) {
      const r = await runCli(['audit', F('full.csv'), ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('bad input is exit 2 with one line, never a stack trace', () => {
  it.each([
    ['binary.csv', /binary/],
    ['empty.csv', /empty/],
    ['truncated.csv', /line 5: a quoted field is never closed/],
    ['no-columns.csv', /no header names a Message or Status column/],
    ['does-not-exist.csv', /no such file/],
  ])('%s', async (name, message) => {
    const r = await runCli(['audit', F(name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('invalid JSON and JSON without entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-audit-'));
    writeFileSync(join(dir, 'bad.json'), '[{"status": "SENT",');
    writeFileSync(join(dir, 'none.json'), '{"count": 3}');
    expect((await runCli(['audit', join(dir, 'bad.json')])).stderr).toMatch(/not valid JSON/);
    expect((await runCli(['audit', join(dir, 'none.json')])).stderr).toMatch(/no list of audit entries/);
  });

  it('a header-only export is a pass with nothing to report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-audit-'));
    writeFileSync(join(dir, 'h.csv'), 'Event Time,Email Server,Status,Message\r\n');
    const { code, report } = await runJson(['audit', join(dir, 'h.csv')]);
    expect(code).toBe(0);
    expect(report.results[0].summary).toMatch(/no audit entries/);
  });
});

describe('report shape', () => {
  it('audit reports validate against the JSON schema, in every format without errors', async () => {
    const { schemaErrors } = await import('../../helpers/schema.js');
    const { report } = await runJson(['audit', F('full.csv')]);
    expect(schemaErrors(report)).toEqual([]);
    for (const format of ['text', 'markdown', 'junit', 'nagios']) {
      const r = await runCli(['audit', F('full.csv'), '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(format === 'nagios' ? 'CRITICAL' : 'audit');
    }
  });
});

describe('Excel quirks', () => {
  it('a sep= line and a title above the header, semicolons between fields', async () => {
    const r = (await runJson(['audit', F('excel-semicolon.csv')])).report.results[0];
    expect(r.evidence.headerRow).toBe(true);
    expect(r.evidence.entries).toBe(4);
    expect(r.evidence.columns.message).toBe('Change Summary');
    expect(r.findings.find((f: any) => f.cause === 'audit.journey.not-sent').evidence.failed).toBe(1);
  });
});
