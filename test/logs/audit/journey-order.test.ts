import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditAnalyzer } from '../../../src/logs/audit/analyze.js';
import { classifyRows } from '../../../src/logs/audit/classified-rows.js';
import { fileSource } from '../../../src/logs/audit/decode.js';
import { runJson } from '../../helpers/cli.js';

const paste = readFileSync(join(import.meta.dirname, '../../../fixtures/audit/browser-paste.tsv'), 'utf8')
  .trimEnd()
  .split('\n');
const dir = mkdtempSync(join(tmpdir(), 'md-journey-'));

async function journeys(lines: string[]): Promise<unknown> {
  const file = join(dir, `export-${Math.random().toString(36).slice(2)}.tsv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const { report } = await runJson(['audit', file]);
  const r = report.results[0];
  return { journeys: r.evidence.journeys, spikes: r.findings.filter((f: any) => f.cause === 'audit.send-failed.spike').length };
}

describe('journeys do not depend on the order of the export', () => {
  it('oldest first, newest first and shuffled give the same answer', async () => {
    const [header, ...rows] = paste;
    const base = await journeys(paste);
    expect(base).toMatchObject({ journeys: { stuckAtStep4: 1, processedNotSent: 2, processedAndSent: 4 }, spikes: 1 });
    expect(await journeys([header!, ...[...rows].reverse()])).toEqual(base);
    let seed = 7;
    const shuffled = [...rows].sort(() => (seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);
    expect(await journeys([header!, ...shuffled])).toEqual(base);
  });

  it('an email RECEIVED in the last minutes is in progress, not stuck', async () => {
    const [header, ...rows] = paste;
    const late = 'RECEIVED\tJust arrived\tSupport Mailbox\t11/14/2026 15:00:00\tIncoming mail received successfully\tzed@example.com';
    const r = (await journeys([header!, ...rows, late])) as any;
    expect(r.journeys).toMatchObject({ stuckAtStep4: 1, inProgress: 1 });
  });
});

describe('processing entries that name the email differently', () => {
  it('a PROCESSED entry without the sender, or with a Re: prefix, still closes the RECEIVED one', async () => {
    const header = 'Status\tSubject\tEmail Server\tEvent Time\tMessage\tFrom/To';
    const lines = [
      header,
      'RECEIVED\tToner empty\tSupport Mailbox\t11/13/2026 09:00:00\tIncoming mail received successfully\tamy@example.com',
      'PROCESSED\tToner empty\tSupport Mailbox\t11/13/2026 09:01:00\tRequest has been created With Id = INC-500\t',
      'RECEIVED\tRe: Toner empty\tSupport Mailbox\t11/13/2026 09:30:00\tIncoming mail received successfully\tamy@example.com',
      'PROCESSED\tToner empty\tSupport Mailbox\t11/13/2026 09:31:00\tConversation is created for request: Toner empty\tamy@example.com',
      'RECEIVED\tNever handled\tSupport Mailbox\t11/13/2026 09:40:00\tIncoming mail received successfully\tbo@example.com',
      'SENT\tRequest INC-500 created: Toner empty\tSMTP\t11/13/2026 11:00:00\tEmail Sent Successfully\tamy@example.com',
    ];
    const r = (await journeys(lines)) as any;
    expect(r.journeys).toMatchObject({ emails: 3, stuckAtStep4: 1 });
  });
});

describe('an export written a little out of time order', () => {
  /** Emails whose outgoing entry is written after the next email's RECEIVED one, as several writers leave them. */
  function interleaved(): string[] {
    const lines = ['Event Time,Email Server,From/To,Subject,Status,Change Summary'];
    const at = (s: number) =>
      `01/10/2026 ${String(10 + Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
    for (let i = 0; i < 600; i += 1) {
      const s = i * 2;
      const subject = `Printer ${i}`;
      lines.push(`${at(s)},Support Mailbox,u${i % 7}@example.com,${subject},RECEIVED,Incoming mail received successfully`);
      if (i % 50 === 7) continue;
      lines.push(`${at(s + 1)},Support Mailbox,u${i % 7}@example.com,${subject},PROCESSED,Request has been created With Id = INC-${i}`);
      if (i % 9 !== 0)
        lines.push(
          `${at(s + 3)},SMTP,u${i % 7}@example.com,Request INC-${i} created: ${subject},${i % 11 === 0 ? 'SEND_FAILED' : 'SENT'},${i % 11 === 0 ? 'Outgoing failed: Mail server connection failed' : 'Email Sent Successfully'}`,
        );
    }
    return lines;
  }

  it('is followed in one pass, with the same journeys as the same rows sorted, reversed or shuffled', async () => {
    const [header, ...rows] = interleaved();
    const file = join(dir, 'interleaved.csv');
    writeFileSync(file, `${[header, ...rows].join('\n')}\n`);
    const analyzer = new AuditAnalyzer({});
    await classifyRows(fileSource(file), (row) => analyzer.add(row));
    const pass = analyzer.finish();
    expect(pass.journeysHold).toBe(true);
    expect(pass.analysis.journeys?.emails).toBe(600);
    const base = await journeys([header!, ...rows]);
    expect(base).toMatchObject({ journeys: { emails: 600, stuckAtStep4: 6, processedNotSent: 57 } });
    const sorted = [...rows].sort((a, b) => a.slice(11, 19).localeCompare(b.slice(11, 19)));
    expect(await journeys([header!, ...sorted])).toEqual(base);
    expect(await journeys([header!, ...[...rows].reverse()])).toEqual(base);
    let seed = 11;
    expect(await journeys([header!, ...[...rows].sort(() => (seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5)])).toEqual(base);
  });
});
