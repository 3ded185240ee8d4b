// `maildoctor http URL... [--ca FILE] [--max-redirects N]`: the guide's curl -I, proxy-aware.
import { DEFAULT_MAX_REDIRECTS } from '../checks/network/constants.js';
import { lazyPlan } from './lazy.js';
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
  plan: lazyPlan(() => import('./http-impl.js')),
};
