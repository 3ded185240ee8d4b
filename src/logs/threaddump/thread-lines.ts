// Line-level grammar of HotSpot dumps: thread headers, state lines, frames and lock annotations.
import type { DumpThread, LockRef } from './types.js';

const HEADER = /^"(?<name>.*)"\s(?<rest>.*)$/;
const STATE = /^\s+java\.lang\.Thread\.State: (?<state>[A-Z_]+)(?: \((?<detail>[^)]*)\))?/;
const LOCK =
  /^\s+- (?<verb>locked|waiting to lock|waiting to re-lock in wait\(\)|waiting on|parking to wait for|eliminated)\s+<(?<address>0x[0-9a-fA-F]+)>(?: \(a (?<cls>[^)]*)\))?/;
const OWNABLE = /^\s+- <(?<address>0x[0-9a-fA-F]+)> \(a (?<cls>[^)]*)\)/;

/** True when `rest` (what follows the quoted name) looks like a HotSpot header, not a deadlock-section line. */
function isHeaderRest(rest: string): boolean {
  return / (?:tid|nid)=/.test(` ${rest}`) || /^(?:#\d+ )?(?:daemon )?prio=\d+/.test(rest);
}

/** Parses a thread header line; undefined when the line is not one. */
export function parseHeader(text: string, line: number): DumpThread | undefined {
  if (text.charCodeAt(0) !== 34) return undefined;
  const m = HEADER.exec(text);
  const name = m?.groups?.name;
  const rest = m?.groups?.rest;
  if (name === undefined || rest === undefined || !isHeaderRest(rest)) return undefined;
  const number = /^#(\d+)/.exec(rest)?.[1];
  const prio = /(?:^| )prio=(\d+)/.exec(rest)?.[1];
  const tid = /tid=(0x[0-9a-fA-F]+)/.exec(rest)?.[1];
  const nid = /nid=(\S+)/.exec(rest)?.[1];
  const status = /nid=\S+\s+(.*?)\s*(?:\[0x[0-9a-fA-F]+\])?\s*$/.exec(rest)?.[1] ?? '';
  return {
    name,
    ...(number ? { number: Number(number) } : {}),
    daemon: / daemon /.test(` ${rest} `),
    ...(prio ? { priority: Number(prio) } : {}),
    ...(tid ? { tid } : {}),
    ...(nid ? { nid } : {}),
    headerStatus: status,
    frames: [],
    locked: [],
    ownableSynchronizers: [],
    line,
  };
}

/** Applies one body line (state, frame, lock, ownable synchronizer) to the thread; false when it is none of those. */
export function applyBodyLine(thread: DumpThread, text: string, inOwnable: boolean): boolean {
  const body = text.trimStart();
  if (body.length === text.length) return false;
  if (body.startsWith('at ')) {
    thread.frames.push(body.slice(3).trimEnd());
    return true;
  }
  if (body.startsWith('- ')) {
    const lock = LOCK.exec(text);
    if (lock?.groups?.address) {
      const ref: LockRef = { address: lock.groups.address.toLowerCase(), className: lock.groups.cls ?? '' };
      const verb = lock.groups.verb;
      if (verb === 'locked') thread.locked.push(ref);
      else if (verb === 'waiting to lock' || verb === 'waiting to re-lock in wait()') thread.waitingToLock ??= ref;
      else if (verb === 'waiting on') thread.waitingOn ??= ref;
      else if (verb === 'parking to wait for') thread.parkedOn ??= ref;
      return true;
    }
    const own = inOwnable ? OWNABLE.exec(text) : null;
    if (own?.groups?.address) {
      thread.ownableSynchronizers.push({ address: own.groups.address.toLowerCase(), className: own.groups.cls ?? '' });
      return true;
    }
    return false;
  }
  const state = body.startsWith('java.lang.Thread.State: ') ? STATE.exec(text) : null;
  if (state?.groups?.state) {
    thread.state = state.groups.state;
    if (state.groups.detail) thread.stateDetail = state.groups.detail;
    return true;
  }
  return false;
}
