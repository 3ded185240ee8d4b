// Reads which names /etc/hosts answers, so a name the nameservers do not know can be told apart from a broken one.
import { readFile } from 'node:fs/promises';

/** Where the system resolver reads its static names. */
export const HOSTS_FILE = '/etc/hosts';

/** The lower-cased names /etc/hosts maps to an address; empty when the file cannot be read. */
export async function hostsFileNames(signal: AbortSignal, path = HOSTS_FILE): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(path, { encoding: 'utf8', signal });
  } catch {
    return new Set();
  }
  const names = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const [address, ...aliases] = raw.replace(/#.*$/, '').trim().split(/\s+/);
    if (address) for (const name of aliases) names.add(name.toLowerCase().replace(/\.$/, ''));
  }
  return names;
}

/** True for names the system answers without DNS: /etc/hosts entries and localhost (RFC 6761 section 6.3). */
export function answeredLocally(name: string, hosts: ReadonlySet<string>): boolean {
  const n = name.toLowerCase().replace(/\.$/, '');
  return n === 'localhost' || n.endsWith('.localhost') || hosts.has(n);
}
