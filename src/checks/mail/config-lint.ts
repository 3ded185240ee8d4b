// The config-lint check: the client-secret rotation mistakes in an SMTP/inbound configuration-properties text.
import { fileKey } from '../../core/keys.js';
import type { Check, CheckOutcome } from '../../core/types.js';
import type { CauseId } from '../../knowledge/index.js';
import { scanProperties } from './config-lint-parse.js';
import { lintFindings } from './config-lint-rules.js';

/** Findings that describe the properties rather than a mistake in them. */
const NOT_PROBLEMS: ReadonlySet<CauseId> = new Set<CauseId>(['config.value.consistent', 'config.key.absent', 'config.client-secret.count']);

/** Builds the lint check over text already read (so unreadable input fails before any check runs). */
export function configLintCheck(text: string, source: string): Check {
  const scan = scanProperties(text, source);
  return {
    id: 'config-lint',
    key: fileKey('config-lint', source),
    title: 'Configuration properties lint',
    target: source,
    async run(): Promise<CheckOutcome> {
      const findings = lintFindings(scan);
      const counts = { client_secret: 0, client_id: 0, tenant: 0 };
      for (const i of scan.instances) counts[i.key] += 1;
      const problems = findings.filter((f) => !NOT_PROBLEMS.has(f.cause)).length;
      const found =
        Object.entries(counts)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${k} ×${n}`)
          .join(', ') || 'no client_secret, client_id or tenant';
      return {
        summary: `${found}; ${problems === 0 ? 'no rotation mistakes' : `${problems} problem${problems > 1 ? 's' : ''}`}`,
        findings,
        evidence: {
          lines: scan.lines,
          propertyLines: scan.propertyLines,
          instances: { clientSecret: counts.client_secret, clientId: counts.client_id, tenant: counts.tenant },
          microsoft: scan.microsoft,
        },
      };
    },
  };
}
