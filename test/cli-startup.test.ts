// The CLI's start-up import graph: declaring the commands loads the kind modules and nothing they load lazily.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_KINDS } from '../src/checks/index.js';

const SRC = resolve('src');

/** Value imports of one source file: static ones, and with `lazy` the `import()` calls too (type-only ones erase). */
function importsOf(file: string, lazy: boolean): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)';/gm)) specs.push(m[1]!);
  if (lazy) for (const m of text.matchAll(/\bimport\('([^']+)'\)/g)) specs.push(m[1]!);
  return specs;
}

/** Every source file (relative to src/) and package a module loads: before its code runs, or with `lazy` ever. */
function graph(entry: string, lazy = false): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(SRC, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const rel = relative(SRC, file);
    if (files.has(rel)) continue;
    files.add(rel);
    for (const spec of importsOf(file, lazy)) {
      if (spec.startsWith('node:')) continue;
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        continue;
      }
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      expect(existsSync(target), `${rel} imports ${spec}`).toBe(true);
      queue.push(target);
    }
  }
  return { files, packages };
}

/** Every kind module under src/: `<name>-kind.ts`, or `kind.ts` in a folder of one kind (core/kind.ts is their type). */
function kindModules(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(SRC, 'core') ? [] : kindModules(path);
    return /(^|-)kind\.ts$/.test(e.name) ? [relative(SRC, path)] : [];
  });
}

const MAIL_LIBRARIES = ['nodemailer', 'imapflow', 'mailparser', 'pg'];

/** The only modules besides core/ and the kind modules that declaring the CLI loads: the registry, the commands that
 * are not kinds, and the constants their help texts quote. */
const DECLARATIONS = [
  'checks/index.ts',
  'checks/mail/options.ts',
  'checks/mail/presets.ts',
  'checks/network/constants.ts',
  'checks/network/host-defaults.ts',
  'checks/network/public-ip.ts',
  'cli-options.ts',
  'cli.ts',
  'config/init-command.ts',
  'config/init-template.ts',
  'logs/eml/record-id.ts',
  'logs/threaddump/options.ts',
  'render/types.ts',
  'run/command.ts',
];

describe('start-up imports', () => {
  const { files, packages } = graph('cli.ts');

  it('declares every kind from its own module: all of them are loaded, one per registered kind', () => {
    const kinds = kindModules();
    for (const k of kinds) expect(files).toContain(k);
    expect(kinds).toHaveLength(CHECK_KINDS.length);
    expect([...files].filter((f) => f.endsWith('-impl.ts'))).toEqual([]);
  });

  it('loads commander and no other package', () => {
    expect([...packages]).toEqual(['commander']);
  });

  it('loads no check, probe, knowledge base, scanner, runner or renderer', () => {
    const declarations = [...files].filter((f) => !f.startsWith('core/') && !kindModules().includes(f));
    expect(declarations.sort()).toEqual(DECLARATIONS);
    expect([...files].filter((f) => ['core/runner.ts', 'core/report.ts', 'core/finding.ts'].includes(f))).toEqual([]);
  });

  it('a kind loads its implementation only in load(): nothing its import() calls reach is loaded at start-up', () => {
    for (const k of kindModules()) {
      const lazyOnly = [...graph(k, true).files].filter((f) => !graph(k).files.has(f));
      expect(lazyOnly.length, k).toBeGreaterThan(0);
      expect(
        lazyOnly.filter((f) => files.has(f) && !f.startsWith('core/') && !DECLARATIONS.includes(f)),
        k,
      ).toEqual([]);
    }
  });

  it('--version loads no mail library, and neither does explain when it runs', () => {
    expect(MAIL_LIBRARIES.filter((p) => packages.has(p))).toEqual([]);
    const explain = new Set([...graph('checks/explain-kind.ts', true).packages, ...graph('run/execute.ts').packages]);
    expect(MAIL_LIBRARIES.filter((p) => explain.has(p))).toEqual([]);
  });
});
