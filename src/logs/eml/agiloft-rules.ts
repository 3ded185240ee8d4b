// The Agiloft inbound and outbound rules `eml` applies: the body-size limit, rules 2 and 3 for emails without a
// record id, and the outbound retry window of a notification Agiloft sent.
import type { FindingInput } from '../../core/types.js';
import { GLOBAL_VARIABLES, OUTBOUND_RETRY_DAYS, OUTBOUND_RETRY_MINUTES } from '../../knowledge/agiloft.js';
import type { EmlHeaders } from './headers.js';
import type { UNKNOWN_SENDER_ACTIONS } from './kind.js';

/** What an inbound account does with an email from an unknown sender (rule 3). */
export type UnknownSenderAction = (typeof UNKNOWN_SENDER_ACTIONS)[number];

const DAY_MS = 86_400_000;

/** The body-size finding when the text and HTML exceed `maxBodyBytes`. */
export function bodySizeFindings(h: EmlHeaders, maxBodyBytes: number | undefined): FindingInput[] {
  if (maxBodyBytes === undefined || h.bodyBytes <= maxBodyBytes) return [];
  return [
    {
      cause: 'eml.body.too-large',
      detail: `the body is ${(h.bodyBytes / 1024).toFixed(1)} KB, over the ${(maxBodyBytes / 1024).toFixed(1)} KB given for "${GLOBAL_VARIABLES.maxBodySize}"`,
      evidence: { bodyBytes: h.bodyBytes, limitBytes: maxBodyBytes },
    },
  ];
}

/** Rule 2 or rule 3 for an email that creates a new record, when the known contacts are given. */
export function senderRuleFindings(h: EmlHeaders, contacts: readonly string[] | undefined, unknown: UnknownSenderAction | undefined): FindingInput[] {
  if (!contacts) return [];
  const sender = h.from[0] ?? '';
  if (contacts.includes(sender)) {
    return [
      {
        cause: 'eml.predict.known-sender',
        detail: `${sender} is a known contact: a new record is created under that user if record creation is allowed and the user may create records`,
        evidence: { sender, rule: 2 },
      },
    ];
  }
  const outcome =
    unknown === 'ignore'
      ? 'ignored'
      : unknown === 'reject'
        ? 'rejected'
        : unknown === 'guest'
          ? 'created under the guest account'
          : 'ignored, rejected or created under the guest account, as the inbound account is set up';
  return [
    {
      cause: 'eml.predict.unknown-sender',
      detail: `${sender || 'the sender'} is not a known contact: the email is ${outcome}`,
      evidence: { sender, rule: 3, ...(unknown ? { unknownSender: unknown } : {}) },
    },
  ];
}

/** For a notification Agiloft sent (its headers say so): where it stands in the outbound retry window. */
export function retryWindowFindings(h: EmlHeaders, system: Record<string, string>, now: number): FindingInput[] {
  if (!Object.keys(system).some((k) => k.startsWith('x-agiloft')) || h.date === undefined) return [];
  const until = h.date + OUTBOUND_RETRY_DAYS * DAY_MS;
  const past = now > until;
  const detail = past
    ? `sent ${new Date(h.date).toISOString()}: more than ${OUTBOUND_RETRY_DAYS} days ago, so if it never arrived Agiloft no longer retries it; send it again`
    : `sent ${new Date(h.date).toISOString()}: if it has not arrived, Agiloft retries every ${OUTBOUND_RETRY_MINUTES} minutes until ${new Date(until).toISOString()}`;
  return [
    {
      cause: 'eml.agiloft.retry-window',
      detail,
      evidence: { sentAt: new Date(h.date).toISOString(), retryUntil: new Date(until).toISOString(), pastWindow: past },
    },
  ];
}
