// The keys checks are known by in a run (the report's `key`, `needs`, --only/--skip): built here and nowhere else.

/** A check's key unless it has its own: `<id> <target>`, e.g. `port smtp.office365.com:587`. */
export function defaultKey(id: string, target: string): string {
  return `${id} ${target}`;
}

/** The oauth check named NAME (what a mail check with `oauth: NAME` needs). */
export function oauthKey(name: string): string {
  return `oauth ${name}`;
}

/** The Graph mailbox check of one mailbox. */
export function graphKey(mailbox: string): string {
  return `graph ${mailbox}`;
}

/** One stage of a configured server's chain, e.g. `incoming support tls`. */
export function stageKey(direction: 'incoming' | 'outgoing', server: string, stage: string): string {
  return `${direction} ${server} ${stage}`;
}

/** The n-th text (from 0) an explain run explains. */
export function explainKey(index: number): string {
  return `explain #${index + 1}`;
}

/** A check over one input file (an audit export, an email, a properties file), keyed by the check id and the path. */
export function fileKey(id: 'audit' | 'eml' | 'config-lint', path: string): string {
  return `${id} ${path}`;
}
