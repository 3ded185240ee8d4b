// Picks the renderer for a format and applies the one redaction step to whatever it produces.
import { redact, redactDeep } from '../core/redact.js';
import type { Report } from '../core/types.js';
import { renderHtml } from './html/index.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderNagios } from './nagios.js';
import { renderText } from './text.js';
import type { Format, RenderOptions, Renderer } from './types.js';

const RENDERERS: Record<Format, Renderer> = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  junit: renderJunit,
  nagios: renderNagios,
  html: renderHtml,
};

/** Renders a report in a format; every string is redacted before and after rendering. */
export function renderReport(report: Report, format: Format, options: RenderOptions): string {
  return redact(RENDERERS[format](redactDeep(report), options));
}

export { FORMATS, type Format, type RenderOptions } from './types.js';
export { nagiosExitCode } from './nagios.js';
