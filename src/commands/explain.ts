// `maildoctor explain TEXT | -`: what an audit message, error text or log line means and what to do.
import { lazyPlan } from './lazy.js';
import type { CommandSpec } from './types.js';

/** The explain command. */
export const EXPLAIN_COMMAND: CommandSpec = {
  name: 'explain',
  args: '<text...>',
  summary: 'Explain an Email Audit message, error text or log line ("-" reads stdin, one per line)',
  examples: [
    'maildoctor explain "Outgoing failed: Mail server connection failed"',
    'maildoctor explain "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled"',
    'grep -h "Outgoing failed" email.log | maildoctor explain -',
  ],
  plan: lazyPlan(() => import('./explain-impl.js')),
};
