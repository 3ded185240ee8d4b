// `maildoctor run`: the whole diagnosis — server chains from a config (or what this host offers), verdicts first.
// Declared here without loading anything; each source's machinery loads only when that source is used.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { presetNames } from '../checks/mail/presets.js';
import { UsageError } from '../core/errors.js';
import { defineCommand, type CommandPlan } from '../core/kind.js';
import type { Check, FindingInput } from '../core/types.js';
import type { ServerChain } from './chains.js';

/** Where `run` looks for a config when --config is not given, in order. */
export const CONFIG_SEARCH_PATH = ['maildoctor.yaml', 'maildoctor.yml', 'maildoctor.json', '/etc/maildoctor.yaml'];

/** The run command. */
export const RUN_COMMAND = defineCommand({
  id: 'run',
  summary: 'The whole diagnosis: every check that applies, in dependency order, with one verdict per mailbox',
  examples: [
    'maildoctor run',
    'maildoctor run --config maildoctor.yaml --format markdown',
    'maildoctor run --preset office365 --format nagios',
    'maildoctor run --bundle ticket-4711.tar.gz',
  ],
  options: {
    config: {
      type: 'string',
      cli: '-c, --config <file>',
      input: true,
      description: `config file (YAML or JSON; "-": standard input); default: ${CONFIG_SEARCH_PATH.join(', ')}`,
    },
    preset: { type: 'string', enum: presetNames(), arg: 'name', description: "check a provider's endpoints without a config" },
    only: { type: 'string', arg: 'ids', description: 'run only these check ids or keys (comma-separated)' },
    skip: { type: 'string', arg: 'ids', description: 'leave out these check ids or keys (comma-separated)' },
    journey: { type: 'boolean', description: 'send a tagged test message through the outgoing server and watch the incoming mailbox for it (sends mail)' },
    bundle: {
      type: 'string',
      arg: 'file',
      description: 'also write a .tar.gz with the report, a Markdown summary, log excerpts, dump analysis and the environment',
    },
  },
  async plan(v, ctx): Promise<CommandPlan> {
    const file = v.config ?? CONFIG_SEARCH_PATH.map((p) => resolve(ctx.io.cwd, p)).find((p) => existsSync(p));
    let checks: Check[];
    let chains: ServerChain[] = [];
    let notes: FindingInput[] = [];
    let timeoutMs: number | undefined;
    if (file && !(v.preset && v.config === undefined)) {
      const [{ loadConfigFile }, { buildRunConfig }] = await Promise.all([import('../config/load.js'), import('./run-config.js')]);
      const built = await buildRunConfig(await loadConfigFile(resolve(ctx.io.cwd, file)), ctx);
      ({ checks, chains, notes } = built);
      timeoutMs = built.timeoutMs;
      if (v.journey) checks.push(await (await import('./journey.js')).journeyCheck(built.mail, chains, built.context));
    } else if (v.journey) {
      throw new UsageError('--journey needs a config that names the mailbox and the outgoing server (maildoctor init writes one)');
    } else if (v.preset !== undefined) {
      ({ checks, chains, notes } = await (await import('./preset-plan.js')).presetPlan(v.preset, ctx));
    } else {
      ({ checks, notes } = await (await import('./discover.js')).discoverHostPlan(ctx));
    }
    const [{ pickChecks }, { CHECK_KINDS }] = await Promise.all([import('./select.js'), import('../checks/index.js')]);
    const picked = pickChecks(
      checks,
      v.only,
      v.skip,
      CHECK_KINDS.map((k) => k.id),
    );
    const bundle = v.bundle === undefined ? undefined : resolve(ctx.io.cwd, v.bundle);
    const { drawVerdicts } = await import('./verdicts.js');
    return {
      checks: picked,
      verdicts: (results) => drawVerdicts(results, chains, notes),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(bundle
        ? {
            afterReport: async (report) => {
              const [{ writeBundle }, { gatherFingerprint }] = await Promise.all([import('./bundle.js'), import('./fingerprint.js')]);
              await writeBundle(bundle, report, await gatherFingerprint(ctx.io.env, ctx.signal));
              if (!ctx.global.quiet) ctx.io.stderr.write(`bundle written to ${bundle}\n`);
            },
          }
        : {}),
    };
  },
});
