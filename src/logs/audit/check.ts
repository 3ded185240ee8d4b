// The `audit` check: reads one Email Audit export and reports what needs action and where emails stopped.
import { basename, resolve } from 'node:path';
import type { CheckKind } from '../../checks/types.js';
import type { Check, CheckOutcome } from '../../core/types.js';
import { analyzeRows } from './analyze.js';
import { readExportFile } from './decode.js';
import { auditEvidence, auditSummary } from './describe.js';
import { auditFindings } from './findings.js';
import { auditFilters, type AuditOptionValues } from './options.js';
import { readExport, type ParsedExport } from './read-export.js';
import type { DateOrder } from './time-format.js';

/** Reading and classifying a million rows takes seconds; the budget is a file's, not a network step's. */
const AUDIT_TIMEOUT_MS = 300_000;

/** Reads and parses an export up front, so a missing, binary or malformed file is an InputError (exit 2). */
export async function loadAuditExport(path: string, dateOrder?: DateOrder): Promise<{ encoding: string; parsed: ParsedExport }> {
  const decoded = await readExportFile(path, AbortSignal.timeout(AUDIT_TIMEOUT_MS));
  return { encoding: decoded.encoding, parsed: readExport(decoded.text, `audit export ${path}`, dateOrder) };
}

/** The check for one export file; the filters are validated before anything is read. */
export async function auditCheck(path: string, options: AuditOptionValues = {}, now = Date.now()): Promise<Check> {
  const { filters, dateOrder } = auditFilters(options, now);
  const { encoding, parsed } = await loadAuditExport(path, dateOrder);
  return {
    id: 'audit',
    title: 'Email Audit export',
    target: basename(path),
    key: `audit ${path}`,
    timeoutMs: AUDIT_TIMEOUT_MS,
    async run(ctx): Promise<CheckOutcome> {
      const analysis = analyzeRows(parsed.rows, filters, ctx.signal);
      const of = { parsed, analysis };
      return { summary: auditSummary(of), findings: auditFindings(of), evidence: auditEvidence(of, filters, encoding) };
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
