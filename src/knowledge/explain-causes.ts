// Causes the explain command itself reports, apart from what it recognises.
import { defineCauses } from './types.js';

/** The outcome of `maildoctor explain` when no documented wording matches. */
export const EXPLAIN_CAUSES = defineCauses({
  'explain.no-match': {
    title: 'No documented message matches this text',
    severity: 'info',
    explanation:
      'maildoctor knows the Email Audit messages, the error texts of the mail protocols, OAuth providers and Java mail libraries, and the log lines of the helpdesk; this text is none of them.',
    fixes: [{ text: 'Paste the whole line, including any error code (535 5.7.8, AADSTS65001, ECONNREFUSED), or look at the nearest entries listed.' }],
    reference: 'ServiceOps — Email Server Troubleshooting › Email Audit Reference',
  },
});
