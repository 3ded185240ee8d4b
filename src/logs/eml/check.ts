// The `eml` check: one email's predicted handling, with the header facts behind it.
import { resolve } from 'node:path';
import type { CheckKind } from '../../checks/types.js';
import { UsageError } from '../../core/errors.js';
import type { Check, CheckOutcome } from '../../core/types.js';
import { loadAuditExport } from '../audit/check.js';
import { emlFiles, loadEml, markDuplicates, type LoadedEml } from './load.js';
import { autoReplySignals } from './auto-reply.js';
import { predict, type PredictOptions } from './predict.js';
import { DEFAULT_PREFIXES } from './record-id.js';

/** Options as the command line or a config entry gives them. */
export interface EmlOptionValues {
  mailbox?: string[];
  prefix?: string;
  maxAttachmentMb?: number | string;
  recordHeader?: string[];
  audit?: string;
  /** "Max Email Body Size" in KB. */
  maxBodyKb?: number | string;
  /** Known contact addresses, or a file with one per line. */
  contacts?: string[];
  unknownSender?: string;
  /** The time the retry window is judged at (tests pin it; the command uses the clock). */
  now?: number;
}

/** The guide's example limit: 25 MB. */
export const DEFAULT_MAX_ATTACHMENT_MB = 25;

const UNKNOWN_SENDER = ['ignore', 'reject', 'guest'] as const;

function senderOptions(o: EmlOptionValues): Pick<PredictOptions, 'maxBodyBytes' | 'contacts' | 'unknownSender'> {
  const kb = o.maxBodyKb === undefined ? undefined : Number(o.maxBodyKb);
  if (kb !== undefined && (!Number.isFinite(kb) || kb <= 0)) throw new UsageError(`--max-body-kb "${String(o.maxBodyKb)}": give a size in KB above 0`);
  const unknown = o.unknownSender?.toLowerCase();
  if (unknown !== undefined && !(UNKNOWN_SENDER as readonly string[]).includes(unknown)) throw new UsageError(`--unknown-sender "${o.unknownSender}": give ignore, reject or guest`);
  const contacts = o.contacts?.flatMap((c) => c.split(',')).map((c) => c.trim().toLowerCase()).filter(Boolean);
  return { ...(kb !== undefined ? { maxBodyBytes: Math.round(kb * 1024) } : {}), ...(contacts ? { contacts } : {}), ...(unknown ? { unknownSender: unknown as PredictOptions['unknownSender'] } : {}) };
}

function predictOptions(o: EmlOptionValues): PredictOptions {
  const mb = o.maxAttachmentMb === undefined ? DEFAULT_MAX_ATTACHMENT_MB : Number(o.maxAttachmentMb);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-attachment-mb "${String(o.maxAttachmentMb)}": give a size in MB above 0`);
  const prefixes = o.prefix ? o.prefix.split(',').map((p) => p.trim().replace(/-$/, '')).filter(Boolean) : DEFAULT_PREFIXES;
  return { mailboxes: (o.mailbox ?? []).flatMap((m) => m.split(',')).map((m) => m.trim()).filter(Boolean), prefixes, maxAttachmentBytes: Math.round(mb * 1048576), recordHeaders: o.recordHeader ?? [], ...senderOptions(o), now: o.now ?? Date.now() };
}

/** Message-IDs of an audit export's Message-ID column, with the line each was seen on. */
async function auditIds(path: string): Promise<Map<string, string>> {
  const { parsed } = await loadAuditExport(path);
  if (!parsed.columns.messageId) {
    throw new UsageError(`--audit ${path}: the export has no Message-ID column (columns: ${Object.values(parsed.columns).join(', ')}), so it cannot show which emails were seen before`);
  }
  const ids = new Map<string, string>();
  for (const row of parsed.rows) {
    const id = row.messageId.replace(/^<|>$/g, '').trim().toLowerCase();
    if (id && !ids.has(id)) ids.set(id, `audit export line ${row.line}`);
  }
  return ids;
}

function emlCheck(e: LoadedEml, options: PredictOptions): Check {
  return {
    id: 'eml',
    title: 'Email headers',
    target: e.name,
    key: `eml ${e.path}`,
    async run(): Promise<CheckOutcome> {
      if (e.problem === 'binary') return { summary: 'not an email: binary data', findings: [{ cause: 'eml.not-an-email', detail: `${e.name} is binary data` }] };
      if (e.problem === 'no-headers' || !e.headers) return { summary: 'not an email: no header fields', findings: [{ cause: 'eml.no-headers', detail: `${e.name} has no From, To, Subject, Date, Message-ID or Received header` }] };
      const { automaticMail, automaticMailFindings } = await import('./bounce.js');
      const automatic = automaticMail(e.headers);
      const p = predict(e.headers, { ...options, ...(e.seenBefore ? { seenBefore: e.seenBefore } : {}), ...(automatic ? { automatic: automaticMailFindings(automatic, autoReplySignals(e.headers)) } : {}) });
      return { summary: p.summary, findings: p.findings, evidence: p.evidence };
    },
  };
}

/** Reads the files (one .eml or a folder) and builds one check per email. */
export async function emlChecks(paths: string[], o: EmlOptionValues = {}): Promise<Check[]> {
  const options = predictOptions(o);
  const files = (await Promise.all(paths.map(emlFiles))).flat();
  const lone = files.length === 1;
  const emails: LoadedEml[] = [];
  for (const f of files) emails.push(await loadEml(f, lone));
  markDuplicates(emails, o.audit ? await auditIds(o.audit) : undefined);
  return emails.map((e) => emlCheck(e, options));
}

/** `type: eml` in a config: files or folders of saved emails and the same options as the command line. */
export const EML_KIND: CheckKind = {
  type: 'eml',
  summary: 'Predict how the helpdesk will handle saved emails (.eml), from their headers',
  fields: {
    files: { type: 'string[]', required: true, nonEmpty: true, description: '.eml files or folders of them' },
    mailbox: { type: 'string[]', description: 'the support mailbox addresses' },
    prefix: { type: 'string', description: 'request-id prefixes, comma-separated (default INC,SR)' },
    maxAttachmentMb: { type: 'number', min: 0, description: 'attachment size limit in MB (default 25)' },
    recordHeader: { type: 'string[]', description: 'header names that carry an encrypted record id' },
    audit: { type: 'string', description: 'an Email Audit export whose Message-ID column marks duplicates' },
    maxBodyKb: { type: 'number', min: 0, description: 'the Max Email Body Size global variable, in KB' },
    contacts: { type: 'string[]', description: 'known contact addresses (inbound rules 2 and 3)' },
    unknownSender: { type: 'string', description: 'what the inbound account does with unknown senders: ignore, reject or guest' },
  },
  async fromConfig(entry, ctx) {
    const e = entry as unknown as EmlOptionValues & { files: string[] };
    return emlChecks(e.files.map((f) => resolve(ctx.baseDir, f)), { ...e, ...(e.audit ? { audit: resolve(ctx.baseDir, e.audit) } : {}) });
  },
};
