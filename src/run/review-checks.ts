// The config review as checks of the run: best practices and server linking, judged without the network.
import type { MailConfig } from '../config/mail-config.js';
import type { Check } from '../core/types.js';
import { reviewLinking, reviewPractices } from './practices.js';

/** The `practices` and `linking` checks for a mailbox config. */
export function reviewChecks(config: MailConfig, file: string): Check[] {
  if (config.incoming.length === 0 && config.outgoing.length === 0) return [];
  return [
    {
      id: 'practices',
      title: 'Configuration best practices',
      target: file,
      async run() {
        const findings = reviewPractices(config);
        const notable = findings.filter((f) => f.cause !== 'practice.defaults-missing').length;
        return {
          summary:
            findings.length === 0
              ? "follows the guide's best practices"
              : `${findings.length} recommendation${findings.length === 1 ? '' : 's'} (${notable} beyond defaults)`,
          findings,
        };
      },
    },
    {
      id: 'linking',
      title: 'Incoming/outgoing server linking',
      target: file,
      async run() {
        const findings = reviewLinking(config);
        const problems = findings.filter((f) => f.cause === 'linking.no-primary-outgoing' || f.cause === 'linking.outgoing-disabled');
        return {
          summary: problems.length > 0 ? `${problems.length} mailbox(es) without a working way out` : `${config.incoming.length} mailbox(es) linked`,
          findings,
        };
      },
    },
  ];
}
