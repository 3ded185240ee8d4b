// `maildoctor run`: every check a config asks for, composed through the check registry.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { checkKey } from '../core/runner.js';
import { loadConfigFile } from '../config/load.js';
import { buildRunConfig } from '../config/run-config.js';
import type { CommandSpec } from './types.js';

/** Where `run` looks for a config when --config is not given, in order. */
export const CONFIG_SEARCH_PATH = ['maildoctor.yaml', 'maildoctor.yml', 'maildoctor.json', '/etc/maildoctor.yaml'];

function splitIds(value: unknown): string[] {
  return typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

/** The run command. */
export const RUN_COMMAND: CommandSpec = {
  name: 'run',
  summary: 'Run every check a config file asks for, in dependency order, as one report',
  examples: ['maildoctor run --config maildoctor.yaml', 'maildoctor run --only port --format junit -o report.xml'],
  configure(cmd) {
    cmd
      .option('-c, --config <file>', 'config file (YAML or JSON); default: ./maildoctor.yaml, then /etc/maildoctor.yaml')
      .option('--only <ids>', 'run only these check ids or keys (comma-separated)')
      .option('--skip <ids>', 'leave out these check ids or keys (comma-separated)');
  },
  async plan(_args, opts, ctx) {
    const explicit = typeof opts.config === 'string' ? opts.config : undefined;
    const file = explicit ?? CONFIG_SEARCH_PATH.map((p) => resolve(ctx.io.cwd, p)).find((p) => existsSync(p));
    if (!file) throw new UsageError(`no config file: pass --config FILE or create ./maildoctor.yaml (looked for ${CONFIG_SEARCH_PATH.join(', ')})`);
    const config = await loadConfigFile(resolve(ctx.io.cwd, file));
    const built = await buildRunConfig(config, ctx.io.env, Boolean(ctx.io.stdin.isTTY));
    const only = splitIds(opts.only);
    const skip = splitIds(opts.skip);
    const picked = built.checks.filter((c) => {
      const names = [c.id, checkKey(c)];
      if (only.length > 0 && !names.some((n) => only.includes(n))) return false;
      return !names.some((n) => skip.includes(n));
    });
    if (picked.length === 0) throw new UsageError('no checks left to run after --only/--skip');
    return { checks: picked, ...(built.timeoutMs !== undefined ? { timeoutMs: built.timeoutMs } : {}) };
  },
};
