// The environment a support engineer needs to read a report: OS, runtimes, TLS library, proxy and DNS setup.
import { readFile } from 'node:fs/promises';
import { arch, hostname, release, type } from 'node:os';
import { redact } from '../core/redact.js';
import { runProgram } from '../core/run-program.js';

/** Facts about the machine maildoctor ran on; never secrets (proxy credentials are redacted). */
export interface Fingerprint {
  hostname: string;
  os: string;
  osRelease?: string;
  node: string;
  openssl: string;
  java?: string;
  proxy: Record<string, string>;
  resolvConf?: string;
  timezone: string;
}

const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

async function firstLine(cmd: string, args: string[], signal: AbortSignal): Promise<string | undefined> {
  try {
    const r = await runProgram(cmd, args, { timeoutMs: 5000, signal, all: true });
    return r.all
      .split('\n')
      .find((l) => l.trim())
      ?.trim();
  } catch {
    return undefined;
  }
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Gathers the fingerprint; each probe is bounded and optional. */
export async function gatherFingerprint(env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<Fingerprint> {
  const osRelease = (await readOptional('/etc/os-release'))?.match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1];
  const java = await firstLine('java', ['-version'], signal);
  const proxy: Record<string, string> = {};
  for (const v of PROXY_VARS) {
    const value = env[v];
    if (value) proxy[v] = redact(value.replace(/\/\/[^@/]*@/, '//***@'));
  }
  const resolvConf = await readOptional('/etc/resolv.conf');
  return {
    hostname: hostname(),
    os: `${type()} ${release()} ${arch()}`,
    ...(osRelease ? { osRelease } : {}),
    node: process.version,
    openssl: process.versions.openssl ?? 'unknown',
    ...(java ? { java } : {}),
    proxy,
    ...(resolvConf ? { resolvConf } : {}),
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
