// Causes for `run --journey`: the guide's email journey tested for real with a tagged message.
import { defineCauses } from './types.js';

const JOURNEY = 'ServiceOps — Email Server Troubleshooting › How Email Works in ServiceOps › End-to-End Email Journey';

/** What a journey test can end in. */
export const JOURNEY_CAUSES = defineCauses({
  'journey.delivered': {
    title: 'Test message went out and arrived in the incoming mailbox',
    severity: 'info',
    explanation:
      "A uniquely tagged message was accepted by the outgoing server and found in the incoming mailbox: the mail path between the two servers works. The helpdesk's own steps (fetch, RECEIVED, PROCESSED, SENT) are visible in its Email Audit under the same subject.",
    fixes: [{ text: 'Nothing to fix on the mail path. Look for the tagged subject in the Email Audit to follow steps 2 to 7.' }],
    reference: JOURNEY,
  },
  'journey.send-failed': {
    title: 'Test message could not be sent',
    severity: 'fail',
    explanation: 'The outgoing server refused or failed to take the tagged message, so notifications from this server fail the same way (SEND_FAILED).',
    fixes: [
      {
        text: 'Fix the outgoing server first: see the smtp check of its chain for the exact reply.',
        commands: ['maildoctor smtp --host <host> --user <user> --password-env SMTP_PASSWORD -v'],
      },
    ],
    reference: JOURNEY,
  },
  'journey.not-arrived': {
    title: 'Test message was sent but did not arrive in time',
    severity: 'fail',
    explanation:
      'The outgoing server accepted the tagged message, but it was not in the incoming mailbox before the time ran out. It may be delayed, filtered as spam, routed elsewhere, or rejected later by the receiving side (a bounce goes to the sender).',
    fixes: [
      { text: "Look for the tagged subject in the mailbox's junk folder and in the provider's message trace." },
      { text: 'Check the sender mailbox for a bounce, and run the journey again with a longer --timeout.' },
    ],
    reference: JOURNEY,
  },
  'journey.not-possible': {
    title: 'The journey cannot be tested with this config',
    severity: 'warn',
    explanation: 'The journey needs an IMAP incoming server with an address and an outgoing server that logs in; the config does not give both.',
    fixes: [{ text: 'Add an IMAP incoming server with address and credentials, and link it to an outgoing server.' }],
    reference: JOURNEY,
  },
});
