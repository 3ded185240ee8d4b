// `maildoctor http URL... [--ca FILE] [--max-redirects N]`: the guide's curl -I, proxy-aware.
import { resolve } from 'node:path';
import { DEFAULT_MAX_REDIRECTS, httpCheck, parseUrl, type HttpCheckOptions } from '../checks/http.js';
import { readCaFile } from '../checks/tls.js';
import { UsageError } from '../core/errors.js';
import type { CommandSpec } from './types.js';

/** The http command. */
export const HTTP_COMMAND: CommandSpec = {
  name: 'http',
  args: '<urls...>',
  summary: 'Request each URL like curl -I (HEAD, then GET): any HTTP status means reachable; honours HTTPS_PROXY/HTTP_PROXY/NO_PROXY',
  examples: ['maildoctor http https://email-app.serviceops.ai/ https://outlook.office365.com/', 'HTTPS_PROXY=http://proxy.corp:3128 maildoctor http https://imap.gmail.com/'],
  configure(cmd) {
    cmd
      .option('--ca <file>', 'PEM file of extra trusted CA certificates')
      .option('--max-redirects <n>', `redirects to follow (default ${DEFAULT_MAX_REDIRECTS})`);
  },
  async plan(args, opts, ctx) {
    const urls = args.map(parseUrl);
    let maxRedirects: number | undefined;
    if (opts.maxRedirects !== undefined) {
      if (!/^\d{1,2}$/.test(String(opts.maxRedirects))) throw new UsageError(`--max-redirects: "${String(opts.maxRedirects)}" is not a number from 0 to 99`);
      maxRedirects = Number(opts.maxRedirects);
    }
    const ca = typeof opts.ca === 'string' ? await readCaFile(resolve(ctx.io.cwd, opts.ca)) : undefined;
    const options: HttpCheckOptions = { env: ctx.io.env, ...(ca ? { ca } : {}), ...(maxRedirects !== undefined ? { maxRedirects } : {}) };
    return { checks: urls.map((u) => httpCheck(u, options)) };
  },
};
