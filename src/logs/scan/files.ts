// Finds email.log, error.log, service.log and their rotations in a folder, oldest first.
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { sniffTextFile } from '../../core/input-sniff.js';
import type { LogKind } from './stats.js';

/** One log file to scan. */
export interface LogFile {
  path: string;
  kind: LogKind;
  gz: boolean;
  size: number;
  mtimeMs: number;
  /** True for the live file (email.log itself), which is always the newest of its family. */
  current: boolean;
  /** UTF-16 with a byte-order mark: transcoded while scanning, never split into byte ranges. */
  utf16?: 'le' | 'be';
  /** Binary data (plain or inside the .gz) found in a folder: not scanned, reported as skipped. */
  binary?: true;
}

/** The three logs of the guide, in its reading order. */
export const LOG_NAMES: Record<Exclude<LogKind, 'other'>, string> = { email: 'email.log', error: 'error.log', service: 'service.log' };

/** email.log, email.log.1, email.log.2026-11-20, email.log.2026-11-20.3.gz, email-2026-11-20.log.gz, email.2026-11-20.1.log */
const ROTATION = /^(email|error|service)(?:\.log)?(?:[.-](\d{4}-\d{2}-\d{2})(?:[._-]?(\d{2}(?:-\d{2})?))?)?(?:[.-](\d+))?(?:\.log)?(\.gz)?$/;

/** Kind, gzip flag and rotation keys of a file name, or undefined when it is not one of the three logs. */
export function classifyName(name: string): { kind: LogKind; gz: boolean; date?: string; index?: number; current: boolean } | undefined {
  const m = ROTATION.exec(name);
  if (!m || !name.includes('.log')) return undefined;
  const kind = m[1] as LogKind;
  const current = name === `${kind}.log`;
  return {
    kind,
    gz: m[5] !== undefined,
    date: m[2] ? `${m[2]}${m[3] ? ` ${m[3]}` : ''}` : undefined,
    index: m[4] !== undefined ? Number(m[4]) : undefined,
    current,
  };
}

/** When a rotation was last written: the end of the day its name gives, else its modification time. */
function timeKey(x: { f: LogFile; date?: string }): number {
  if (x.f.current) return Infinity;
  if (!x.date) return x.f.mtimeMs;
  const [y, m, d] = x.date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const hour = x.date.length > 10 ? Number(x.date.slice(11, 13)) : 23;
  return new Date(y, m - 1, d, hour, 59, 59, 999).getTime();
}

/** Sorts one family oldest first: by time key, then dated parts ascending and numbered rotations descending. */
function compareRotations(a: { f: LogFile; date?: string; index?: number }, b: { f: LogFile; date?: string; index?: number }): number {
  const ka = timeKey(a);
  const kb = timeKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.date && b.date) return (a.index ?? 0) - (b.index ?? 0);
  return (b.index ?? 0) - (a.index ?? 0);
}

/** The log files of a folder grouped by kind (email, error, service), each family oldest first. */
export function listLogFiles(dir: string): LogFile[] {
  const found: Array<{ f: LogFile; date?: string; index?: number }> = [];
  for (const name of readdirSync(dir)) {
    const info = classifyName(name);
    if (!info) continue;
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    const head = sniffTextFile(path, 'log', info.gz);
    found.push({
      f: { path, kind: info.kind, gz: info.gz, size: st.size, mtimeMs: st.mtimeMs, current: info.current, ...head },
      date: info.date,
      index: info.index,
    });
  }
  const order: LogKind[] = ['email', 'error', 'service'];
  return order.flatMap((kind) =>
    found
      .filter((x) => x.f.kind === kind)
      .sort(compareRotations)
      .map((x) => x.f),
  );
}

/** A single file named on the command line; binary data in it is an InputError (a folder's binary files are skipped instead). */
export function singleLogFile(path: string): LogFile {
  const st = statSync(path);
  const info = classifyName(basename(path));
  const gz = info?.gz ?? path.endsWith('.gz');
  const head = sniffTextFile(path, 'log', gz);
  if (head.binary) throw new InputError(`${path} looks like binary data${gz ? ' once unpacked' : ''}, not a log`);
  return { path, kind: info?.kind ?? 'other', gz, size: st.size, mtimeMs: st.mtimeMs, current: info?.current ?? true, ...head };
}
