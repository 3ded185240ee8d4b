// The packed tarball installs with no registry and an empty cache and runs every command, WebAssembly included;
// a clone installs with `npm ci --omit=dev` and says how to build, and the README's build recipe works offline.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, requireBuild } from '../helpers/bin.js';
import { liveAvailable } from '../helpers/live.js';

/** An address where no registry answers: any attempt to fetch fails at once instead of quietly succeeding. */
const NO_REGISTRY = { npm_config_registry: 'http://127.0.0.1:9/' };
const F = join(REPO, 'fixtures');

const QUIET = { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

/** npm with `env` on top; `--offline` in `args` forbids the network, NO_REGISTRY also takes the registry away. */
function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, ...QUIET, ...env }, timeout: 300_000 });
}

/** Every command with an input that finishes quickly on this machine; closed ports stand in for servers. */
const COMMANDS: string[][] = [
  ['--version'],
  ['--help'],
  ['explain', 'Ignoring this Email — Ticket Creation with CC/BCC is disabled'],
  ['init', '-'],
  ['config', 'lint', join(F, 'config/valid.yaml')],
  ['run', '--config', join(F, 'config/valid.yaml')],
  ['triage', 'localhost', '--literal', '127.0.0.1:1'],
  ['dns', 'localhost', '--server', '127.0.0.1:1', '--timeout', '500'],
  ['port', '127.0.0.1:1'],
  ['tls', '127.0.0.1:1'],
  ['http', 'http://127.0.0.1:1/'],
  ['route', '127.0.0.1', '--timeout', '1000'],
  ['ca-store'],
  ['smtp', '--host', '127.0.0.1', '--port', '1'],
  ['imap', '--host', '127.0.0.1', '--port', '1'],
  ['pop3', '--host', '127.0.0.1', '--port', '1'],
  ['oauth', '--provider', 'custom', '--token-url', 'http://127.0.0.1:1/token', '--client-id', 'x', '--client-secret-env', 'MD_TEST_SECRET'],
  ['audit', join(F, 'audit/full.csv')],
  ['logs', join(F, 'logs/tenant')],
  ['quartz', '--file', join(F, 'quartz/stale/qrtz_triggers.csv'), '--file', join(F, 'quartz/stale/qrtz_simple_triggers.csv'), '--no-service'],
  ['threaddump', join(F, 'threaddump/ssl-hang.jstack.txt')],
  ['eml', join(F, 'eml/new.eml')],
];

describe.skipIf(!liveAvailable('npm', 'tar'))('offline install of the packed tarball', () => {
  const work = mkdtempSync(join(tmpdir(), 'md-offline-'));
  const prefix = join(work, 'prefix');
  const cache = join(work, 'empty-cache');
  let tarball = '';
  let install: SpawnSyncReturns<string>;

  beforeAll(() => {
    requireBuild();
    mkdirSync(cache);
    const packed = npm(['pack', '--ignore-scripts', '--pack-destination', work], REPO);
    if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    tarball = join(
      work,
      readdirSync(work).find((f) => f.endsWith('.tgz'))!,
    );
    install = npm(['install', '-g', '--offline', '--cache', cache, '--prefix', prefix, tarball], work, NO_REGISTRY);
  }, 300_000);

  it('carries the build, the WebAssembly pass, the licence and every runtime dependency', () => {
    const files = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    for (const f of [
      'package/LICENSE',
      'package/README.md',
      'package/dist/cli.js',
      'package/dist/logs/scan/first-pass.wasm',
      'package/dist/logs/scan/classifier-cache.bin',
      'package/schema/report.schema.json',
      'package/contrib/monitoring/icinga2/maildoctor-command.conf',
      'package/node_modules/commander/package.json',
      'package/node_modules/imapflow/package.json',
      'package/node_modules/pg/package.json',
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => f.startsWith('package/node_modules/typescript/'))).toBe(false);
    expect(files.some((f) => f.startsWith('package/src/'))).toBe(false);
  });

  it('installs with an empty cache and no registry', () => {
    expect(install.stderr).not.toMatch(/ENOTCACHED|ECONNREFUSED|ERR!/);
    expect(install.status).toBe(0);
    expect(existsSync(join(prefix, 'lib/node_modules/maildoctor/node_modules/imapflow/package.json'))).toBe(true);
  });

  it.each(COMMANDS.map((c) => [c.join(' '), c]))('the installed maildoctor runs: %s', (_name, args) => {
    const r = spawnSync(join(prefix, 'bin/maildoctor'), args, {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, MD_TEST_SECRET: 'x', NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(r.stderr, args.join(' ')).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find|at .+\.js:\d+/);
    expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.status);
    expect(r.stdout.length, args.join(' ')).toBeGreaterThan(0);
  });

  it('loads the WebAssembly first pass from the installed copy', async () => {
    const installed = join(prefix, 'lib/node_modules/maildoctor/dist/logs/scan/first-pass.js');
    const { wasmFirstPassAvailable } = (await import(installed)) as { wasmFirstPassAvailable(): boolean };
    expect(wasmFirstPassAvailable()).toBe(true);
  });
});

// The machine's npm cache holds what the lockfile names (CI's own `npm ci` filled it); --offline keeps npm off the network.
describe.skipIf(!liveAvailable('npm', 'git'))('a clone without registry access', () => {
  const clone = mkdtempSync(join(tmpdir(), 'md-clone-'));

  beforeAll(() => {
    const list = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' })
      .stdout.split('\0')
      .filter(Boolean);
    for (const f of list) {
      if (!existsSync(join(REPO, f))) continue;
      mkdirSync(dirname(join(clone, f)), { recursive: true });
      cpSync(join(REPO, f), join(clone, f));
    }
  });

  it('`npm ci --omit=dev` succeeds, says how to build, and the launcher says it is not built instead of a stack trace', () => {
    const ci = npm(['ci', '--omit=dev', '--offline'], clone);
    expect(ci.status, ci.stderr).toBe(0);
    expect(ci.stderr).toContain('build with `npm ci && npm run build`');
    expect(existsSync(join(clone, 'node_modules/commander'))).toBe(true);
    expect(existsSync(join(clone, 'node_modules/typescript'))).toBe(false);
    const run = spawnSync(process.execPath, [join(clone, 'bin/maildoctor.js'), '--help'], { encoding: 'utf8' });
    expect(run.stderr).toBe('maildoctor: not built: dist/ is missing; run `npm ci && npm run build` in the checkout (see README, Install)\n');
    expect(run.status).toBe(2);
  });

  it('the README recipe `npm ci && npm prune --omit=dev` builds and leaves only runtime dependencies', () => {
    expect(npm(['ci', '--offline'], clone).status).toBe(0);
    expect(npm(['prune', '--omit=dev', '--offline'], clone).status).toBe(0);
    expect(existsSync(join(clone, 'node_modules/typescript'))).toBe(false);
    const r = spawnSync(process.execPath, [join(clone, 'bin/maildoctor.js'), 'logs', join(F, 'logs/tenant')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(clone, 'dist/logs/scan/first-pass.wasm'))).toBe(true);
  }, 300_000);
});
