// What `maildoctor eml` does: one check per saved email found in the files and folders given.
import { resolve } from 'node:path';
import { emlChecks, type EmlOptionValues } from '../logs/eml/check.js';
import type { PlanFn } from './lazy.js';

/** Builds the eml checks. */
export const plan: PlanFn = async (args, opts, ctx) => {
  const o: EmlOptionValues = {
    ...(Array.isArray(opts.mailbox) ? { mailbox: opts.mailbox as string[] } : {}),
    ...(typeof opts.prefix === 'string' ? { prefix: opts.prefix } : {}),
    ...(typeof opts.maxAttachmentMb === 'string' ? { maxAttachmentMb: opts.maxAttachmentMb } : {}),
    ...(Array.isArray(opts.recordHeader) ? { recordHeader: opts.recordHeader as string[] } : {}),
    ...(typeof opts.audit === 'string' ? { audit: resolve(ctx.io.cwd, opts.audit) } : {}),
    ...(typeof opts.maxBodyKb === 'string' ? { maxBodyKb: opts.maxBodyKb } : {}),
    ...(Array.isArray(opts.contact) ? { contacts: opts.contact as string[] } : {}),
    ...(typeof opts.unknownSender === 'string' ? { unknownSender: opts.unknownSender } : {}),
  };
  return { checks: await emlChecks(args.map((a) => resolve(ctx.io.cwd, a)), o) };
};
