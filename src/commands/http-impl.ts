// What `maildoctor http` does: one http check per URL, with the extra CAs and redirect limit given.
import { resolve } from 'node:path';
import { httpCheck, parseUrl, type HttpCheckOptions } from '../checks/network/http.js';
import { readCaFile } from '../checks/network/tls.js';
import { UsageError } from '../core/errors.js';
import type { PlanFn } from './lazy.js';

/** Builds the http checks. */
export const plan: PlanFn = async (args, opts, ctx) => {
  const urls = args.map(parseUrl);
  let maxRedirects: number | undefined;
  if (opts.maxRedirects !== undefined) {
    if (!/^\d{1,2}$/.test(String(opts.maxRedirects))) throw new UsageError(`--max-redirects: "${String(opts.maxRedirects)}" is not a number from 0 to 99`);
    maxRedirects = Number(opts.maxRedirects);
  }
  const ca = typeof opts.ca === 'string' ? await readCaFile(resolve(ctx.io.cwd, opts.ca)) : undefined;
  const options: HttpCheckOptions = { env: ctx.io.env, ...(ca ? { ca } : {}), ...(maxRedirects !== undefined ? { maxRedirects } : {}) };
  return { checks: urls.map((u) => httpCheck(u, options)) };
};
