// Picks the email polling trigger(s) out of qrtz_triggers by job, trigger, group, description or job class.
import { UsageError } from '../core/errors.js';
import type { QuartzData, TriggerRow } from './types.js';

/** Names of incoming-mail jobs: email/mailbox/IMAP/POP next to fetch/poll/read/receive/sync, in either order. */
export const DEFAULT_JOB_PATTERN =
  /(?:e-?mail|mailbox|imap|pop3?)[\w.\s-]*?(?:fetch|poll|read|receiv|incoming|sync|reader)|(?:fetch|poll|read|receiv|incoming)[\w.\s-]*?(?:e-?mail|mailbox|imap|pop3?)/i;

/** Fallback when no trigger matches the default: anything about email at all. */
const ANY_MAIL = /e-?mail|mailbox/i;

/** A compiled --job value: a case-insensitive regular expression. */
export function jobPattern(text: string | undefined): RegExp | undefined {
  if (text === undefined) return undefined;
  try {
    return new RegExp(text, 'i');
  } catch {
    throw new UsageError(`--job: "${text}" is not a valid regular expression`);
  }
}

/** All the names a trigger is known by, for matching and for the evidence list. */
export function triggerNames(t: TriggerRow, data: QuartzData): string[] {
  const job = data.jobDetails?.find((j) => j.jobName === t.jobName && j.jobGroup === t.jobGroup);
  return [t.triggerName, t.triggerGroup, t.jobName, t.jobGroup, t.description ?? '', job?.jobClassName ?? ''].filter(Boolean);
}

/** The triggers that poll email: those matching --job, or the default pattern, or failing that anything mentioning email. */
export function selectEmailTriggers(data: QuartzData, pattern?: RegExp): { selected: TriggerRow[]; pattern: string } {
  const test = (re: RegExp) => data.triggers.filter((t) => triggerNames(t, data).some((n) => re.test(n)));
  if (pattern) return { selected: test(pattern), pattern: pattern.source };
  const preferred = test(DEFAULT_JOB_PATTERN);
  if (preferred.length > 0) return { selected: preferred, pattern: DEFAULT_JOB_PATTERN.source };
  return { selected: test(ANY_MAIL), pattern: ANY_MAIL.source };
}
