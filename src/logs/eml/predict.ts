// Predicts what the helpdesk will do with one email, in the order it decides: ignore, duplicate, CC/BCC, update or new.
import type { Evidence, FindingInput } from '../../core/types.js';
import { bodySizeFindings, retryWindowFindings, senderRuleFindings, type UnknownSenderAction } from './agiloft-rules.js';
import { autoReplySignals } from './auto-reply.js';
import { header, type EmlHeaders } from './headers.js';
import { receivedChain, SLOW_HOP_SEC } from './received.js';
import { findRecordLink } from './record-id.js';
import { senderSystem } from './sender-system.js';

/** What the predictions need besides the email itself. */
export interface PredictOptions {
  /** The support mailbox addresses (--mailbox); when empty, Delivered-To and X-Original-To stand in. */
  mailboxes: string[];
  prefixes: string[];
  maxAttachmentBytes: number;
  recordHeaders: string[];
  /** Where this Message-ID was seen before, when it was (another file, an audit export row). */
  seenBefore?: string;
  /** The "Max Email Body Size" to check the body against, in bytes. */
  maxBodyBytes?: number;
  /** Known contact addresses (lower case): rule 2 or rule 3 applies to a new record. */
  contacts?: string[];
  unknownSender?: UnknownSenderAction;
  /** Now, in milliseconds, for the outbound retry window. */
  now: number;
  /** The bounce or auto-reply findings (bounce.ts), worked out by the caller, which loads that module only when needed. */
  automatic?: FindingInput[];
}

/** The predicted handling, its findings and the facts behind them. */
export interface Prediction {
  handling: 'ignored' | 'duplicate' | 'needs-cc-bcc' | 'update' | 'new';
  summary: string;
  findings: FindingInput[];
  evidence: Evidence;
}

function addressing(h: EmlHeaders, mailboxes: string[]): { kind: 'to' | 'cc' | 'bcc' | 'unknown'; mailbox: string[] } {
  const boxes = mailboxes.length > 0 ? mailboxes : ['delivered-to', 'x-original-to', 'envelope-to'].flatMap((n) => h.raw.get(n) ?? []);
  const wanted = boxes
    .map((b) =>
      b
        .replace(/^.*<|>.*$/g, '')
        .trim()
        .toLowerCase(),
    )
    .filter(Boolean);
  if (wanted.length === 0) return { kind: h.to.length === 0 && h.cc.length === 0 ? 'bcc' : 'unknown', mailbox: [] };
  if (h.to.some((a) => wanted.includes(a))) return { kind: 'to', mailbox: wanted };
  if (h.cc.some((a) => wanted.includes(a))) return { kind: 'cc', mailbox: wanted };
  return { kind: 'bcc', mailbox: wanted };
}

/** Runs every prediction on one email. */
export function predict(h: EmlHeaders, o: PredictOptions): Prediction {
  const findings: FindingInput[] = [];
  const reasons: Array<Prediction['handling']> = [];
  const summaries: string[] = [];
  const auto = autoReplySignals(h);
  if (auto.length > 0) {
    reasons.push('ignored');
    summaries.push(`will be ignored as an automatic message (${auto[0]})`);
    findings.push({
      cause: 'eml.predict.ignored-auto-reply',
      detail: `marked automatic by ${auto.join('; ')}`,
      evidence: { signals: auto, auditMessage: 'Ignoring this Email — system acknowledgment mail' },
    });
  }
  findings.push(...(o.automatic ?? []));
  const refs = h.references;
  if (h.inReplyTo && refs.length === 1 && refs[0] === h.inReplyTo) {
    reasons.push('ignored');
    const own = h.messageId === h.inReplyTo ? ' (and both are its own Message-ID)' : '';
    summaries.push('will be ignored: References equals In-Reply-To (the documented loop rule, which a real first reply also meets)');
    findings.push({
      cause: 'eml.predict.ignored-self-reference',
      detail: `References and In-Reply-To are both <${h.inReplyTo}>${own}: the helpdesk drops it as a loop, though a mail client writes the same when it replies to a message that had no References`,
      evidence: { inReplyTo: h.inReplyTo, references: refs, auditMessage: 'Ignoring this Email — Reference and In-ReplyTo are same' },
    });
  }
  if (o.seenBefore) {
    reasons.push('duplicate');
    summaries.push(`will be ignored as a duplicate (Message-ID also in ${o.seenBefore})`);
    findings.push({
      cause: 'eml.predict.duplicate',
      detail: `Message-ID <${h.messageId}> also appears in ${o.seenBefore}`,
      evidence: { messageId: h.messageId, seenIn: o.seenBefore, auditMessage: 'Ignoring the email — this email was processed before' },
    });
  }
  const addr = addressing(h, o.mailboxes);
  const link = findRecordLink(h, o.prefixes, o.recordHeaders);
  const target = link.requestId ?? (link.encrypted ? `the record whose encrypted id is in the ${link.encrypted.where}` : undefined);
  // CC/BCC only matters for creating a ticket: a reply that names its record updates it, whoever it was addressed to.
  if ((addr.kind === 'cc' || addr.kind === 'bcc') && !target) {
    reasons.push('needs-cc-bcc');
    const how =
      addr.kind === 'cc' ? 'only in Cc' : addr.mailbox.length > 0 ? 'in neither To nor Cc (a Bcc copy)' : 'addressed with no To or Cc at all (Bcc only)';
    summaries.push(`needs ticket creation with CC/BCC: the mailbox is ${how}`);
    findings.push({
      cause: 'eml.predict.cc-bcc-only',
      detail: `${addr.mailbox.join(', ') || 'the mailbox'} is ${how}; To: ${h.to.join(', ') || '(none)'}; Cc: ${h.cc.join(', ') || '(none)'}`,
      evidence: {
        addressing: addr.kind,
        mailbox: addr.mailbox,
        to: h.to,
        cc: h.cc,
        auditMessage: 'Ignoring this Email — Ticket Creation with CC/BCC is disabled',
      },
    });
  }
  if (h.replyTo.length > 0) {
    const differs = !h.replyTo.every((a) => h.from.includes(a));
    findings.push({
      cause: 'eml.reply-to',
      detail: `Reply-To: ${h.replyTo.join(', ')}${differs ? ` (differs from From: ${h.from.join(', ') || '(none)'})` : ' (same as From)'}`,
      evidence: { replyTo: h.replyTo, from: h.from, differsFromFrom: differs },
    });
  }
  // An email that is ignored or a duplicate neither updates nor creates anything.
  const dropped = reasons.length > 0;
  if (!dropped && target) {
    reasons.push('update');
    summaries.push(`will update ${link.requestId ?? 'an existing record'}`);
    const copied =
      addr.kind === 'cc' || addr.kind === 'bcc' ? `; the mailbox is only in ${addr.kind === 'cc' ? 'Cc' : 'Bcc'}, which does not stop an update` : '';
    findings.push({
      cause: 'eml.predict.update-existing',
      detail: `${link.requestId ? `request id ${link.requestId} in the subject` : `encrypted record id in the ${link.encrypted!.where}: ${link.encrypted!.value}`}${copied}`,
      evidence: { ...(link.requestId ? { requestId: link.requestId } : {}), ...(link.encrypted ? { encryptedId: link.encrypted } : {}), addressing: addr.kind },
    });
  } else if (!dropped) {
    reasons.push('new');
    summaries.push('will create a new request');
    findings.push({
      cause: 'eml.predict.new-record',
      detail: `no request id (${o.prefixes.join('-, ')}-) or encrypted record id in "${h.subject}"`,
      evidence: { prefixes: o.prefixes },
    });
    findings.push(...senderRuleFindings(h, o.contacts, o.unknownSender));
  }
  if (!dropped && !link.requestId && link.otherPrefixes.length > 0) {
    findings.push({
      cause: 'eml.predict.other-prefix',
      detail: `subject holds ${link.otherPrefixes.join(', ')}, whose prefix is not among ${o.prefixes.join(', ')}`,
      evidence: { ids: link.otherPrefixes, prefixes: o.prefixes },
    });
  }
  findings.push(...attachmentFindings(h, o.maxAttachmentBytes), ...bodySizeFindings(h, o.maxBodyBytes), ...chainFindings(h));
  const system = senderSystem(h);
  findings.push(...retryWindowFindings(h, system, o.now));
  if (Object.keys(system).length > 0) {
    findings.push({
      cause: 'eml.sender-system',
      detail: Object.entries(system)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; '),
      evidence: { headers: system },
    });
  }
  const handling = reasons[0] ?? 'new';
  const slow = findings.filter((f) => f.cause === 'eml.received.slow-hop').length;
  const extra = [
    slow > 0 ? `${slow} slow hop${slow > 1 ? 's' : ''} on the way in` : '',
    findings.some((f) => f.cause === 'eml.attachment.too-large') ? 'attachments over the limit' : '',
  ].filter(Boolean);
  return {
    handling,
    summary: [summaries[0] ?? 'will create a new request', ...extra].join('; '),
    findings,
    evidence: {
      handling,
      subject: h.subject,
      from: h.from,
      to: h.to,
      cc: h.cc,
      ...(h.messageId ? { messageId: h.messageId } : {}),
      ...(h.date !== undefined ? { date: new Date(h.date).toISOString() } : {}),
      addressing: addr.kind,
      attachments: h.attachments.length,
    },
  };
}

function attachmentFindings(h: EmlHeaders, limit: number): FindingInput[] {
  const total = h.attachments.reduce((n, a) => n + a.size, 0);
  const big = h.attachments.filter((a) => a.size > limit);
  if (big.length === 0 && total <= limit) return [];
  const mb = (n: number) => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);
  const detail =
    big.length > 0
      ? `${big.map((a) => `${a.filename} ${mb(a.size)}`).join(', ')} over the ${mb(limit)} limit`
      : `attachments total ${mb(total)}, over the ${mb(limit)} limit`;
  return [{ cause: 'eml.attachment.too-large', detail, evidence: { limitBytes: limit, totalBytes: total, attachments: h.attachments } }];
}

function chainFindings(h: EmlHeaders): FindingInput[] {
  const hops = receivedChain(h.raw.get('received') ?? []);
  if (hops.length === 0) return [];
  const out: FindingInput[] = [];
  for (const hop of hops) {
    if (hop.delaySec !== undefined && hop.delaySec > SLOW_HOP_SEC) {
      out.push({
        cause: 'eml.received.slow-hop',
        detail: `${Math.round(hop.delaySec / 60)} min from ${hop.from || '?'} to ${hop.by || '?'} (at ${hop.at})`,
        evidence: { ...hop },
      });
    }
  }
  const total = hops.reduce((n, x) => n + Math.max(0, x.delaySec ?? 0), 0);
  out.push({
    cause: 'eml.received.chain',
    detail: `${hops.length} hop(s), ${total} s in transit: ${hops.map((x) => `${x.by || '?'}${x.delaySec !== undefined ? ` +${x.delaySec}s` : ''}`).join(' -> ')}`,
    evidence: { hops, transitSec: total, returnPath: header(h, 'return-path') },
  });
  return out;
}
