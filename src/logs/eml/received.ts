// Reads the Received chain oldest hop first and measures the time each hop took.

/** One Received header: who handed the email to whom, how, and when. */
export interface Hop {
  from: string;
  by: string;
  with: string;
  at?: string;
  /** Seconds since the previous hop (absent for the first or when a date is missing). */
  delaySec?: number;
}

/** A hop slower than this is reported. */
export const SLOW_HOP_SEC = 300;

function word(value: string, key: string): string {
  const m = new RegExp(`(?:^|\\s)${key}\\s+(\\S+)`, 'i').exec(value);
  return m?.[1]?.replace(/[;()]+$/, '') ?? '';
}

/** Parses Received values (as they appear in the file, newest first) into hops, oldest first. */
export function receivedChain(values: readonly string[]): Hop[] {
  const hops: Hop[] = [];
  let prev: number | undefined;
  for (const value of [...values].reverse()) {
    const semi = value.lastIndexOf(';');
    const dateText = semi >= 0 ? value.slice(semi + 1).trim() : '';
    const t = dateText ? Date.parse(dateText.replace(/\s*\([^)]*\)\s*$/, '')) : Number.NaN;
    const hop: Hop = { from: word(value, 'from'), by: word(value, 'by'), with: word(value, 'with') };
    if (!Number.isNaN(t)) {
      hop.at = new Date(t).toISOString();
      if (prev !== undefined) hop.delaySec = Math.round((t - prev) / 1000);
      prev = t;
    }
    hops.push(hop);
  }
  return hops;
}
