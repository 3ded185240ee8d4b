// config lint: the rotation mistakes of 003 found by position and hash, never by printing a value; bad input exits 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../../helpers/cli.js';
import { schemaErrors } from '../../helpers/schema.js';

const FIX = join(import.meta.dirname, '../../../fixtures/oauth');
const NEW = 'Qx8Q~fixtureNewSecretValue.0123456789abcdEF';
const OLD = 'Zr7P~fixtureOldSecretValue.9876543210zyxwVU';
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lint = (file: string, extra: string[] = []) => runJson(['config', 'lint', join(FIX, file), ...extra]);
const byCause = (report: any, cause: string) => report.results[0].findings.filter((f: { cause: string }) => f.cause === cause);

/** Deterministic pseudo-random bytes (a linear congruential generator), so the garbage is the same every run. */
function garbage(size: number, alphabet: string, lineEvery: number): string {
  let x = 12345;
  let out = '';
  for (let i = 0; i < size; i += 1) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += lineEvery > 0 && i % lineEvery === lineEvery - 1 ? '\n' : alphabet.charAt(x % alphabet.length);
  }
  return out;
}

describe('rotation mistakes', () => {
  it('three client_secret instances with one left stale: fail, naming the differing line, never the values', async () => {
    const r = await lint('three-secrets-one-differs.properties');
    expect(r.code).toBe(1);
    const [m] = byCause(r.report, 'config.value.mismatch');
    expect(m.evidence).toMatchObject({ key: 'client_secret', count: 3, distinctValues: 2, differingLines: [13] });
    expect(m.detail).toContain('lines 9, 11');
    expect(m.detail).toMatch(/fingerprint [0-9a-f]{12}/);
    expect(schemaErrors(r.report)).toEqual([]);
    for (const format of ['json', 'text', 'markdown']) {
      const out = await runCli(['config', 'lint', join(FIX, 'three-secrets-one-differs.properties'), '--format', format, '-v']);
      expect(out.stdout).not.toContain(NEW);
      expect(out.stdout).not.toContain(OLD);
      expect(out.stdout).not.toContain('fixtureNewSecret');
    }
  });

  it('all three equal: passes, with a fingerprint one can compare with sha256sum', async () => {
    const r = await lint('three-secrets-equal.properties');
    expect(r.code).toBe(0);
    expect(r.report.results[0].status).toBe('pass');
    const consistent = byCause(r.report, 'config.value.consistent');
    const secret = consistent.find((f: any) => f.evidence.key === 'client_secret');
    expect(secret.evidence.count).toBe(3);
    const { createHash } = await import('node:crypto');
    expect(secret.evidence.instances[0].fingerprint).toBe(createHash('sha256').update(NEW).digest('hex').slice(0, 12));
    expect(byCause(r.report, 'config.client-secret.count')).toHaveLength(0);
  });

  it('a dropped "=" is reported with its line and column', async () => {
    const r = await lint('missing-equals.properties');
    expect(r.code).toBe(1);
    const [f] = byCause(r.report, 'config.value.missing-equals');
    expect(f.evidence).toMatchObject({ key: 'client_secret', line: 9, column: 1 });
  });

  it('an empty value fails', async () => {
    const r = await lint('empty-value.properties');
    const [f] = byCause(r.report, 'config.value.empty');
    expect(f.evidence).toMatchObject({ key: 'client_secret', written: 'oauth.refresh.client_secret', line: 13 });
    expect(r.code).toBe(1);
  });

  it('trailing spaces fail; a leading space alone only warns', async () => {
    const r = await lint('stray-spaces.properties');
    const spaces = byCause(r.report, 'config.value.whitespace');
    const secret = spaces.find((f: any) => f.evidence.key === 'client_secret');
    const tenant = spaces.find((f: any) => f.evidence.key === 'tenant');
    expect(secret).toMatchObject({ severity: 'fail', evidence: { line: 9, trailing: true } });
    expect(tenant).toMatchObject({ severity: 'warn', evidence: { line: 7, leading: true, trailing: false } });
    expect(byCause(r.report, 'config.value.mismatch')).toHaveLength(0);
  });

  it('reads standard input with "-", and counts fewer than three Microsoft secrets', async () => {
    const text = 'oauth.token.url=https://login.microsoftonline.com/t/oauth2/v2.0/token\nclient_id=a\nclient_secret=one-secret-value\n';
    const r = await runJson(['config', 'lint', '-'], { stdin: text });
    expect(r.report.results[0].target).toBe('standard input');
    expect(byCause(r.report, 'config.client-secret.count')[0].evidence.count).toBe(1);
  });

  it('placeholders and quoted values are flagged', async () => {
    const r = await runJson(['config', 'lint', '-'], { stdin: 'client_secret=<existing_value>\nclient_id="abc"\n' });
    expect(byCause(r.report, 'config.value.placeholder')).toHaveLength(1);
    expect(byCause(r.report, 'config.value.quoted')).toHaveLength(1);
  });

  it('Latin-1 text and a 1 MB value on one line still lint, without printing the value', async () => {
    const latin = Buffer.concat([Buffer.from('# Konfiguration f'), Buffer.from([0xfc]), Buffer.from('r SMTP\nclient_secret=abc\nclient_secret=abd\n')]);
    const r = await runJson(['config', 'lint', '-'], { stdin: latin });
    expect(byCause(r.report, 'config.value.mismatch')).toHaveLength(1);
    const huge = `client_secret=${'k'.repeat(1_000_000)}\nclient_secret=short\n`;
    const h = await runCli(['config', 'lint', '-', '--format', 'json'], { stdin: huge });
    expect(h.code).toBe(1);
    expect(h.stdout.length).toBeLessThan(20_000);
    expect(JSON.parse(h.stdout).results[0].findings[0].cause).toBe('config.value.mismatch');
  });
});

describe('bad input exits 2 with one line', () => {
  const oneLine = (r: { code: number; stdout: string; stderr: string }) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  };

  it('1 MB of text garbage (lines and one huge line) is not configuration properties', async () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;#!?()[]{}<>/\\|-_+*&^%$@~`"\'=:';
    for (const [name, every] of [
      ['lines', 97],
      ['oneline', 0],
    ] as const) {
      const file = join(dir, `garbage-${name}.txt`);
      writeFileSync(file, garbage(1_000_000, alphabet, every));
      const r = await runCli(['config', 'lint', file]);
      oneLine(r);
      expect(r.stderr).toContain('does not look like configuration properties');
    }
  });

  it('binary input (from a file and from stdin) is refused', async () => {
    const bin = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const file = join(dir, 'binary.bin');
    writeFileSync(file, bin);
    const fromFile = await runCli(['config', 'lint', file]);
    oneLine(fromFile);
    expect(fromFile.stderr).toContain('binary');
    oneLine(await runCli(['config', 'lint', '-'], { stdin: bin }));
  });

  it('UTF-16 text, an empty file, a missing file, an unknown action and a missing FILE are usage or input errors', async () => {
    const utf16 = join(dir, 'utf16.properties');
    writeFileSync(utf16, Buffer.from(readFileSync(join(FIX, 'three-secrets-equal.properties'), 'utf8'), 'utf16le'));
    oneLine(await runCli(['config', 'lint', utf16]));
    const empty = join(dir, 'empty.properties');
    writeFileSync(empty, '');
    const e = await runCli(['config', 'lint', empty]);
    oneLine(e);
    expect(e.stderr).toContain('empty');
    oneLine(await runCli(['config', 'lint', join(dir, 'nope.properties')]));
    const unknown = await runCli(['config', 'check', empty]);
    oneLine(unknown);
    expect(unknown.stderr).toContain('unknown action');
    oneLine(await runCli(['config', 'lint']));
  });
});

describe('in a run config', () => {
  it('type: config-lint lints the file named relative to the config', async () => {
    const cfg = join(dir, 'maildoctor.yaml');
    writeFileSync(cfg, `checks:\n  - type: config-lint\n    file: ${join(FIX, 'three-secrets-one-differs.properties')}\n`);
    const r = await runJson(['run', '--config', cfg]);
    expect(r.report.results[0].id).toBe('config-lint');
    expect(byCause(r.report, 'config.value.mismatch')).toHaveLength(1);
  });
});
