// What `maildoctor triage` does: the names and literals to try (the guide's by default), then one triage check.
import { sourceFromConfig } from '../checks/network/dns-kind.js';
import { GUIDE_HOST_TARGETS } from '../checks/network/host-defaults.js';
import { triageCheck } from '../checks/network/triage.js';
import { parseLiteral } from '../checks/network/triage-literal.js';
import { parseHost } from '../core/host-port.js';
import type { PlanFn } from './lazy.js';

/** Builds the triage check. */
export const plan: PlanFn = async (args, opts, ctx) => {
  const names = (args.length > 0 ? args : [...GUIDE_HOST_TARGETS.triage.names]).map((n) => parseHost(n, `"${n}"`));
  const literals = ((opts.literal as string[] | undefined) ?? [...GUIDE_HOST_TARGETS.triage.literals]).map(parseLiteral);
  const explicit = opts.server !== undefined || opts.resolvConf !== undefined || Boolean(ctx.io.env.MAILDOCTOR_RESOLV_CONF);
  const source = explicit ? await sourceFromConfig(opts.server, opts.resolvConf, ctx.io.env, ctx.io.cwd) : undefined;
  return { checks: [triageCheck({ names, literals, ...(source ? { source } : {}) })] };
};
