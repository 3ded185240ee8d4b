import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJson } from '../../helpers/cli.js';

const paste = readFileSync(join(import.meta.dirname, '../../../fixtures/audit/browser-paste.tsv'), 'utf8').trimEnd().split('\n');
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
    const shuffled = [...rows].sort(() => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5);
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
