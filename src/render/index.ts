// Picks the renderer for a format; the report it gets was redacted as a whole when it was built (core/report.ts).
import { redactReport } from '../core/redact-report.js';
import type { Report } from '../core/types.js';
import { renderHtml } from './html/index.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderNagios } from './nagios.js';
import { renderPrometheus } from './prometheus.js';
import { renderText } from './text.js';
import type { Format, RenderOptions, Renderer } from './types.js';

const RENDERERS: Record<Format, Renderer> = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  junit: renderJunit,
  nagios: renderNagios,
  html: renderHtml,
  prometheus: renderPrometheus,
};

/** Renders a report in a format; a report made without buildReport is redacted here (a no-op for a built one). */
export function renderReport(report: Report, format: Format, options: RenderOptions): string {
  return RENDERERS[format](redactReport(report), options);
}

export { FORMATS, type Format, type RenderOptions } from './types.js';
export { nagiosExitCode, renderNagiosUnknown } from './nagios.js';
