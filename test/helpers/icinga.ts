// A real Icinga 2 daemon in a temporary directory, with its REST API on 127.0.0.1, for testing the shipped CheckCommand.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedPort } from './net-servers.js';

const NODE = 'maildoctor-test';
const PASSWORD = 'icinga-test-password';

/** Where the daemon keeps everything; the -D definitions that point Icinga there instead of /var and /run. */
function layout(dir: string): string[] {
  for (const d of ['cache', 'lib/certs', 'log', 'run', 'spool']) mkdirSync(join(dir, d), { recursive: true });
  const paths: Record<string, string> = {
    CacheDir: 'cache',
    DataDir: 'lib',
    LogDir: 'log',
    InitRunDir: 'run',
    SpoolDir: 'spool',
    PidPath: 'run/icinga2.pid',
    StatePath: 'lib/icinga2.state',
    ObjectsPath: 'cache/icinga2.debug',
    VarsPath: 'cache/icinga2.vars',
    ModAttrPath: 'lib/modified-attributes.conf',
  };
  const user = spawnSync('id', ['-un'], { encoding: 'utf8' }).stdout.trim();
  const group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim();
  return [
    ...Object.entries(paths).map(([k, v]) => `-DConfiguration.${k}=${join(dir, v)}`),
    `-DConfiguration.RunAsUser=${user}`,
    `-DConfiguration.RunAsGroup=${group}`,
    `-DNodeName=${NODE}`,
    `-DZoneName=${NODE}`,
  ];
}

/** The API's certificate: self-signed for the node name, serving as its own CA. */
function certificate(dir: string): void {
  const certs = join(dir, 'lib/certs');
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${NODE}`,
      '-keyout',
      join(certs, `${NODE}.key`),
      '-out',
      join(certs, `${NODE}.crt`),
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`openssl: ${r.stderr}`);
  copyFileSync(join(certs, `${NODE}.crt`), join(certs, 'ca.crt'));
}

/** The configuration around the objects under test: the checker, the API and a user allowed to query and reschedule. */
function baseConfig(apiPort: number, body: string): string {
  return [
    'include <itl>',
    'object CheckerComponent "checker" { }',
    `object ApiListener "api" { bind_host = "127.0.0.1"; bind_port = ${apiPort} }`,
    `object ApiUser "test" { password = "${PASSWORD}"; permissions = [ "objects/query/*", "actions/reschedule-check" ] }`,
    'object Endpoint NodeName { }',
    'object Zone ZoneName { endpoints = [ NodeName ] }',
    body,
  ].join('\n');
}

/** `icinga2 daemon -C` on a config made of `body`: the exit status and what it printed. */
export function validateIcinga(body: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'md-icinga-'));
  const defines = layout(dir);
  certificate(dir);
  const conf = join(dir, 'icinga2.conf');
  writeFileSync(conf, baseConfig(5665, body));
  const r = spawnSync('icinga2', ['daemon', '-C', '-c', conf, ...defines], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** A running daemon: its API, and a stop that ends the whole process group. */
export interface Icinga {
  api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  log(): string;
  stop(): Promise<void>;
}

/** Starts `icinga2 daemon` in the foreground with `body` as its objects and waits until its API answers. */
export async function startIcinga(body: string): Promise<Icinga> {
  const dir = mkdtempSync(join(tmpdir(), 'md-icinga-'));
  const defines = layout(dir);
  certificate(dir);
  const port = await closedPort();
  const conf = join(dir, 'icinga2.conf');
  writeFileSync(conf, baseConfig(port, body));
  let log = '';
  const child: ChildProcess = spawn('icinga2', ['daemon', '-c', conf, ...defines], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const api = <T>(method: 'GET' | 'POST', path: string, body?: unknown) =>
    new Promise<T>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method,
          rejectUnauthorized: false,
          auth: `test:${PASSWORD}`,
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => (res.statusCode && res.statusCode < 300 ? resolve(JSON.parse(text) as T) : reject(new Error(`${res.statusCode}: ${text}`))));
        },
      );
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 15_000);
    await exited;
    clearTimeout(killer);
  };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`icinga2 exited: ${log}`);
    try {
      await api('GET', '/v1/objects/hosts');
      return { api, log: () => log, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await stop();
  throw new Error(`icinga2 API did not answer within 60 s: ${log}`);
}
