// The CLI's start-up import graph: declaring the commands must not pull in any command's implementation.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.js';

const SRC = resolve('src');

/** Static value imports and re-exports of one source file (type-only ones erase; `import()` loads later). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)';/gm)) specs.push(m[1]!);
  return specs;
}

/** Every source file and package a module loads before its code runs, as paths relative to src/ and package names. */
function startupGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(SRC, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const rel = relative(SRC, file);
    if (files.has(rel)) continue;
    files.add(rel);
    for (const spec of staticImports(file)) {
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

describe('start-up imports', () => {
  const { files, packages } = startupGraph('cli.ts');

  it('follows the real import graph (the scanner sees the command declarations and the lazily loaded ones are absent)', () => {
    for (const c of COMMANDS) expect(files).toContain(join('commands', `${c.name}.ts`));
    expect(files).toContain(join('commands', 'lazy.ts'));
    expect([...files].filter((f) => f.endsWith('-impl.ts'))).toEqual([]);
    expect(files).not.toContain(join('commands', 'execute-plan.ts'));
  });

  it('loads commander and no other package', () => {
    expect([...packages]).toEqual(['commander']);
  });

  it('loads no check, knowledge base, scanner, runner or renderer', () => {
    const eager = [...files].filter((f) => /^(knowledge|logs|run|scheduler)\//.test(f) || (f.startsWith('render/') && f !== join('render', 'types.ts')) || ['core/runner.ts', 'core/report.ts'].includes(f));
    expect(eager).toEqual([]);
    const checks = [...files].filter((f) => f.startsWith('checks/'));
    expect(checks.sort()).toEqual(['checks/mail/presets.ts', 'checks/network/constants.ts', 'checks/network/host-defaults.ts', 'checks/network/public-ip.ts']);
  });

  it('every command with a plan or action loads it from its own implementation module', () => {
    for (const c of COMMANDS) {
      const text = readFileSync(join(SRC, 'commands', `${c.name}.ts`), 'utf8');
      expect(text, c.name).toContain(`import('./${c.name}-impl.js')`);
    }
  });
});
