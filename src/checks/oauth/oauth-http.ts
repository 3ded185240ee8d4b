// One HTTP(S) request to a token or Graph endpoint, bounded by a timeout and an AbortSignal, body size capped.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { deadline } from '../../core/timeout.js';

/** Largest response body kept; token and Graph answers are a few kilobytes. */
const MAX_BODY = 1_000_000;

/** What to send. */
export interface HttpCall {
  method: 'GET' | 'POST';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
  /** Extra trusted CA certificates (PEM), for private or inspecting proxies' CAs. */
  ca?: string;
  timeoutMs: number;
  signal: AbortSignal;
}

/** The answer, or why there was none. */
export type HttpAnswer =
  { ok: true; status: number; headers: IncomingHttpHeaders; body: string; ms: number } | { ok: false; code: string; message: string; ms: number };

/** Sends one request; network, TLS and timeout failures come back as `ok: false` with Node's code. */
export function httpCall(call: HttpCall): Promise<HttpAnswer> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const signal = deadline(call.timeoutMs, call.signal);
  const send = call.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const fail = (err: NodeJS.ErrnoException) => {
      if (call.signal.aborted) return reject(call.signal.reason instanceof Error ? call.signal.reason : err);
      if (signal.aborted) return resolve({ ok: false, code: 'TIMEOUT', message: `no answer within ${call.timeoutMs} ms`, ms: ms() });
      resolve({ ok: false, code: err.code ?? err.name, message: err.message, ms: ms() });
    };
    const req = send(
      call.url,
      {
        method: call.method,
        headers: {
          accept: 'application/json',
          'user-agent': 'maildoctor',
          ...call.headers,
          ...(call.body !== undefined ? { 'content-length': String(Buffer.byteLength(call.body)) } : {}),
        },
        signal,
        ...(call.ca ? { ca: call.ca } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= MAX_BODY) chunks.push(c);
        });
        res.on('error', fail);
        res.on('end', () => resolve({ ok: true, status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: ms() }));
        res.on('close', () => {
          if (!res.complete) fail(Object.assign(new Error('the answer stopped before its end'), { code: 'ECONNRESET' }));
        });
      },
    );
    req.on('error', fail);
    // A body that stalls after the headers is ended by the deadline here, whatever the response stream reports.
    signal.addEventListener('abort', () => fail(Object.assign(new Error('aborted'), { code: 'ABORT_ERR' })), { once: true });
    req.end(call.body);
  });
}
