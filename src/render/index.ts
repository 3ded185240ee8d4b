// Picks the renderer for a format and applies the one redaction step to whatever it produces.
import { redactDeep, redactShapes } from '../core/redact.js';
import type { Finding, Report } from '../core/types.js';
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

/**
 * A finding with its observed parts redacted and the knowledge base's own words left alone: a title or explanation cannot
 * hold a secret, and masking a word of it that happens to equal a password would only point at that password.
 * Fix texts were redacted where evidence filled them in.
 */
function redactFinding(f: Finding): Finding {
  return { ...redactDeep(f), title: f.title, explanation: f.explanation, fixes: f.fixes, reference: f.reference };
}

/** The report with every observed string redacted: summaries, details, evidence, transcripts, errors. */
function redactReport(report: Report): Report {
  const { results, verdicts, ...rest } = report;
  return {
    ...redactDeep(rest),
    results: results.map(({ findings, ...r }) => ({ ...redactDeep(r), findings: findings.map(redactFinding) })),
    ...(verdicts ? { verdicts: verdicts.map(redactFinding) } : {}),
  };
}

/** Renders a report in a format: its observed strings are redacted by value and shape before, and the output by shape after. */
export function renderReport(report: Report, format: Format, options: RenderOptions): string {
  return redactShapes(RENDERERS[format](redactReport(report), options));
}

export { FORMATS, type Format, type RenderOptions } from './types.js';
export { nagiosExitCode, renderNagiosUnknown } from './nagios.js';
