// The options every renderer takes; renderers are pure functions of (report, options).
import type { Report } from '../core/types.js';

/** The output formats of every command. */
export const FORMATS = ['text', 'json', 'markdown', 'junit', 'nagios', 'html'] as const;

/** One output format. */
export type Format = (typeof FORMATS)[number];

/** Presentation switches decided by the CLI (terminal, flags, NO_COLOR). */
export interface RenderOptions {
  color: boolean;
  verbose: boolean;
  quiet: boolean;
  /** Terminal width for the text table; undefined when not a terminal. */
  width?: number;
}

/** A renderer: report in, text out, no I/O. */
export type Renderer = (report: Report, options: RenderOptions) => string;
