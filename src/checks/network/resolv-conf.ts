// Reads resolv.conf the way the C resolver does: nameserver lines, search/domain, options timeout/attempts/ndots.
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { readInputText } from '../../core/input-read.js';

/** The system file, unless --resolv-conf or MAILDOCTOR_RESOLV_CONF names another. */
export const SYSTEM_RESOLV_CONF = '/etc/resolv.conf';

/** The environment variable that points maildoctor at another resolv.conf (tests, containers). */
export const RESOLV_CONF_ENV = 'MAILDOCTOR_RESOLV_CONF';

/** Largest resolv.conf read: a real one is a few hundred bytes. */
const MAX_RESOLV_CONF = 1024 * 1024;

/** What a resolv.conf configures, with the resolver's defaults filled in. */
export interface ResolvConf {
  path: string;
  /** Addresses as written; `IP#PORT` (the dnsmasq spelling) names a non-standard port. */
  nameservers: string[];
  search: string[];
  /** Seconds per try (default 5, at most 30). */
  timeout: number;
  /** Tries per nameserver (default 2, at most 5). */
  attempts: number;
  ndots: number;
  /** Lines that were not understood, for evidence. */
  ignored: string[];
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Parses resolv.conf text; unknown lines are kept in `ignored`, never fatal. */
export function parseResolvConf(text: string, path = SYSTEM_RESOLV_CONF): ResolvConf {
  const conf: ResolvConf = { path, nameservers: [], search: [], timeout: 5, attempts: 2, ndots: 1, ignored: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)[#;].*$/, '').trim();
    if (!line) continue;
    const [key, ...values] = line.split(/\s+/);
    if (key === 'nameserver' && values[0] && isIP(values[0].replace(/(%[^#]*)?(#\d{1,5})?$/, ''))) {
      if (conf.nameservers.length < 3) conf.nameservers.push(values[0]);
    } else if (key === 'search' || key === 'domain') {
      conf.search = values.filter((v) => v !== '.').slice(0, 6);
    } else if (key === 'options') {
      for (const opt of values) {
        const m = /^(timeout|attempts|ndots):(\d+)$/.exec(opt);
        if (!m) continue;
        const n = Number(m[2]);
        if (m[1] === 'timeout') conf.timeout = clamp(n, 1, 30);
        if (m[1] === 'attempts') conf.attempts = clamp(n, 1, 5);
        if (m[1] === 'ndots') conf.ndots = clamp(n, 0, 15);
      }
    } else if (key !== 'sortlist') {
      conf.ignored.push(line.slice(0, 120));
    }
  }
  return conf;
}

/** Reads and parses a resolv.conf; a missing system file means "no nameserver", a missing named file is an InputError. */
export async function readResolvConf(path: string, explicit: boolean): Promise<ResolvConf> {
  if (!explicit && !existsSync(path)) return { ...parseResolvConf('', path), ignored: ['(file does not exist)'] };
  return parseResolvConf(await readInputText(path, 'resolv.conf', { maxBytes: MAX_RESOLV_CONF }), path);
}

/** The resolv.conf path to use: the option, then the environment variable, then the system file. */
export function resolvConfPath(option: unknown, env: NodeJS.ProcessEnv): { path: string; explicit: boolean } {
  if (typeof option === 'string' && option) return { path: option, explicit: true };
  const fromEnv = env[RESOLV_CONF_ENV];
  if (fromEnv) return { path: fromEnv, explicit: true };
  return { path: SYSTEM_RESOLV_CONF, explicit: false };
}

/** The names the resolver tries for `name`, in order (search list applied as with ndots). */
export function candidateNames(name: string, conf: Pick<ResolvConf, 'search' | 'ndots'>): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const dots = (name.match(/\./g) ?? []).length;
  const searched = conf.search.map((d) => `${name}.${d}`);
  return dots >= conf.ndots ? [name, ...searched] : [...searched, name];
}
