// The options every renderer takes; renderers are pure functions of (report, options).
import type { Report } from '../core/types.js';
import type { Thresholds } from './thresholds.js';

/** The output formats of every command. */
export const FORMATS = ['text', 'json', 'markdown', 'junit', 'nagios', 'prometheus', 'html'] as const;

/** One output format. */
export type Format = (typeof FORMATS)[number];

/** Presentation switches decided by the CLI (terminal, flags, NO_COLOR). */
export interface RenderOptions {
  color: boolean;
  verbose: boolean;
  quiet: boolean;
  /** Terminal width for the text table; undefined when not a terminal. */
  width?: number;
  /** --warning/--critical ranges for the figures the nagios format judges. */
  thresholds?: Thresholds;
}

/** A renderer: report in, text out, no I/O. */
export type Renderer = (report: Report, options: RenderOptions) => string;
