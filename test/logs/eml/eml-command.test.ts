import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../../helpers/cli.js';
import { schemaErrors } from '../../helpers/schema.js';

const F = (name: string) => join(import.meta.dirname, '../../../fixtures/eml', name);
const A = (name: string) => join(import.meta.dirname, '../../../fixtures/audit', name);

describe('maildoctor eml', () => {
  it('one file: a schema-valid report with the prediction as summary and evidence', async () => {
    const { code, report } = await runJson(['eml', F('request-id.eml')]);
    expect(code).toBe(0);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.results[0]).toMatchObject({ id: 'eml', target: 'request-id.eml', summary: 'will update INC-42', evidence: { handling: 'update' } });
  });

  it('a folder: one result per email, duplicates found, junk reported, exit 1 for the junk', async () => {
    const { code, report } = await runJson(['eml', F('folder')]);
    expect(code).toBe(1);
    expect(report.results.map((r: any) => [r.target, r.evidence.handling ?? r.findings[0].cause])).toEqual([
      ['a-original.eml', 'new'],
      ['b-copy.eml', 'duplicate'],
      ['c-other.eml', 'new'],
      ['d-junk.eml', 'eml.not-an-email'],
    ]);
  });

  it('--audit marks an email whose Message-ID the export already holds as a duplicate', async () => {
    const { report } = await runJson(['eml', F('folder/c-other.eml'), '--audit', A('with-message-id.csv')]);
    expect(report.results[0].findings[0]).toMatchObject({ cause: 'eml.predict.duplicate', evidence: { seenIn: 'audit export line 2' } });
  });

  it('--mailbox, --prefix and --max-attachment-mb change the prediction', async () => {
    const cc = await runJson(['eml', F('cc-only.eml'), '--mailbox', 'boss@company.com']);
    expect(cc.report.results[0].evidence.addressing).toBe('to');
    const prefix = await runJson(['eml', F('other-prefix.eml'), '--prefix', 'CHG']);
    expect(prefix.report.results[0].summary).toBe('will update CHG-9');
    const big = await runJson(['eml', F('attachment.eml'), '--max-attachment-mb', '0.002']);
    expect(big.report.results[0].status).toBe('warn');
    expect(big.report.results[0].findings.map((f: any) => f.cause)).toContain('eml.attachment.too-large');
  });

  it('renders as text and markdown', async () => {
    const text = await runCli(['eml', F('auto-reply.eml'), '--format', 'text']);
    expect(text.stdout).toContain('automatic');
    const md = await runCli(['eml', F('received-chain.eml'), '--format', 'markdown']);
    expect(md.stdout).toContain('slow hop');
  });

  it('bad input: exit 2 with one line', async () => {
    for (const args of [
      [F('new.eml'), '--audit', A('full.csv')],
      [F('binary.eml')],
      [F('nope.eml')],
      [F('new.eml'), '--max-attachment-mb', 'big'],
      [join(import.meta.dirname)],
    ]) {
      const r = await runCli(['eml', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('in a run config', () => {
  it('type: audit and type: eml compose with paths relative to the config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-eml-'));
    const cfg = join(dir, 'maildoctor.yaml');
    writeFileSync(
      cfg,
      `checks:\n  - type: audit\n    file: ${A('full.csv')}\n    status: SEND_FAILED\n  - type: eml\n    files: [${F('self-reference.eml')}]\n    prefix: INC\n`,
    );
    const { report } = await runJson(['run', '--config', cfg]);
    const audit = report.results.find((r: any) => r.id === 'audit');
    const eml = report.results.find((r: any) => r.id === 'eml');
    expect(audit.evidence.statuses.SEND_FAILED).toBe(16);
    expect(audit.evidence.entries).toBe(16);
    expect(eml.evidence.handling).toBe('ignored');
  });
});
