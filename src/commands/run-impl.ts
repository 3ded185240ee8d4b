// What `maildoctor run` does: checks from a config, a preset or this host, picked by --only/--skip, with verdicts and --bundle.
// Each source's machinery loads only when that source is used.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { checkKey } from '../core/runner.js';
import type { Check, FindingInput } from '../core/types.js';
import type { ServerChain } from '../run/chains.js';
import type { PlanFn } from './lazy.js';
import { CONFIG_SEARCH_PATH } from './run.js';
import type { CommandPlan } from './types.js';

function splitIds(value: unknown): string[] {
  return typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

/** Applies --only/--skip; a picked check brings the prerequisites it needs along. */
function select(checks: Check[], only: string[], skip: string[]): Check[] {
  const names = (c: Check) => [c.id, checkKey(c)];
  const picked = new Set(checks.filter((c) => (only.length === 0 || names(c).some((n) => only.includes(n))) && !names(c).some((n) => skip.includes(n))));
  const byKey = new Map(checks.map((c) => [checkKey(c), c]));
  const queue = [...picked];
  while (queue.length > 0) {
    for (const need of queue.pop()?.needs ?? []) {
      const dep = byKey.get(need);
      if (dep && !picked.has(dep)) {
        picked.add(dep);
        queue.push(dep);
      }
    }
  }
  return checks.filter((c) => picked.has(c));
}

/** Builds the checks of the whole diagnosis. */
export const plan: PlanFn = async (_args, opts, ctx) => {
  const explicit = typeof opts.config === 'string' ? opts.config : undefined;
  const file = explicit ?? CONFIG_SEARCH_PATH.map((p) => resolve(ctx.io.cwd, p)).find((p) => existsSync(p));
  let checks: Check[];
  let chains: ServerChain[] = [];
  let notes: FindingInput[] = [];
  let timeoutMs: number | undefined;
  if (file && !(opts.preset && !explicit)) {
    const [{ loadConfigFile }, { buildRunConfig }] = await Promise.all([import('../config/load.js'), import('../run/run-config.js')]);
    const built = await buildRunConfig(await loadConfigFile(resolve(ctx.io.cwd, file)), ctx.io.env, Boolean(ctx.io.stdin.isTTY));
    ({ checks, chains, notes } = built);
    timeoutMs = built.timeoutMs;
    if (opts.journey) checks.push(await (await import('../run/journey.js')).journeyCheck(built.mail, chains, built.context));
  } else if (opts.journey) {
    throw new UsageError('--journey needs a config that names the mailbox and the outgoing server (maildoctor init writes one)');
  } else if (typeof opts.preset === 'string') {
    ({ checks, chains, notes } = await (await import('../run/preset-plan.js')).presetPlan(opts.preset, ctx.io));
  } else {
    ({ checks, notes } = await (await import('../run/discover.js')).discoverHostPlan(ctx.io));
  }
  const picked = select(checks, splitIds(opts.only), splitIds(opts.skip));
  if (picked.length === 0) throw new UsageError('no checks left to run after --only/--skip');
  const keys = picked.map(checkKey);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw new UsageError(`two checks would both be "${twice}": give them different names or targets`);
  const bundle = typeof opts.bundle === 'string' ? resolve(ctx.io.cwd, opts.bundle) : undefined;
  const { drawVerdicts } = await import('../run/verdicts.js');
  const planned: CommandPlan = {
    checks: picked,
    verdicts: (results) => drawVerdicts(results, chains, notes),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(bundle
      ? {
          afterReport: async (report) => {
            const [{ writeBundle }, { gatherFingerprint }] = await Promise.all([import('../run/bundle.js'), import('../run/fingerprint.js')]);
            await writeBundle(bundle, report, await gatherFingerprint(ctx.io.env, ctx.signal));
            if (!ctx.global.quiet) ctx.io.stderr.write(`bundle written to ${bundle}\n`);
          },
        }
      : {}),
  };
  return planned;
};
