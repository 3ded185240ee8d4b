// The tool's own version, read once from package.json so that reports say what produced them.
import { readFileSync } from 'node:fs';

/** maildoctor's version as published in package.json. */
export const VERSION: string = (() => {
  try {
    const url = new URL('../../package.json', import.meta.url);
    const pkg = JSON.parse(readFileSync(url, 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();
