// Allocation-free readers for the two commonest time shapes, so a million rows need no regex each.

/** The parts of `dd/mm/yyyy hh:mm[:ss] [AM|PM]` (or `yyyy-mm-dd[T ]hh:mm[:ss][Z]`), filled in place. */
export interface TimeParts {
  a: number;
  b: number;
  y: number;
  h: number;
  mi: number;
  s: number;
  /** Milliseconds from an ISO time's fraction of a second. */
  ms: number;
  /** 0 none, 1 AM, 2 PM. */
  ampm: number;
  sep: number;
  seconds: boolean;
}

/** A reusable parts object. */
export function newParts(): TimeParts {
  return { a: 0, b: 0, y: 0, h: 0, mi: 0, s: 0, ms: 0, ampm: 0, sep: 0, seconds: false };
}

let pos = 0;

function digits(v: string, max: number): number {
  let n = 0;
  let count = 0;
  while (count < max && pos < v.length) {
    const c = v.charCodeAt(pos) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
    pos += 1;
    count += 1;
  }
  return count === 0 ? -1 : count === max || max === 2 ? n : -1;
}

/** Reads the time of day from `pos`; `fraction` allows an ISO fraction of a second after the seconds. */
function clock(v: string, p: TimeParts, fraction: boolean): boolean {
  p.h = p.mi = p.s = p.ms = p.ampm = 0;
  p.seconds = false;
  if (pos === v.length) return true;
  const space = v.charCodeAt(pos);
  if (space !== 32 && space !== 84) return false;
  pos += 1;
  p.h = digits(v, 2);
  if (p.h < 0 || v.charCodeAt(pos) !== 58) return false;
  pos += 1;
  const start = pos;
  p.mi = digits(v, 2);
  if (p.mi < 0 || pos - start !== 2) return false;
  if (v.charCodeAt(pos) === 58) {
    pos += 1;
    const secondsAt = pos;
    p.s = digits(v, 2);
    if (p.s < 0) return false;
    p.seconds = true;
    const dot = v.charCodeAt(pos);
    // ISO 8601 writes seconds with two digits before a fraction.
    if (fraction && (dot === 46 || dot === 44) && pos - secondsAt === 2) {
      const from = pos + 1;
      pos = from;
      while (pos < v.length && pos - from < 9 && v.charCodeAt(pos) >= 48 && v.charCodeAt(pos) <= 57) pos += 1;
      if (pos === from || pos !== v.length) return false;
      p.ms = Number(v.slice(from, from + 3).padEnd(3, '0'));
    }
  }
  if (pos === v.length) return true;
  if (v.charCodeAt(pos) === 32) pos += 1;
  const m = v.charCodeAt(pos) | 32;
  if ((m === 97 || m === 112) && (v.charCodeAt(pos + 1) | 32) === 109 && pos + 2 === v.length) {
    p.ampm = m === 97 ? 1 : 2;
    return true;
  }
  return false;
}

/** Reads `dd/mm/yyyy ...` (any of / . - as separator); false when the value has another shape. */
export function scanNumeric(v: string, p: TimeParts): boolean {
  pos = 0;
  p.a = digits(v, 2);
  const sep = v.charCodeAt(pos);
  if (p.a < 0 || (sep !== 47 && sep !== 46 && sep !== 45)) return false;
  pos += 1;
  p.b = digits(v, 2);
  if (p.b < 0 || v.charCodeAt(pos) !== sep) return false;
  pos += 1;
  const start = pos;
  p.y = digits(v, 4);
  if (p.y < 0 || pos - start !== 4) return false;
  p.sep = sep;
  return clock(v, p, false);
}

/** Reads `yyyy-mm-dd[T ]hh:mm[:ss[.fff]][Z]` (no offsets; p.ms holds the fraction's milliseconds); false otherwise. */
export function scanIso(v: string, p: TimeParts): boolean {
  pos = 0;
  const z = v.charCodeAt(v.length - 1) === 90;
  const text = z ? v.slice(0, -1) : v;
  p.y = digits(text, 4);
  if (p.y < 0 || text.charCodeAt(pos) !== 45) return false;
  pos += 1;
  p.b = digits(text, 2);
  if (p.b < 0 || text.charCodeAt(pos) !== 45) return false;
  pos += 1;
  p.a = digits(text, 2);
  if (p.a < 0) return false;
  return clock(text, p, true) && p.ampm === 0;
}
