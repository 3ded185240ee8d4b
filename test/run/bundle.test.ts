import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFinding } from '../../src/core/finding.js';
import { buildReport } from '../../src/core/report.js';
import { Secret } from '../../src/core/secret.js';
import { bundleEntries } from '../../src/run/bundle.js';
import { tarGz } from '../../src/run/tar.js';

describe('bundle', () => {
  it('tar.gz opens with the system tar and keeps contents byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-tar-'));
    const file = join(dir, 'b.tar.gz');
    const big = 'x'.repeat(1500);
    writeFileSync(
      file,
      tarGz([
        { name: 'a/one.txt', content: 'hello\n' },
        { name: 'a/two.txt', content: big },
      ]),
    );
    expect(execFileSync('tar', ['-tzf', file]).toString().trim().split('\n')).toEqual(['a/one.txt', 'a/two.txt']);
    expect(execFileSync('tar', ['-xzOf', file, 'a/two.txt']).toString()).toBe(big);
  });

  it('holds report, summary, excerpts, dump analysis and environment, without secrets', () => {
    const secret = new Secret('bundle-Secret-Value-42');
    const report = buildReport({
      command: 'run',
      startedAt: new Date(),
      failOn: 'fail',
      results: [
        {
          id: 'logs',
          key: 'logs x',
          title: 'logs',
          target: '/var/log',
          status: 'fail',
          durationMs: 1,
          summary: 's',
          evidence: {},
          findings: [
            resolveFinding({ cause: 'audit.outgoing.authentication-failed', detail: 'd', evidence: { samples: [`password=${secret.reveal()} rejected`] } }),
          ],
        },
      ],
    });
    const entries = bundleEntries(report, {
      hostname: 'h',
      os: 'Linux',
      node: 'v20',
      openssl: '3',
      proxy: { HTTPS_PROXY: 'http://***@proxy:3128' },
      timezone: 'UTC',
    });
    expect(entries.map((e) => e.name)).toEqual([
      'maildoctor/report.json',
      'maildoctor/summary.md',
      'maildoctor/report.html',
      'maildoctor/log-excerpts.txt',
      'maildoctor/threaddump-analysis.md',
      'maildoctor/environment.json',
    ]);
    for (const e of entries) expect(String(e.content)).not.toContain('bundle-Secret-Value-42');
    expect(String(entries[3]?.content)).toContain('password=*** rejected');
    expect(String(entries[2]?.content)).toMatch(/^<!doctype html>/);
  });
});
