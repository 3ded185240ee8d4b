// `maildoctor http URL...` and `type: http`: the guide's curl -I, proxy-aware.
import { resolve } from 'node:path';
import { defineKind } from '../../core/kind.js';
import { DEFAULT_MAX_REDIRECTS } from './constants.js';

const load = async () => ({ ...(await import('./http.js')), ...(await import('./tls.js')) });

/** The http check kind. */
export const HTTP_KIND = defineKind({
  id: 'http',
  summary: 'Request each URL like curl -I (HEAD, then GET): any HTTP status means reachable; honours HTTPS_PROXY/HTTP_PROXY/NO_PROXY',
  examples: [
    'maildoctor http https://email-app.serviceops.ai/ https://outlook.office365.com/',
    'HTTPS_PROXY=http://proxy.corp:3128 maildoctor http https://imap.gmail.com/',
  ],
  options: {
    urls: { type: 'string[]', positional: true, required: true, nonEmpty: true, description: 'URLs to request' },
    ca: { type: 'string', arg: 'file', description: 'PEM file of extra trusted CA certificates' },
    maxRedirects: { type: 'number', integer: true, min: 0, max: 99, arg: 'n', description: `redirects to follow (default ${DEFAULT_MAX_REDIRECTS})` },
  },
  load,
  async build(v, ctx) {
    const { httpCheck, parseUrl, readCaFile } = await load();
    const urls = v.urls.map(parseUrl);
    const ca = v.ca === undefined ? undefined : await readCaFile(resolve(ctx.io.cwd, v.ca));
    const options = { env: ctx.io.env, ...(ca ? { ca } : {}), ...(v.maxRedirects !== undefined ? { maxRedirects: v.maxRedirects } : {}) };
    return urls.map((u) => httpCheck(u, options));
  },
});
