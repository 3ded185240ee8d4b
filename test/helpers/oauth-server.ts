// A local token endpoint and Graph server that answer with Entra's, Google's and Graph's real response shapes.
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { testCerts } from './certs.js';

/** Builds an unsigned JWT with the given claims (maildoctor never verifies signatures). */
export function makeJwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'RS256', kid: 'test' })}.${part(claims)}.${Buffer.from('signature-not-checked').toString('base64url')}`;
}

/** An Entra error body exactly as login.microsoftonline.com shapes it. */
export function entraError(error: string, code: number, text: string): Record<string, unknown> {
  const trace = '0d2f7a1c-5b3e-4c8d-9e6f-1a2b3c4d5e6f';
  const corr = '9c8b7a6d-5e4f-3a2b-1c0d-ef0123456789';
  const ts = '2026-11-21 23:59:58Z';
  return {
    error,
    error_description: `AADSTS${code}: ${text} Trace ID: ${trace} Correlation ID: ${corr} Timestamp: ${ts}`,
    error_codes: [code],
    timestamp: ts,
    trace_id: trace,
    correlation_id: corr,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  };
}

/** What the token endpoint answers for a case (the tenant segment of the URL); `hang` never answers, `stall` stops mid-body. */
export interface TokenCase {
  status: number;
  body: unknown;
  contentType?: string;
}

/** One recorded token request (the form, for asserting what maildoctor sent). */
export interface SeenRequest {
  path: string;
  form: Record<string, string>;
}

/** A running server: base URL, recorded requests, and close(). */
export interface OAuthServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** Graph folder answer for a mailbox, by its local part (`hang@` never gets one). */
function graphAnswer(mailbox: string, auth: string | undefined, goodToken: string): TokenCase {
  const inner = {
    date: '2026-11-21T23:59:58',
    'request-id': 'b1a2c3d4-0000-4000-8000-000000000001',
    'client-request-id': 'b1a2c3d4-0000-4000-8000-000000000001',
  };
  if (auth !== `Bearer ${goodToken}`)
    return {
      status: 401,
      body: { error: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure. Invalid audience.', innerError: inner } },
    };
  const local = mailbox.split('@')[0];
  if (local === 'denied')
    return { status: 403, body: { error: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.', innerError: inner } } };
  if (local === 'missing')
    return { status: 404, body: { error: { code: 'ErrorInvalidUser', message: `The requested user '${mailbox}' is invalid.`, innerError: inner } } };
  if (local === 'onprem')
    return {
      status: 404,
      body: {
        error: { code: 'MailboxNotEnabledForRESTAPI', message: 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.', innerError: inner },
      },
    };
  return {
    status: 200,
    body: {
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${mailbox}')/mailFolders/$entity`,
      id: 'AAMkAGI2TAAA=',
      displayName: 'Inbox',
      parentFolderId: 'AAMkAGI2AAEIAAA=',
      childFolderCount: 0,
      unreadItemCount: 3,
      totalItemCount: 42,
      isHidden: false,
    },
  };
}

function send(res: ServerResponse, c: TokenCase): void {
  const body = typeof c.body === 'string' ? c.body : JSON.stringify(c.body);
  res.writeHead(c.status, { 'content-type': c.contentType ?? 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** Starts the server on 127.0.0.1, port 0; `https` uses the test CA's localhost certificate (or `cert: 'expired'`). */
export async function startOAuthServer(options: {
  cases: Record<string, TokenCase | 'hang' | 'stall'>;
  graphToken: string;
  https?: boolean;
  cert?: 'valid' | 'expired';
}): Promise<OAuthServer> {
  const requests: SeenRequest[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const graph = /^\/v1\.0\/users\/([^/]+)\/mailFolders\/inbox$/.exec(url.pathname);
      if (req.method === 'GET' && graph) {
        const mailbox = decodeURIComponent(graph[1] ?? '');
        if (mailbox.startsWith('hang@')) return;
        return send(res, graphAnswer(mailbox, req.headers.authorization, options.graphToken));
      }
      const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
      const c = token ? options.cases[token[1] ?? ''] : undefined;
      if (req.method !== 'POST' || !c) return send(res, { status: 404, body: '<html><body><h1>404 Not Found</h1></body></html>', contentType: 'text/html' });
      requests.push({ path: url.pathname, form: Object.fromEntries(new URLSearchParams(raw)) });
      if (c === 'hang') return;
      if (c === 'stall') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"token_type":"Bearer","access_tok');
        return;
      }
      send(res, c);
    });
  };
  const certs = options.https ? testCerts() : undefined;
  const pair = certs ? (options.cert === 'expired' ? certs.expired : certs.valid) : undefined;
  const server: Server = pair ? createHttps({ key: pair.key, cert: pair.cert }, handler) : createHttp(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${options.https ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
