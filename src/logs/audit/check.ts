// The `audit` check: reads one Email Audit export and reports what needs action and where emails stopped.
import { basename, resolve } from 'node:path';
import type { CheckKind } from '../../checks/types.js';
import type { Check, CheckOutcome } from '../../core/types.js';
import { analyzeExport } from './analyze-export.js';
import { fileSource } from './decode.js';
import { auditEvidence, auditSummary } from './describe.js';
import { auditFindings } from './findings.js';
import { auditFilters, type AuditOptionValues } from './options.js';

/** Reading and classifying a million rows takes seconds; the budget is a file's, not a network step's. */
const AUDIT_TIMEOUT_MS = 300_000;

/**
 * The check for one export file. The export is read and analysed up front (streaming, in constant memory), so that a
 * missing, binary or malformed file is an InputError (exit 2) rather than a failed check.
 */
export async function auditCheck(path: string, options: AuditOptionValues = {}, now = Date.now()): Promise<Check> {
  const { filters, dateOrder } = auditFilters(options, now);
  const of = await analyzeExport(fileSource(path), filters, dateOrder, AbortSignal.timeout(AUDIT_TIMEOUT_MS));
  return {
    id: 'audit',
    title: 'Email Audit export',
    target: basename(path),
    key: `audit ${path}`,
    timeoutMs: AUDIT_TIMEOUT_MS,
    async run(): Promise<CheckOutcome> {
      return { summary: auditSummary(of), findings: auditFindings(of), evidence: auditEvidence(of, filters) };
    },
  };
}

/** `type: audit` in a config: one export file and the same filters as the command line. */
export const AUDIT_KIND: CheckKind = {
  type: 'audit',
  summary: 'Read an Email Audit export: causes, stuck emails, SEND_FAILED spikes',
  fields: {
    file: { type: 'string', required: true, description: 'path of the exported Email Audit (CSV, TSV or JSON)' },
    since: { type: 'string', description: 'only entries from this time on (2h, 7d or a date)' },
    until: { type: 'string', description: 'only entries up to this time' },
    server: { type: 'string', description: 'only entries of this email server' },
    status: { type: 'string', description: 'only these statuses (comma-separated)' },
    dateOrder: { type: 'string', enum: ['dmy', 'mdy'], description: 'day order of numeric dates when the column cannot tell' },
  },
  async fromConfig(entry, ctx) {
    const e = entry as Record<string, string | undefined>;
    const options: AuditOptionValues = {};
    for (const k of ['since', 'until', 'server', 'status', 'dateOrder'] as const) if (e[k] !== undefined) options[k] = e[k];
    return [await auditCheck(resolve(ctx.baseDir, e.file!), options)];
  },
};
