// `maildoctor eml FILE|FOLDER...` and `type: eml`: how the helpdesk will handle each saved email, from its headers.
import { resolve } from 'node:path';
import { defineKind } from '../../core/kind.js';
import { DEFAULT_PREFIXES } from './record-id.js';

const load = () => import('./check.js');

/** The guide's example limit: 25 MB. */
export const DEFAULT_MAX_ATTACHMENT_MB = 25;

/** What an inbound account may do with an email from an unknown sender (Agiloft's inbound rule 3). */
export const UNKNOWN_SENDER_ACTIONS = ['ignore', 'reject', 'guest'] as const;

/** The eml check kind. */
export const EML_KIND = defineKind({
  id: 'eml',
  summary: 'Read a saved email (.eml, or a folder of them) and predict how the helpdesk will handle it, and why',
  examples: [
    'maildoctor eml message.eml',
    'maildoctor eml ./saved-emails --mailbox support@company.com --prefix INC,SR,REQ',
    'maildoctor eml ./saved-emails --audit email-audit.csv --max-attachment-mb 10',
    'maildoctor eml message.eml --contact alice@company.com --unknown-sender reject --max-body-kb 512',
  ],
  options: {
    files: {
      type: 'string[]',
      positional: true,
      input: true,
      required: true,
      nonEmpty: true,
      description: '.eml files or folders of them ("-": standard input)',
    },
    mailbox: { type: 'string[]', arg: 'address', description: 'the support mailbox address, to tell To from CC/BCC (repeatable)' },
    prefix: { type: 'string', arg: 'prefixes', default: DEFAULT_PREFIXES.join(','), description: 'request-id prefixes, comma-separated' },
    maxAttachmentMb: { type: 'number', min: 0, arg: 'mb', default: DEFAULT_MAX_ATTACHMENT_MB, description: 'attachment size limit in MB' },
    recordHeader: { type: 'string[]', arg: 'name', description: 'a header that carries an encrypted record id (repeatable)' },
    audit: { type: 'string', arg: 'export', description: 'an Email Audit export with a Message-ID column, to find duplicates' },
    maxBodyKb: { type: 'number', min: 0, arg: 'kb', description: 'the Max Email Body Size global variable, in KB (checks the body without attachments)' },
    contacts: {
      type: 'string[]',
      cli: '--contact <address>',
      description: 'a known contact address, for inbound rules 2 and 3 (repeatable, or comma-separated)',
    },
    unknownSender: {
      type: 'string',
      enum: UNKNOWN_SENDER_ACTIONS,
      arg: 'action',
      description: 'what the inbound account does with unknown senders: ignore, reject or guest',
    },
  },
  load,
  async build(v, ctx) {
    const { emlChecks } = await load();
    const { files, audit, ...options } = v;
    return emlChecks(
      files.map((f) => resolve(ctx.io.cwd, f)),
      { ...options, ...(audit !== undefined ? { audit: resolve(ctx.io.cwd, audit) } : {}) },
    );
  },
});
