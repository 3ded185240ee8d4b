// The `eml` check: one email's predicted handling, with the header facts behind it.
import { UsageError } from '../../core/errors.js';
import { fileKey } from '../../core/keys.js';
import type { Check, CheckOutcome } from '../../core/types.js';
import { fileSource } from '../audit/decode.js';
import { readExportRows } from '../audit/read-export.js';
import { emlFiles, loadEml, markDuplicates, type LoadedEml } from './load.js';
import { autoReplySignals } from './auto-reply.js';
import { predict, type PredictOptions } from './predict.js';
import { DEFAULT_MAX_ATTACHMENT_MB, UNKNOWN_SENDER_ACTIONS } from './kind.js';
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
  /** Known contact addresses (each item may hold several, comma-separated). */
  contacts?: string[];
  unknownSender?: string;
  /** The time the retry window is judged at (tests pin it; the command uses the clock). */
  now?: number;
}

function senderOptions(o: EmlOptionValues): Pick<PredictOptions, 'maxBodyBytes' | 'contacts' | 'unknownSender'> {
  const kb = o.maxBodyKb === undefined ? undefined : Number(o.maxBodyKb);
  if (kb !== undefined && (!Number.isFinite(kb) || kb <= 0)) throw new UsageError(`--max-body-kb "${String(o.maxBodyKb)}": give a size in KB above 0`);
  const unknown = o.unknownSender?.toLowerCase();
  if (unknown !== undefined && !(UNKNOWN_SENDER_ACTIONS as readonly string[]).includes(unknown))
    throw new UsageError(`--unknown-sender "${o.unknownSender}": give ignore, reject or guest`);
  const contacts = o.contacts
    ?.flatMap((c) => c.split(','))
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  return {
    ...(kb !== undefined ? { maxBodyBytes: Math.round(kb * 1024) } : {}),
    ...(contacts ? { contacts } : {}),
    ...(unknown ? { unknownSender: unknown as PredictOptions['unknownSender'] } : {}),
  };
}

function predictOptions(o: EmlOptionValues): PredictOptions {
  const mb = o.maxAttachmentMb === undefined ? DEFAULT_MAX_ATTACHMENT_MB : Number(o.maxAttachmentMb);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-attachment-mb "${String(o.maxAttachmentMb)}": give a size in MB above 0`);
  const prefixes = o.prefix
    ? o.prefix
        .split(',')
        .map((p) => p.trim().replace(/-$/, ''))
        .filter(Boolean)
    : DEFAULT_PREFIXES;
  return {
    mailboxes: (o.mailbox ?? [])
      .flatMap((m) => m.split(','))
      .map((m) => m.trim())
      .filter(Boolean),
    prefixes,
    maxAttachmentBytes: Math.round(mb * 1048576),
    recordHeaders: o.recordHeader ?? [],
    ...senderOptions(o),
    now: o.now ?? Date.now(),
  };
}

/** Message-IDs of an audit export's Message-ID column, with the line each was seen on. */
async function auditIds(path: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const info = await readExportRows(fileSource(path), (row) => {
    const id = row.messageId.replace(/^<|>$/g, '').trim().toLowerCase();
    if (id && !ids.has(id)) ids.set(id, `audit export line ${row.line}`);
  });
  if (!info.columns.messageId) {
    throw new UsageError(
      `--audit ${path}: the export has no Message-ID column (columns: ${Object.values(info.columns).join(', ')}), so it cannot show which emails were seen before`,
    );
  }
  return ids;
}

function emlCheck(e: LoadedEml, options: PredictOptions, preparedMs: number): Check {
  return {
    preparedMs,
    id: 'eml',
    title: 'Email headers',
    target: e.name,
    key: fileKey('eml', e.path),
    async run(): Promise<CheckOutcome> {
      if (e.problem === 'binary')
        return { summary: 'not an email: binary data', findings: [{ cause: 'eml.not-an-email', detail: `${e.name} is binary data` }] };
      if (e.problem === 'no-headers' || !e.headers)
        return {
          summary: 'not an email: no header fields',
          findings: [{ cause: 'eml.no-headers', detail: `${e.name} has no From, To, Subject, Date, Message-ID or Received header` }],
        };
      const { automaticMail, automaticMailFindings } = await import('./bounce.js');
      const automatic = automaticMail(e.headers);
      const p = predict(e.headers, {
        ...options,
        ...(e.seenBefore ? { seenBefore: e.seenBefore } : {}),
        ...(automatic ? { automatic: automaticMailFindings(automatic, autoReplySignals(e.headers)) } : {}),
      });
      return { summary: p.summary, findings: p.findings, evidence: p.evidence };
    },
  };
}

/**
 * Reads the files (one .eml or a folder) and builds one check per email. Each check's duration counts the read of its
 * email and the read of the --audit export, which every email's "seen before" verdict needed.
 */
export async function emlChecks(paths: string[], o: EmlOptionValues = {}): Promise<Check[]> {
  const options = predictOptions(o);
  const files = (await Promise.all(paths.map(emlFiles))).flat();
  const lone = files.length === 1;
  const emails: LoadedEml[] = [];
  const loadMs: number[] = [];
  for (const f of files) {
    const started = performance.now();
    emails.push(await loadEml(f, lone));
    loadMs.push(performance.now() - started);
  }
  const auditStarted = performance.now();
  markDuplicates(emails, o.audit ? await auditIds(o.audit) : undefined);
  const auditMs = o.audit ? performance.now() - auditStarted : 0;
  return emails.map((e, i) => emlCheck(e, options, Math.round((loadMs[i] ?? 0) + auditMs)));
}
