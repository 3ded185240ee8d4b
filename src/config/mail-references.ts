// Cross-checks the names a mailbox config refers to: links, oauth apps, unique names, auth sources.
import { UsageError } from '../core/errors.js';
import { formatPath, type Locate } from './fields.js';
import type { MailConfig } from './mail-config.js';

/** Throws a UsageError naming file, line and key for a dangling or duplicate reference. */
export function validateMailReferences(mail: MailConfig, where: { file: string; locate: Locate }): void {
  const fail = (path: Array<string | number>, message: string): never => {
    const line = where.locate(path);
    throw new UsageError(`${where.file}${line ? `:${line}` : ''}: ${formatPath(path)}: ${message}`);
  };
  const unique = (list: Array<{ name: string }>, key: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.name)) fail([key, i, 'name'], `"${item.name}" is used twice`);
      seen.add(item.name);
    });
  };
  unique(mail.incoming, 'incoming');
  unique(mail.outgoing, 'outgoing');
  unique(mail.oauth, 'oauth');
  const outgoingNames = new Set(mail.outgoing.map((o) => o.name));
  const oauthNames = new Set(mail.oauth.map((o) => o.name));
  const servers: Array<['incoming' | 'outgoing', MailConfig['incoming'][number] | MailConfig['outgoing'][number], number]> = [
    ...mail.incoming.map((s, i) => ['incoming', s, i] as ['incoming', typeof s, number]),
    ...mail.outgoing.map((s, i) => ['outgoing', s, i] as ['outgoing', typeof s, number]),
  ];
  for (const [key, s, i] of servers) {
    if (key === 'incoming' && 'outgoing' in s && s.outgoing && !outgoingNames.has(s.outgoing)) {
      fail([key, i, 'outgoing'], `no outgoing server is named "${s.outgoing}" (known: ${[...outgoingNames].join(', ') || 'none'})`);
    }
    if (s.oauth && !oauthNames.has(s.oauth)) fail([key, i, 'oauth'], `no oauth entry is named "${s.oauth}" (known: ${[...oauthNames].join(', ') || 'none'})`);
    if (s.auth === 'oauth' && !s.oauth) fail([key, i, 'auth'], 'auth is oauth but no "oauth" entry is named');
    if (s.passwordEnv && s.passwordFile) fail([key, i, 'passwordFile'], 'give passwordEnv or passwordFile, not both');
    if (s.auth === 'password' && s.user && !s.passwordEnv && !s.passwordFile)
      fail([key, i, 'auth'], 'auth is password but neither passwordEnv nor passwordFile is given');
    if ('protocol' in s && s.protocol === 'graph' && !s.oauth) fail([key, i, 'protocol'], 'graph needs an "oauth" entry');
  }
}
