// The top-level keys of a `maildoctor run` config: the step timeout, the list of checks by type, and the mailboxes.
import type { OptionSchema } from '../core/options.js';
import { MAIL_CONFIG_FIELDS } from './mail-config.js';

/** Top-level keys of a run config. */
export const RUN_CONFIG_FIELDS: OptionSchema = {
  timeout: { type: 'number', integer: true, min: 100, max: 600_000, description: 'per-step network timeout in ms' },
  checks: { type: 'list', description: 'extra checks to run, each with a type' },
  ...MAIL_CONFIG_FIELDS,
};
