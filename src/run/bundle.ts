// Packs what a support engineer needs into one .tar.gz: report, summary, log excerpts, dump analysis, environment.
import { writeFile } from 'node:fs/promises';
import { InputError, errorMessage } from '../core/errors.js';
import { redact, redactDeep } from '../core/redact.js';
import { buildReport } from '../core/report.js';
import type { Report } from '../core/types.js';
import { renderReport } from '../render/index.js';
import type { Fingerprint } from './fingerprint.js';
import { tarGz, type TarEntry } from './tar.js';

const PLAIN = { color: false, verbose: true, quiet: false };

function sampleLines(report: Report): string {
  const out: string[] = [];
  for (const r of report.results.filter((x) => x.id === 'logs')) {
    out.push(`# ${r.target}: ${r.summary}`);
    for (const f of r.findings) {
      const samples = f.evidence.samples;
      out.push(`## ${f.cause}: ${f.title}`, f.detail);
      if (Array.isArray(samples)) for (const s of samples) out.push(typeof s === 'string' ? s : JSON.stringify(s));
      out.push('');
    }
  }
  return out.length > 0 ? out.join('\n') : 'No log scan was part of this run.\n';
}

/** The archive entries for a finished run; every text passes the redaction step. */
export function bundleEntries(report: Report, fingerprint: Fingerprint): TarEntry[] {
  const dumps = report.results.filter((r) => r.id === 'threaddump');
  const dumpReport = buildReport({ command: `${report.command} (thread dumps)`, startedAt: new Date(report.startedAt), results: dumps, failOn: report.failOn });
  return [
    { name: 'maildoctor/report.json', content: renderReport(report, 'json', PLAIN) },
    { name: 'maildoctor/summary.md', content: renderReport(report, 'markdown', PLAIN) },
    { name: 'maildoctor/report.html', content: renderReport(report, 'html', PLAIN) },
    { name: 'maildoctor/log-excerpts.txt', content: redact(sampleLines(report)) },
    {
      name: 'maildoctor/threaddump-analysis.md',
      content: dumps.length > 0 ? renderReport(dumpReport, 'markdown', PLAIN) : 'No thread dump was part of this run.\n',
    },
    { name: 'maildoctor/environment.json', content: redact(`${JSON.stringify(redactDeep(fingerprint), null, 2)}\n`) },
  ];
}

/** Writes the bundle to `file`. */
export async function writeBundle(file: string, report: Report, fingerprint: Fingerprint): Promise<void> {
  try {
    await writeFile(file, tarGz(bundleEntries(report, fingerprint)));
  } catch (err) {
    throw new InputError(`cannot write the bundle ${file}: ${errorMessage(err)}`);
  }
}
