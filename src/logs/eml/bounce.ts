// Recognises bounces (RFC 3464 delivery reports and mail systems' bounce texts) and automatic replies (RFC 3834),
// and names their reason with the same identification `explain` uses.
import type { FindingInput } from '../../core/types.js';
import type { CauseId } from '../../knowledge/index.js';
import { identify } from '../../knowledge/identify/identify.js';
import { header, type EmlHeaders } from './headers.js';

/** One recipient block of a delivery report. */
export interface DsnRecipient {
  recipient: string;
  action: string;
  status: string;
  diagnostic: string;
}

/** What kind of automatic message an email is. */
export interface AutomaticMail {
  kind: 'bounce' | 'delay' | 'auto-reply';
  recipients: DsnRecipient[];
  /** The reason found in the report, or undefined when it gives none. */
  reason?: CauseId;
  reasonText: string;
  /** Subject and id of the message that bounced, when the report returns its headers. */
  returned?: { subject: string; messageId: string };
}

/** RFC 3464 per-recipient fields with their folded continuation lines. */
function dsnRecipients(text: string): DsnRecipient[] {
  const unfolded = text.replace(/\r?\n[ \t]+/g, ' ');
  const blocks = unfolded.split(/\r?\n\s*\r?\n/).filter((b) => /^Final-Recipient:/im.test(b));
  return blocks.map((b) => {
    const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(b)?.[1]?.trim() ?? '';
    return {
      recipient: field('Final-Recipient').replace(/^rfc822;\s*/i, ''),
      action: field('Action').toLowerCase(),
      status: field('Status'),
      diagnostic: field('Diagnostic-Code').replace(/^smtp;\s*/i, ''),
    };
  });
}

const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster|mail delivery (?:system|subsystem))\b|\bmailer-daemon@|\bpostmaster@/i;

/** The first precise cause identify finds in a text (not the "a bounce" preamble itself). */
function reasonIn(text: string): CauseId | undefined {
  return identify(text).find((i) => i.cause !== 'mail.bounce' && i.kind !== 'audit')?.cause;
}

/** The automatic message an email is, or undefined for an ordinary email. */
export function automaticMail(h: EmlHeaders): AutomaticMail | undefined {
  const contentType = header(h, 'content-type');
  const recipients = dsnRecipients(h.text);
  const from = header(h, 'from');
  const report = /multipart\/report/i.test(contentType) && /report-type\s*=\s*"?delivery-status/i.test(contentType);
  const returned = h.returnedHeaders
    ? {
        subject: /^Subject:\s*(.*)$/im.exec(h.returnedHeaders)?.[1]?.trim() ?? '',
        messageId: /^Message-ID:\s*<?([^>\s]+)>?/im.exec(h.returnedHeaders)?.[1] ?? '',
      }
    : undefined;
  const bounceText = reasonIn(`${h.subject}\n${h.text.slice(0, 4000)}`);
  const looksBounce =
    report ||
    recipients.length > 0 ||
    (BOUNCE_SENDER.test(from) && identify(h.subject).some((i) => i.cause === 'mail.bounce' || i.cause === 'smtp.delivery-delayed'));
  if (looksBounce) {
    const delayed = recipients.length > 0 ? recipients.every((r) => r.action === 'delayed') : /\bdelay/i.test(h.subject);
    const diag = recipients.map((r) => `${r.diagnostic} Status: ${r.status}`).join('\n');
    const reason = (diag.trim() ? reasonIn(diag) : undefined) ?? bounceText;
    return {
      kind: delayed ? 'delay' : 'bounce',
      recipients,
      ...(reason ? { reason } : {}),
      reasonText: recipients
        .map((r) => r.diagnostic || r.status)
        .filter(Boolean)
        .join('; '),
      ...(returned ? { returned } : {}),
    };
  }
  const auto = header(h, 'auto-submitted').toLowerCase();
  const replyText = identify(`${h.subject}\n${h.text.slice(0, 2000)}`).some((i) => i.cause === 'mail.auto-reply');
  if (auto === 'auto-replied' || h.raw.has('x-autoreply') || replyText)
    return { kind: 'auto-reply', recipients: [], reason: 'mail.auto-reply', reasonText: h.subject };
  return undefined;
}

/** The findings of an automatic message: what it is, its reason, and whether the helpdesk ignores it. */
export function automaticMailFindings(a: AutomaticMail, ignoredBy: readonly string[]): FindingInput[] {
  const ignored = ignoredBy.length > 0;
  const handling = ignored ? `the helpdesk will ignore it (${ignoredBy[0]})` : 'nothing marks it as automatic, so the helpdesk will open a ticket from it';
  if (a.kind === 'auto-reply') {
    return [
      {
        cause: 'eml.auto-reply',
        severity: ignored ? 'info' : 'warn',
        detail: `an automatic reply: ${handling}`,
        evidence: { handling: ignored ? 'ignored' : 'opens a ticket', subject: a.reasonText },
      },
    ];
  }
  const who =
    a.recipients
      .map((r) => r.recipient)
      .filter(Boolean)
      .join(', ') || 'a recipient';
  const about = a.returned?.subject ? ` of "${a.returned.subject}"` : '';
  const what = a.kind === 'delay' ? 'a delay notice' : 'a bounce';
  const out: FindingInput[] = [
    {
      cause: 'eml.bounce',
      severity: ignored ? 'info' : 'warn',
      detail: `${what}${about} for ${who}${a.reasonText ? `: ${a.reasonText}` : ''}; ${handling}`,
      evidence: {
        kind: a.kind,
        handling: ignored ? 'ignored' : 'opens a ticket',
        recipients: a.recipients.map((r) => ({ ...r })),
        ...(a.returned ? { returnedSubject: a.returned.subject, returnedMessageId: a.returned.messageId } : {}),
        ...(a.reason ? { reason: a.reason } : {}),
      },
    },
  ];
  const reason: CauseId | undefined = a.kind === 'delay' ? 'smtp.delivery-delayed' : a.reason;
  if (reason)
    out.push({
      cause: reason,
      severity: 'warn',
      detail: `the reason ${what} gives${a.reasonText ? `: ${a.reasonText}` : ''}`,
      evidence: { recipients: a.recipients.map((r) => r.recipient), ...(a.kind === 'delay' && a.reason ? { delayedBecause: a.reason } : {}) },
    });
  return out;
}
