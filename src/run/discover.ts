// `run` with no config: the guide's host checks, and on a ServiceOps host its logs, dumps and scheduler.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { configContext, type BuildContext } from '../core/kind.js';
import type { Check, FindingInput } from '../core/types.js';
import { guideHostEntries } from './guide-hosts.js';
import { buildEntries } from './plan-host.js';

/** Where a ServiceOps installation keeps its tenants (ServiceOps — Email Server Troubleshooting › ServiceOps Log Analysis). */
export const SERVICEOPS_ROOT = '/opt/flotomate/main-server';

/** Thread dumps older than this are history, not evidence about now. */
const RECENT_DUMP_MS = 24 * 3600_000;

function latestDump(root: string): string | undefined {
  const dir = join(root, 'logs');
  if (!existsSync(dir)) return undefined;
  const dumps = readdirSync(dir)
    .filter((f) => /^threaddump-.*\.txt$/.test(f))
    .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
    .filter((d) => Date.now() - d.mtime < RECENT_DUMP_MS)
    .sort((a, b) => b.mtime - a.mtime);
  return dumps[0]?.path;
}

/** What discovery looks at: the ServiceOps root and the host-check entries (tests point both at local things). */
export interface DiscoverOptions {
  root?: string;
  hostEntries?: Array<Record<string, unknown>>;
}

/** The checks `run` can do on this host without a config, and notes about what it left out. */
export async function discoverHostPlan(base: BuildContext, options: DiscoverOptions = {}): Promise<{ checks: Check[]; notes: FindingInput[] }> {
  const root = options.root ?? SERVICEOPS_ROOT;
  const ctx = configContext(base, base.io.cwd);
  const checks: Check[] = [];
  const notes: FindingInput[] = [];
  const entries: Array<Record<string, unknown>> = [...(options.hostEntries ?? guideHostEntries())];
  const onServiceOps = existsSync(root);
  if (onServiceOps) {
    const tenants = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'logs')));
    if (tenants.length > 0) entries.push({ type: 'logs', paths: tenants.map((d) => join(root, d.name, 'logs')) });
    const dump = latestDump(root);
    if (dump) entries.push({ type: 'threaddump', files: [dump] });
  }
  if (ctx.io.env.PGHOST || ctx.io.env.PGDATABASE || ctx.io.env.DATABASE_URL) entries.push({ type: 'quartz' });
  else
    notes.push({
      cause: 'verdict.not-checked',
      detail: 'the Quartz trigger check needs the database: set PGHOST/PGDATABASE (password in .pgpass) or a database entry in maildoctor.yaml',
      evidence: { check: 'quartz' },
    });
  const built = await buildEntries(entries, ctx, 'host discovery');
  checks.push(...built.checks);
  notes.push(...built.notes);
  notes.push({
    cause: 'verdict.not-checked',
    detail: `${onServiceOps ? 'ServiceOps host found: its logs were scanned. ' : `no ServiceOps installation under ${root}: only the host checks ran. `}Logins, linking and best practices need a config: maildoctor init --preset office365|gmail|generic`,
    evidence: { serviceOps: onServiceOps },
  });
  return { checks, notes };
}
