// npm's `prepare` step: builds dist/ in a clone; skips an installed package (dist/ came in the tarball); and in a
// clone installed without dev dependencies (`npm ci --omit=dev`) says how to build instead of failing the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('src/cli.ts')) process.exit(0);
if (!existsSync('node_modules/typescript') || !existsSync('node_modules/assemblyscript')) {
  process.stderr.write(
    'maildoctor: the TypeScript build needs the dev dependencies, which this install left out; dist/ was not built.\n' +
      'maildoctor: build with `npm ci && npm run build` (then `npm prune --omit=dev` if you want them gone again),\n' +
      'maildoctor: or install the packed tarball, which carries dist/ and every runtime dependency: npm install -g maildoctor-<version>.tgz\n',
  );
  process.exit(0);
}
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
process.exit(build.status ?? 1);
