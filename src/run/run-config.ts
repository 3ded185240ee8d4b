// Validates a `maildoctor run` config and turns it into checks: raw check entries plus mailbox chains.
import { dirname, resolve } from 'node:path';
import { buildEntry } from '../config/build-entry.js';
import { UsageError } from '../core/errors.js';
import { configContext, type BuildContext } from '../core/kind.js';
import type { Check, FindingInput } from '../core/types.js';
import type { ServerChain } from './chains.js';
import { buildEntries, hostEntries } from './plan-host.js';
import { planServers } from './plan-servers.js';
import { reviewChecks } from './review-checks.js';
import { orSecretMissing } from './secret-missing.js';
import { validateFields } from '../config/fields.js';
import type { LoadedConfig } from '../config/load.js';
import type { MailConfig } from '../config/mail-config.js';
import { RUN_CONFIG_FIELDS } from '../config/run-fields.js';
import { validateMailReferences } from '../config/mail-references.js';
import { mailPreset, presetNames } from '../checks/mail/presets.js';

/** A validated config: the checks it asks for, the server chains, and its own settings. */
export interface RunConfig {
  timeoutMs?: number;
  checks: Check[];
  chains: ServerChain[];
  notes: FindingInput[];
  mail: MailConfig;
  /** How the config's checks were built (base directory for relative paths). */
  context: BuildContext;
}

/** Validates the whole document and builds every check, naming file, line and key on any mistake. */
export async function buildRunConfig(config: LoadedConfig, base: BuildContext): Promise<RunConfig> {
  const where = { file: config.file, locate: config.locate };
  const top = validateFields(config.data, RUN_CONFIG_FIELDS, [], where);
  if (typeof top.preset === 'string' && !mailPreset(top.preset)) {
    throw new UsageError(`${config.file}:${config.locate(['preset']) ?? 1}: preset: "${top.preset}" is not one of ${presetNames().join(', ')}`);
  }
  const mail: MailConfig = {
    ...(typeof top.preset === 'string' ? { preset: top.preset } : {}),
    incoming: (top.incoming as MailConfig['incoming'] | undefined) ?? [],
    outgoing: (top.outgoing as MailConfig['outgoing'] | undefined) ?? [],
    oauth: (top.oauth as MailConfig['oauth'] | undefined) ?? [],
    ...(top.database ? { database: top.database as MailConfig['database'] & object } : {}),
    ...(top.logs ? { logs: top.logs as MailConfig['logs'] & object } : {}),
    ...(top.threaddumps ? { threaddumps: top.threaddumps as string[] } : {}),
  };
  validateMailReferences(mail, where);
  const hasSomething =
    Array.isArray(top.checks) || mail.incoming.length + mail.outgoing.length + mail.oauth.length > 0 || mail.database || mail.logs || mail.threaddumps;
  if (!hasSomething) throw new UsageError(`${config.file}: nothing to check: add incoming/outgoing servers or a checks list`);
  const ctx = { ...configContext(base, dirname(resolve(config.file))), ...(typeof top.timeout === 'number' ? { timeoutMs: top.timeout } : {}) };
  const servers = await planServers(mail, ctx, config.file);
  const host = await buildEntries(hostEntries(mail), ctx, config.file);
  const extra: Check[] = [];
  for (const [i, entry] of (Array.isArray(top.checks) ? top.checks : []).entries()) {
    const type = entry && typeof entry === 'object' ? String((entry as Record<string, unknown>).type) : 'check';
    extra.push(...(await orSecretMissing(() => buildEntry(entry, ctx, { ...where, path: ['checks', i] }), type, `${config.file} checks[${i}]`)));
  }
  return {
    ...(typeof top.timeout === 'number' ? { timeoutMs: top.timeout } : {}),
    checks: [...reviewChecks(mail, config.file), ...servers.checks, ...host.checks, ...extra],
    chains: servers.chains,
    notes: [...servers.notes, ...host.notes],
    mail,
    context: ctx,
  };
}
