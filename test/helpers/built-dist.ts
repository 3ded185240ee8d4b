// Whether the compiled twin of a source folder is there and up to date: tests of code that only runs built (worker
// threads start dist/ scripts) skip rather than test a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * True when every TypeScript source in `srcDir` has its built `.js` twin in `distDir`, at least as new as the source
 * (a compiled file left behind by a removed source does not count).
 */
export function builtAndFresh(srcDir: string, distDir: string): boolean {
  return readdirSync(srcDir)
    .filter((f) => f.endsWith('.ts'))
    .every((f) => {
      const built = join(distDir, f.replace(/\.ts$/, '.js'));
      return existsSync(built) && statSync(built).mtimeMs >= statSync(join(srcDir, f)).mtimeMs;
    });
}
