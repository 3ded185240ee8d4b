// What `maildoctor audit` does: one audit check per export.
import { resolve } from 'node:path';
import { auditCheck } from '../logs/audit/check.js';
import type { AuditOptionValues } from '../logs/audit/options.js';
import type { PlanFn } from './lazy.js';

/** Builds the audit checks. */
export const plan: PlanFn = async (args, opts, ctx) => {
  const options: AuditOptionValues = {};
  for (const k of ['since', 'until', 'server', 'status', 'dateOrder'] as const) if (typeof opts[k] === 'string') options[k] = opts[k];
  const now = Date.now();
  const checks = [];
  for (const path of args) checks.push(await auditCheck(resolve(ctx.io.cwd, path), options, now));
  return { checks };
};
