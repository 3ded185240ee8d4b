// The `audit` check: reads one Email Audit export and reports what needs action and where emails stopped.
import { basename } from 'node:path';
import { fileKey } from '../../core/keys.js';
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
    key: fileKey('audit', path),
    timeoutMs: AUDIT_TIMEOUT_MS,
    async run(ctx): Promise<CheckOutcome> {
      const analysis = analyzeRows(parsed.rows, filters, ctx.signal);
      const of = { parsed, analysis };
      return { summary: auditSummary(of), findings: auditFindings(of), evidence: auditEvidence(of, filters, encoding) };
    },
  };
}
