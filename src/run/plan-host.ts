// The host-side parts of a config as checks: the Quartz tables, the helpdesk logs and thread dumps.
import { checkKind } from '../checks/index.js';
import { buildEntry } from '../config/build-entry.js';
import type { MailConfig } from '../config/mail-config.js';
import { InputError, UsageError } from '../core/errors.js';
import type { BuildContext } from '../core/kind.js';
import type { Check, FindingInput } from '../core/types.js';
import { orSecretMissing } from './secret-missing.js';

/** Config entries for database, logs and threaddumps, in the kinds' own keys. */
export function hostEntries(config: MailConfig): Array<Record<string, unknown>> {
  const entries: Array<Record<string, unknown>> = [];
  const db = config.database;
  if (db) {
    entries.push({
      type: 'quartz',
      db: db.url,
      ...(db.schema ? { schema: db.schema } : {}),
      ...(db.passwordEnv ? { passwordEnv: db.passwordEnv } : {}),
      ...(db.passwordFile ? { passwordFile: db.passwordFile } : {}),
    });
  }
  const logs = config.logs;
  if (logs)
    entries.push({
      type: 'logs',
      ...(logs.paths ? { paths: logs.paths } : {}),
      ...(logs.tenant ? { tenant: logs.tenant } : {}),
      ...(logs.since ? { since: logs.since } : {}),
    });
  if (config.threaddumps && config.threaddumps.length > 0) entries.push({ type: 'threaddump', files: config.threaddumps });
  return entries;
}

/** A host check whose input is not on this machine (no log folder, no dump): a warning, not a failed run. */
function unavailable(type: string, where: string, message: string): Check {
  return {
    id: type,
    title: `${type} (not available here)`,
    target: where,
    async run() {
      return { summary: message, findings: [{ cause: 'verdict.not-checked', severity: 'warn', detail: message, evidence: { check: type } }] };
    },
  };
}

/** Builds checks from entries through the registry; a kind this installation lacks becomes a note. */
export async function buildEntries(
  entries: Array<Record<string, unknown>>,
  ctx: BuildContext,
  where: string,
): Promise<{ checks: Check[]; notes: FindingInput[] }> {
  const checks: Check[] = [];
  const notes: FindingInput[] = [];
  for (const entry of entries) {
    const kind = checkKind(String(entry.type));
    if (!kind) {
      notes.push({
        cause: 'verdict.not-checked',
        detail: `the ${String(entry.type)} check is not available in this installation`,
        evidence: { check: entry.type },
      });
      continue;
    }
    try {
      checks.push(...(await orSecretMissing(() => buildEntry(entry, ctx, { file: where, locate: () => undefined, path: [] }), kind.id, where)));
    } catch (err) {
      if (!(err instanceof UsageError || err instanceof InputError)) throw err;
      checks.push(unavailable(String(entry.type), where, err.message));
    }
  }
  return { checks, notes };
}
