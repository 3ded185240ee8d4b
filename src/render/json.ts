// The machine view: the Report as JSON (schema/report.schema.json), stable for scripts and tickets.
import type { Report } from '../core/types.js';
import type { RenderOptions } from './types.js';

/** Renders the report as pretty-printed JSON; transcripts appear only when the run was verbose. */
export function renderJson(report: Report, _options: RenderOptions): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
