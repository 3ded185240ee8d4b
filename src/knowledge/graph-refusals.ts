// What Microsoft Graph means when it refuses GET /users/{mailbox}/mailFolders/inbox: its error code, else its HTTP
// status, read from the Graph registries (registries/graph.ts).
import type { CauseId } from './index.js';
import { GRAPH_ERRORS, GRAPH_HTTP } from './registries/graph.js';
import { entryOf } from './registries/types.js';

/** The cause of a refusal; a 404 without a more precise code means the mailbox itself, since the request names it. */
export function graphRefusalCause(status: number, code: string | undefined): CauseId {
  if (status === 403) return 'graph.access-denied';
  const byCode = code ? entryOf(GRAPH_ERRORS, code)?.cause : undefined;
  if (byCode && byCode !== 'graph.item-not-found') return byCode;
  if (status === 404) return 'graph.mailbox-not-found';
  return entryOf(GRAPH_HTTP, String(status))?.cause ?? 'graph.unexpected-response';
}
