// The shape of a provider's own SMTP error list: a code (or a range of codes) and the text the provider writes with it.
import type { CauseId } from '../index.js';

/** One provider entry: the enhanced code, the reply code when the provider gives one, and its registered text. */
export interface OverlayEntry {
  /** Enhanced status code, or a range of details written "5.7.700-749". */
  code: string;
  reply?: string;
  /** The provider's text, as it writes it; matched as a phrase (case and spacing aside). */
  text: string;
  cause: CauseId;
}

/** A provider's list with its source. */
export interface ProviderOverlay {
  provider: string;
  source: string;
  /** Marks in a reply that show the provider wrote it (its host names, its reply tag); then its table applies by code. */
  marks?: RegExp;
  entries: readonly OverlayEntry[];
}

/** True when `code` (X.Y.Z) is the entry's code or falls in its range. */
export function overlayCodeMatches(entry: OverlayEntry, code: string): boolean {
  const range = /^(\d\.\d{1,3})\.(\d{1,3})-(\d{1,3})$/.exec(entry.code);
  if (!range) return entry.code === code;
  const [prefix, low, high] = [range[1], Number(range[2]), Number(range[3])];
  const m = /^(\d\.\d{1,3})\.(\d{1,3})$/.exec(code);
  return Boolean(m && m[1] === prefix && Number(m[2]) >= low && Number(m[2]) <= high);
}
