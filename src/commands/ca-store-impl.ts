// What `maildoctor ca-store` does: checks the files and numbers given, then one CA store check.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { caStoreCheck } from '../checks/network/ca-store.js';
import { InputError, UsageError } from '../core/errors.js';
import { parseHostPort } from '../core/host-port.js';
import type { PlanFn } from './lazy.js';

/** Builds the CA store check. */
export const plan: PlanFn = async (args, opts, ctx) => {
  const file = (v: unknown, name: string) => {
    if (typeof v !== 'string') return undefined;
    const p = resolve(ctx.io.cwd, v);
    if (!existsSync(p)) throw new InputError(`${name} ${p}: no such file`);
    return p;
  };
  const bundle = file(opts.bundle, '--bundle');
  const cacerts = file(opts.cacerts, '--cacerts');
  let staleDays: number | undefined;
  if (opts.staleDays !== undefined) {
    if (!/^\d{1,5}$/.test(String(opts.staleDays)) || Number(opts.staleDays) < 1) throw new UsageError(`--stale-days: "${String(opts.staleDays)}" is not a whole number of days`);
    staleDays = Number(opts.staleDays);
  }
  const target = args[0] ? parseHostPort(args[0]) : undefined;
  return { checks: [caStoreCheck({ env: ctx.io.env, ...(target ? { target } : {}), ...(bundle ? { bundle } : {}), ...(cacerts ? { cacerts } : {}), ...(staleDays ? { staleDays } : {}) })] };
};
