// The shape of a code registry: codes and the texts their source registers, each with the cause it points at.
import type { CauseId } from '../index.js';

/** One registered code: the text its source gives (a fact) and, when it names a problem, the cause it leads to. */
export interface RegistryEntry {
  /** The registered text, transcribed as the source writes it. */
  text: string;
  /** Our own words on what the code means to a helpdesk, when the registered text does not say it plainly. */
  meaning?: string;
  /** The cause a finding of this code has; absent for codes that report success or routine state. */
  cause?: CauseId;
  /** A more precise source for this one entry (an RFC that registered it). */
  ref?: string;
}

/** A table of codes with the source every entry is transcribed from. */
export interface Registry {
  /** Where the codes and texts come from: an RFC number, a registry name or a vendor page title. */
  source: string;
  entries: Readonly<Record<string, RegistryEntry>>;
}

/** Declares a registry while keeping its keys. */
export function defineRegistry<const T extends Record<string, RegistryEntry>>(source: string, entries: T): { source: string; entries: T } {
  return { source, entries };
}

/** The entry of one code in a registry (own entries only, so "constructor" or "toString" find nothing). */
export function entryOf(registry: { entries: Readonly<Record<string, RegistryEntry>> }, code: string): RegistryEntry | undefined {
  return Object.hasOwn(registry.entries, code) ? registry.entries[code] : undefined;
}
