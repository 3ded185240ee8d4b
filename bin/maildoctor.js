#!/usr/bin/env node
// Thin launcher: everything lives in dist/cli.js; the exit code is whatever main() decides.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/cli.js', import.meta.url))) {
  process.stderr.write('maildoctor: not built: dist/ is missing; run `npm ci && npm run build` in the checkout (see README, Install)\n');
  process.exit(2);
}
(await import('../dist/core/broken-pipe.js')).endQuietlyOnBrokenPipe();
// A log scan's helper threads start first, so that they load while the CLI does (they do not hold the process).
if (process.argv[2] === 'logs' && !process.argv.includes('--follow')) (await import('../dist/logs/scan/warm-workers.js')).prewarmWorkers();
const { main } = await import('../dist/cli.js');

process.exitCode = await main(process.argv);
