// Finds ServiceOps tenant log folders (/opt/flotomate/main-server/<tenant>/logs/) and resolves DIR|FILE arguments.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { inputKindSync } from '../core/input-path.js';
import { listLogFiles, singleLogFile, type LogFile } from './scan/index.js';

/** Where ServiceOps keeps one folder per tenant (ServiceOps — Email Server Troubleshooting › ServiceOps Log Analysis). */
export const SERVICEOPS_ROOT = '/opt/flotomate/main-server';

/** A folder (or file list) to scan, with the label findings use. */
export interface LogSource {
  label: string;
  tenant?: string;
  /** True when the label is a folder and files are named inside it. */
  isDir: boolean;
  files: LogFile[];
}

/** Every `<root>/<tenant>/logs/` folder, optionally only the named tenant. */
export function discoverTenants(root = SERVICEOPS_ROOT, tenant?: string): Array<{ tenant: string; dir: string }> {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => !tenant || name === tenant)
    .map((name) => ({ tenant: name, dir: join(root, name, 'logs') }))
    .filter((t) => existsSync(t.dir) && statSync(t.dir).isDirectory());
}

/** Turns the command's arguments into sources; no arguments means discovery under the ServiceOps root. */
export function resolveSources(args: string[], cwd: string, tenant?: string, root = SERVICEOPS_ROOT): LogSource[] {
  if (args.length === 0) {
    const tenants = discoverTenants(root, tenant);
    if (tenants.length === 0) {
      const which = tenant ? `tenant "${tenant}" has no logs folder` : 'no tenant logs folder found';
      throw new UsageError(`${which} under ${root}/*/logs/; give the logs folder or files as arguments`);
    }
    return tenants.map((t) => ({ label: t.dir, tenant: t.tenant, isDir: true, files: listLogFiles(t.dir) }));
  }
  if (tenant) throw new UsageError('--tenant only applies without DIR|FILE arguments');
  return args.map((arg) => {
    const path = resolve(cwd, arg);
    const kind = inputKindSync(path, 'log', { directory: true });
    const label = isAbsolute(arg) ? arg.replace(/\/+$/, '') || '/' : relative(cwd, path) || '.';
    if (kind === 'directory') return { label, isDir: true, files: listLogFiles(path) };
    return { label, isDir: false, files: [singleLogFile(path)] };
  });
}
