// GET /v1.0/users/ADDR/mailFolders/inbox with a bearer token, as the helpdesk's Graph client does.
import type { Secret } from '../../core/secret.js';
import type { Transcript } from '../../core/transcript.js';
import { httpCall } from './oauth-http.js';

/** Graph's error body: `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`. */
export interface GraphError {
  code?: string;
  message?: string;
  requestId?: string;
  date?: string;
}

/** What Graph answered about the inbox. */
export type GraphAnswer =
  | {
      kind: 'answer';
      status: number;
      ms: number;
      url: string;
      error?: GraphError;
      folder?: { displayName?: string; totalItemCount?: number; unreadItemCount?: number };
    }
  | { kind: 'network'; code: string; message: string; ms: number; url: string };

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v.slice(0, 500) : undefined;
}

function parse(body: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(body);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The inbox URL of a mailbox under a Graph root (which may carry a path prefix). */
export function inboxUrl(graphUrl: URL, mailbox: string): URL {
  return new URL(`${graphUrl.href.replace(/\/+$/, '')}/v1.0/users/${encodeURIComponent(mailbox)}/mailFolders/inbox`);
}

/** Reads the inbox folder; HTTP errors come back as answers, network failures as `network`. */
export async function graphInbox(
  graphUrl: URL,
  mailbox: string,
  token: Secret,
  opts: { timeoutMs: number; signal: AbortSignal; ca?: string; transcript: Transcript },
): Promise<GraphAnswer> {
  const url = inboxUrl(graphUrl, mailbox);
  opts.transcript.add('>', `GET ${url.href}`);
  opts.transcript.add('>', 'Authorization: Bearer ***', { masked: 1 });
  const r = await httpCall({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${token.reveal()}` },
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    ...(opts.ca ? { ca: opts.ca } : {}),
  });
  if (!r.ok) {
    opts.transcript.add('*', `${r.code}: ${r.message}`);
    return { kind: 'network', code: r.code, message: r.message, ms: r.ms, url: url.href };
  }
  opts.transcript.add('<', `HTTP ${r.status} ${r.body.slice(0, 400)}`);
  const json = parse(r.body);
  if (r.status === 200) {
    const folder = {
      ...(str(json?.displayName) ? { displayName: str(json?.displayName) } : {}),
      ...(typeof json?.totalItemCount === 'number' ? { totalItemCount: json.totalItemCount } : {}),
      ...(typeof json?.unreadItemCount === 'number' ? { unreadItemCount: json.unreadItemCount } : {}),
    };
    return { kind: 'answer', status: 200, ms: r.ms, url: url.href, folder };
  }
  const e = json?.error && typeof json.error === 'object' ? (json.error as Record<string, unknown>) : undefined;
  const inner = e?.innerError && typeof e.innerError === 'object' ? (e.innerError as Record<string, unknown>) : undefined;
  const error: GraphError = {
    ...(str(e?.code) ? { code: str(e?.code) } : {}),
    ...(str(e?.message) ? { message: str(e?.message) } : {}),
    ...(str(inner?.['request-id']) ? { requestId: str(inner?.['request-id']) } : {}),
    ...(str(inner?.date) ? { date: str(inner?.date) } : {}),
  };
  return { kind: 'answer', status: r.status, ms: r.ms, url: url.href, error };
}
