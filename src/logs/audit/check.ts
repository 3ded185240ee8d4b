// The `audit` check: reads one Email Audit export and reports what needs action and where emails stopped.
import { basename } from 'node:path';
import { fileKey } from '../../core/keys.js';
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
  const started = performance.now();
  const of = await analyzeExport(fileSource(path), filters, dateOrder, AbortSignal.timeout(AUDIT_TIMEOUT_MS));
  return {
    preparedMs: Math.round(performance.now() - started),
    id: 'audit',
    title: 'Email Audit export',
    target: basename(path),
    key: fileKey('audit', path),
    timeoutMs: AUDIT_TIMEOUT_MS,
    async run(): Promise<CheckOutcome> {
      return { summary: auditSummary(of), findings: auditFindings(of), evidence: auditEvidence(of, filters) };
    },
  };
}
