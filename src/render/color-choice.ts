// Whether the human formats use colour: the flags, then FORCE_COLOR, NO_COLOR, TERM=dumb and the terminal, in that order.
import type { Format } from './types.js';

/** Everything the colour decision depends on; no I/O, so every convention is testable. */
export interface ColorInputs {
  /** `--color` (true), `--no-color` (false), or neither (undefined). */
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  format: Format;
  /** The report goes to a file (`-o FILE`) rather than to the stream below. */
  toFile: boolean;
  /** The stream the report is written to is a terminal. */
  isTTY: boolean;
}

/** Formats that may carry ANSI colour; the machine formats never do. */
const COLOURED_FORMATS: ReadonlySet<Format> = new Set<Format>(['text']);

/**
 * The FORCE_COLOR level as Node.js documents it (Command-line API › FORCE_COLOR): `1`, `true` or the empty
 * string mean 16 colours, `2` 256, `3` 16 million, any other value turns colour off; undefined when unset.
 */
export function forcedLevel(value: string | undefined): 0 | 1 | 2 | 3 | undefined {
  if (value === undefined) return undefined;
  if (value === '' || value === '1' || value === 'true') return 1;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 0;
}

/** The chalk level to render with: 0 means no colour at all. */
export function colorLevel(input: ColorInputs): 0 | 1 | 2 | 3 {
  if (!COLOURED_FORMATS.has(input.format)) return 0;
  const forced = forcedLevel(input.env.FORCE_COLOR);
  if (input.flag === false) return 0;
  if (input.flag === true) return forced && forced > 1 ? forced : 1;
  if (forced !== undefined) return forced;
  if (input.env.NO_COLOR || input.env.NODE_DISABLE_COLORS) return 0;
  if (input.toFile || !input.isTTY) return 0;
  if (input.env.TERM === 'dumb') return 0;
  return 1;
}
