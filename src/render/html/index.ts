// The HTML report: one self-contained page a support engineer attaches to a ticket, drawn from the report alone.
import type { Report } from '../../core/types.js';
import type { RenderOptions } from '../types.js';
import { checksSection } from './checks.js';
import { html, type Html } from './escape.js';
import { glanceSection, pageHead } from './glance.js';
import { journeySection } from './journey.js';
import { lockSection } from './lock-graph.js';
import { page } from './page.js';
import { timelinesSection } from './timelines.js';
import { tlsSection } from './tls-chain.js';
import { verdictsSection } from './verdicts.js';

const NAV: Array<[string, string]> = [
  ['verdicts', 'What is wrong'],
  ['journey', 'Email journey'],
  ['timelines', 'When'],
  ['locks', 'Threads and locks'],
  ['tls', 'TLS certificates'],
  ['checks', 'Every check'],
];

/** Renders the report as HTML: verdicts, journey, timelines, lock graph, TLS chain, then every check. */
export function renderHtml(report: Report, options: RenderOptions): string {
  const sections: Array<[string, Html | undefined]> = [
    ['verdicts', verdictsSection(report)],
    ['journey', journeySection(report)],
    ['timelines', timelinesSection(report)],
    ['locks', lockSection(report)],
    ['tls', tlsSection(report)],
    ['checks', checksSection(report, options.quiet)],
  ];
  const present = new Set(sections.filter(([, s]) => s).map(([id]) => id));
  const nav = html`<nav aria-label="Sections">${NAV.filter(([id]) => present.has(id)).map(([id, label]) => html`<a href="#${id}">${label}</a>`)}</nav>`;
  const footer = html`<footer>maildoctor ${report.tool.version} · the same report as <code>--format json</code>, with secrets redacted · this page loads nothing from any network and works with scripts off.</footer>`;
  return page(`maildoctor: ${report.command}`, html`${pageHead(report)}${nav}${glanceSection(report)}${sections.map(([, s]) => s)}${footer}`);
}
