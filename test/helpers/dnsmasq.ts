// A real dnsmasq on a free 127.0.0.1 port with given records, and a UDP "nameserver" that never answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Records to serve; every name under `localDomains` that is not listed answers NXDOMAIN. */
export interface DnsRecords {
  a?: Record<string, string[]>;
  mx?: Array<{ domain: string; host: string; preference: number }>;
  txt?: Record<string, string>;
  cname?: Record<string, string>;
  /** Domains dnsmasq is authoritative for (default: example.test). */
  localDomains?: string[];
}

/** A running dnsmasq: `server` is `127.0.0.1:PORT` for --server or a resolv.conf. */
export interface DnsmasqHandle {
  server: string;
  port: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  for (let i = 0; i < 20; i += 1) {
    const tcp = createServer();
    const port = await new Promise<number>((resolve, reject) => {
      tcp.once('error', reject);
      tcp.listen(0, '127.0.0.1', () => resolve((tcp.address() as { port: number }).port));
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const udp = createSocket('udp4');
      udp.once('error', () => resolve(false));
      udp.bind(port, '127.0.0.1', () => udp.close(() => resolve(true)));
    });
    await new Promise<void>((resolve) => tcp.close(() => resolve()));
    if (udpFree) return port;
  }
  throw new Error('no free port for dnsmasq');
}

function config(dir: string, port: number, records: DnsRecords): string {
  const hosts = Object.entries(records.a ?? {}).flatMap(([name, ips]) => ips.map((ip) => `${ip} ${name}`));
  writeFileSync(join(dir, 'hosts'), `${hosts.join('\n')}\n`);
  const lines = [
    `port=${port}`,
    'listen-address=127.0.0.1',
    'bind-interfaces',
    'no-resolv',
    'no-poll',
    'no-hosts',
    `addn-hosts=${join(dir, 'hosts')}`,
    ...(records.localDomains ?? ['example.test']).map((d) => `local=/${d}/`),
    ...(records.mx ?? []).map((m) => `mx-host=${m.domain},${m.host},${m.preference}`),
    ...Object.entries(records.txt ?? {}).map(([n, t]) => `txt-record=${n},"${t}"`),
    ...Object.entries(records.cname ?? {}).map(([n, t]) => `cname=${n},${t}`),
    `pid-file=${join(dir, 'dnsmasq.pid')}`,
    'user=root',
  ];
  return `${lines.join('\n')}\n`;
}

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = new Socket();
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
    sock.connect(port, '127.0.0.1');
  });
}

/**
 * Starts dnsmasq in the foreground (-k) serving `records`; stop() kills it and removes its files. A port another
 * test took between the probe and dnsmasq's bind is retried on a new port (three tries).
 */
export async function startDnsmasq(records: DnsRecords): Promise<DnsmasqHandle> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnce(records, await freePort());
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

async function startOnce(records: DnsRecords, port: number): Promise<DnsmasqHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'maildoctor-dnsmasq-'));
  writeFileSync(join(dir, 'dnsmasq.conf'), config(dir, port, records));
  const child: ChildProcess = spawn('dnsmasq', ['-k', '-C', join(dir, 'dnsmasq.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 5000;
  while (!(await tcpOpen(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`dnsmasq did not start: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    server: `127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A UDP port that receives queries and never answers (a nameserver that is down or filtered). */
export async function silentNameserver(): Promise<{ server: string; port: number; stop(): Promise<void> }> {
  const udp = createSocket('udp4');
  udp.on('message', () => {});
  const port = await new Promise<number>((resolve) => udp.bind(0, '127.0.0.1', () => resolve(udp.address().port)));
  return { server: `127.0.0.1:${port}`, port, stop: () => new Promise<void>((resolve) => udp.close(() => resolve())) };
}

/** Writes a resolv.conf into a temp directory and returns its path (never touches /etc/resolv.conf). */
export function writeResolvConf(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'maildoctor-resolv-'));
  const path = join(dir, 'resolv.conf');
  writeFileSync(path, text);
  return path;
}
