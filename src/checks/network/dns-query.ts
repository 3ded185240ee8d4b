// One DNS question to one nameserver with dns-packet: UDP with retries, TCP when the answer is truncated.
import { createSocket } from 'node:dgram';
import { isIP, Socket } from 'node:net';
import dnsPacket, { type Answer, type DecodedPacket, type RecordType } from 'dns-packet';
import { QUERY_TYPES } from './constants.js';

/** The record types `maildoctor dns` asks for (defined with the other constants the CLI's help quotes). */
export { QUERY_TYPES };

/** One supported record type. */
export type QueryType = (typeof QUERY_TYPES)[number];

/** A nameserver address. */
export interface NameServer {
  host: string;
  port: number;
}

/** One answer record, flattened to text. */
export interface DnsRecord {
  name: string;
  type: string;
  ttl: number;
  data: string;
}

/** What one nameserver said, or that it said nothing. */
export type DnsQueryOutcome =
  | { ok: true; server: string; rcode: string; records: DnsRecord[]; truncated: boolean; tcp: boolean; authoritative: boolean; ms: number; tries: number }
  | { ok: false; server: string; code: 'ETIMEOUT' | 'EBADRESP' | 'ETRUNCATED' | string; message: string; ms: number; tries: number };

/** Formats a nameserver as `ip:port` (IPv6 in brackets). */
export function serverLabel(s: NameServer): string {
  return isIP(s.host) === 6 ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`;
}

function recordData(a: Answer): string {
  const data = (a as { data?: unknown }).data;
  if (a.type === 'MX' && data && typeof data === 'object') {
    const mx = data as { preference?: number; exchange?: string };
    return `${mx.preference ?? 0} ${mx.exchange ?? ''}`;
  }
  if (a.type === 'TXT') return (Array.isArray(data) ? data : [data]).map((d) => (Buffer.isBuffer(d) ? d.toString('utf8') : String(d))).join('');
  if (typeof data === 'string') return data;
  return Buffer.isBuffer(data) ? data.toString('hex') : JSON.stringify(data ?? null);
}

function summarise(packet: DecodedPacket, server: string, tcp: boolean, ms: number, tries: number): DnsQueryOutcome {
  const records = (packet.answers ?? []).map((a) => ({ name: a.name, type: a.type, ttl: (a as { ttl?: number }).ttl ?? 0, data: recordData(a) }));
  const rcode = String((packet as unknown as { rcode?: string }).rcode ?? 'NOERROR');
  return { ok: true, server, rcode, records, truncated: packet.flag_tc, tcp, authoritative: packet.flag_aa, ms, tries };
}

function udpOnce(
  server: NameServer,
  query: Buffer,
  id: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<DecodedPacket | { code: string; message: string }> {
  return new Promise((resolve) => {
    const socket = createSocket(isIP(server.host) === 6 ? 'udp6' : 'udp4');
    const finish = (v: DecodedPacket | { code: string; message: string }) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.close();
      resolve(v);
    };
    const onAbort = () => finish({ code: 'ETIMEOUT', message: 'stopped before an answer arrived' });
    const timer = setTimeout(() => finish({ code: 'ETIMEOUT', message: `no answer within ${timeoutMs} ms` }), timeoutMs);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (e: NodeJS.ErrnoException) => finish({ code: e.code ?? 'EUNKNOWN', message: e.message }));
    socket.on('message', (msg) => {
      try {
        const p = dnsPacket.decode(msg);
        if (p.id === id) finish(p);
      } catch {
        finish({ code: 'EBADRESP', message: 'the answer was not a valid DNS packet' });
      }
    });
    socket.send(query, server.port, server.host);
  });
}

function tcpOnce(
  server: NameServer,
  packet: Parameters<typeof dnsPacket.streamEncode>[0],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<DecodedPacket | { code: string; message: string }> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let buf = Buffer.alloc(0);
    const finish = (v: DecodedPacket | { code: string; message: string }) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(v);
    };
    const onAbort = () => finish({ code: 'ETIMEOUT', message: 'stopped before a TCP answer arrived' });
    const timer = setTimeout(() => finish({ code: 'ETIMEOUT', message: `no TCP answer within ${timeoutMs} ms` }), timeoutMs);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (e: NodeJS.ErrnoException) => finish({ code: e.code ?? 'EUNKNOWN', message: e.message }));
    socket.on('close', () =>
      finish(
        buf.length > 0
          ? { code: 'EBADRESP', message: `the peer sent ${buf.length} bytes that are not a DNS answer, then closed` }
          : { code: 'ECONNRESET', message: 'the peer closed the connection without answering' },
      ),
    );
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length >= 2 && buf.readUInt16BE(0) > 16384) return finish({ code: 'EBADRESP', message: 'the peer answered with something that is not DNS' });
      if (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        try {
          finish(dnsPacket.streamDecode(buf) as DecodedPacket);
        } catch {
          finish({ code: 'EBADRESP', message: 'the TCP answer was not a valid DNS packet' });
        }
      }
    });
    socket.connect({ host: server.host, port: server.port }, () => socket.write(dnsPacket.streamEncode(packet)));
  });
}

/** Asks `server` for `name`/`type` over TCP only (no UDP), as the triage does to prove a literal address answers. Never throws. */
export async function queryDnsTcp(server: NameServer, name: string, type: QueryType, timeoutMs: number, signal: AbortSignal): Promise<DnsQueryOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const packet = {
    type: 'query' as const,
    id: Math.floor(Math.random() * 65535),
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type: type as RecordType, name }],
  };
  const r = await tcpOnce(server, packet, timeoutMs, signal);
  return 'flag_tc' in r
    ? summarise(r, serverLabel(server), true, ms(), 1)
    : { ok: false, server: serverLabel(server), code: r.code, message: r.message, ms: ms(), tries: 1 };
}

/** Asks `server` for `name`/`type`: up to `attempts` UDP tries of `timeoutMs` each, then TCP if truncated. Never throws. */
export async function queryDns(
  server: NameServer,
  name: string,
  type: QueryType,
  opts: { timeoutMs: number; attempts: number; signal: AbortSignal },
): Promise<DnsQueryOutcome> {
  const label = serverLabel(server);
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const id = Math.floor(Math.random() * 65535);
  const packet = { type: 'query' as const, id, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type: type as RecordType, name }] };
  const query = dnsPacket.encode(packet);
  let last: { code: string; message: string } = { code: 'ETIMEOUT', message: 'no answer' };
  let made = 0;
  for (let tries = 1; tries <= opts.attempts; tries += 1) {
    made = tries;
    const r = await udpOnce(server, query, id, opts.timeoutMs, opts.signal);
    if ('flag_tc' in r) {
      if (!r.flag_tc) return summarise(r, label, false, ms(), tries);
      const t = await tcpOnce(server, packet, opts.timeoutMs, opts.signal);
      if ('flag_tc' in t) return summarise(t, label, true, ms(), tries);
      return {
        ok: false,
        server: label,
        code: 'ETRUNCATED',
        message: `the UDP answer was truncated and the TCP retry failed: ${t.message} (${t.code})`,
        ms: ms(),
        tries,
      };
    }
    last = r;
    if (r.code !== 'ETIMEOUT' || opts.signal.aborted) break;
  }
  return { ok: false, server: label, code: last.code, message: last.message, ms: ms(), tries: made };
}
