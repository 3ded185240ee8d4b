// The reading thread, which only exists in the built CLI (dist/): the rows it hands over are the rows read in this
// thread, and its errors are the same input errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtAndFresh } from '../../helpers/built-dist.js';
import { writeLeakInputs } from '../../helpers/leak-inputs.js';
import { classifyRows, type readInWorker } from '../../../src/logs/audit/classified-rows.js';
import { fileSource } from '../../../src/logs/audit/decode.js';
import type { AuditRow } from '../../../src/logs/audit/row.js';

const DIST = resolve('dist/logs/audit');

const fixtures = resolve('fixtures/audit');

async function threaded(path: string): Promise<{ rows: AuditRow[]; info: unknown }> {
  const built = (await import(pathToFileURL(join(DIST, 'classified-rows.js')).href)) as { readInWorker: typeof readInWorker };
  const rows: AuditRow[] = [];
  const info = await built.readInWorker(path, (r) => rows.push(r));
  return { rows, info };
}

async function inline(path: string): Promise<{ rows: AuditRow[]; info: unknown }> {
  const rows: AuditRow[] = [];
  const info = await classifyRows(fileSource(path), (r) => rows.push(r));
  return { rows, info };
}

describe.skipIf(!builtAndFresh('src/logs/audit', DIST))('audit reading thread (built dist)', () => {
  it('hands over the rows and what was read of every fixture export, as this thread reads them', async () => {
    for (const name of ['full.csv', 'export.json', 'utf16.tsv', 'windows-1252.csv', 'browser-paste.tsv', 'headerless.tsv', 'with-message-id.csv']) {
      expect(await threaded(join(fixtures, name)), name).toEqual(await inline(join(fixtures, name)));
    }
  });

  it('hands over the leak corpus export row for row, so its report is redacted as the one-thread report is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-audit-thread-leak-'));
    const { audit } = writeLeakInputs(dir, resolve('fixtures/threaddump/email-blocked.jstack.txt'));
    expect(await threaded(audit)).toEqual(await inline(audit));
  });

  it('hands over many slots of rows in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-audit-thread-'));
    const lines = ['Event Time,Email Server,From/To,Subject,Status,Change Summary'];
    for (let i = 0; i < 40_000; i += 1) {
      lines.push(
        `01/10/2026 10:${String(i % 60).padStart(2, '0')}:00,Support Mailbox,u${i % 7}@example.com,"Printer, ${i}",PROCESSED,Request has been created With Id = INC-${i}`,
      );
    }
    const file = join(dir, 'many.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    const { rows } = await threaded(file);
    expect(rows).toEqual((await inline(file)).rows);
    expect(rows[39_999]?.match?.captures).toEqual({ id: 'INC-39999' });
  });

  it('ends with the input error this thread gives', async () => {
    for (const name of ['binary.csv', 'empty.csv', 'truncated.csv', 'no-columns.csv']) {
      const err = await inline(join(fixtures, name)).catch((e: Error) => e);
      const fromThread = await threaded(join(fixtures, name)).catch((e: Error) => e);
      expect(fromThread, name).toBeInstanceOf(Error);
      expect([(fromThread as Error).name, (fromThread as Error).message], name).toEqual([(err as Error).name, (err as Error).message]);
    }
  });
});
