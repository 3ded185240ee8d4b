// Where `kill -3` output goes: the JVM's standard output, read from /proc/PID/fd/1.
import { readlink } from 'node:fs/promises';
import { SERVICEOPS_UNIT } from './paths.js';

/** The console log of a process, or a description of where its stdout goes (journal, pipe), or undefined. */
export async function consoleLogOf(pid: number): Promise<string | undefined> {
  const target = await readlink(`/proc/${pid}/fd/1`).catch(() => undefined);
  if (!target) return undefined;
  if (target.startsWith('socket:')) return `the systemd journal (journalctl -u ${SERVICEOPS_UNIT}), stdout is ${target}`;
  if (target.startsWith('pipe:')) return `a pipe (${target}): the log of whatever started the JVM`;
  return target;
}
