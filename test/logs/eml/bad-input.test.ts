import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/runner.js';
import { InputError } from '../../../src/core/errors.js';
import { emlChecks } from '../../../src/logs/eml/check.js';

const dir = mkdtempSync(join(tmpdir(), 'md-eml-bad-'));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('eml with bad input', () => {
  it('an empty file is an InputError', async () => {
    await expect(emlChecks([file('empty.eml', '')])).rejects.toThrow(InputError);
  });

  it('headers cut off mid-line still give a prediction from what is there', async () => {
    const p = file('cut.eml', 'From: a@example.com\r\nTo: support@company.com\r\nSubject: Re: [INC-7] print');
    const [r] = await runChecks(await emlChecks([p]));
    expect(r!.summary).toBe('will update INC-7');
  });

  it('a huge folded header line is read whole', async () => {
    const refs = Array.from({ length: 20000 }, (_, i) => `<m${i}@example.com>`).join('\r\n ');
    const p = file(
      'huge.eml',
      `From: a@example.com\r\nTo: support@company.com\r\nSubject: hi\r\nIn-Reply-To: <m19999@example.com>\r\nReferences: ${refs}\r\n\r\nbody\r\n`,
    );
    const [r] = await runChecks(await emlChecks([p]));
    expect(r!.evidence.handling).toBe('new');
  });

  it('raw Latin-1 bytes in a header do not break parsing', async () => {
    const p = file(
      'latin1.eml',
      Buffer.concat([
        Buffer.from('From: a@example.com\r\nTo: support@company.com\r\nSubject: Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' broken\r\n\r\nbody\r\n'),
      ]),
    );
    const [r] = await runChecks(await emlChecks([p]));
    expect(r!.status).not.toBe('error');
    expect(String(r!.evidence.subject)).toMatch(/^Caf. broken$/);
  });

  it('a folder with no .eml files is a usage error', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'md-eml-none-'));
    await expect(emlChecks([empty])).rejects.toThrow(/no \.eml files/);
  });
});
