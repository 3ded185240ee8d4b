#!/usr/bin/env node
// Thin launcher: everything lives in dist/cli.js; the exit code is whatever main() decides.
// `--version` alone is answered here, without loading the CLI (as `maildoctor --version` in scripts runs often).
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/cli.js', import.meta.url))) {
  process.stderr.write('maildoctor: not built: dist/ is missing; run `npm ci && npm run build` in the checkout (see README, Install)\n');
  process.exit(2);
}
(await import('../dist/core/broken-pipe.js')).endQuietlyOnBrokenPipe();
const [, , first, ...rest] = process.argv;
if ((first === '--version' || first === '-V') && rest.length === 0) {
  process.stdout.write(`${(await import('../dist/core/version.js')).VERSION}\n`);
} else {
  // A log scan's helper threads start first, so that they load while the CLI does (they do not hold the process).
  if (first === 'logs' && !process.argv.includes('--follow')) (await import('../dist/logs/scan/warm-workers.js')).prewarmWorkers();
  // An audit reads a large export in a second thread when a core is spare (watched from now on); the thread starts
  // loading now, while the CLI does, and is stopped unused if no core turns out spare.
  if (first === 'audit') {
    await import('../dist/core/spare-core.js');
    (await import('../dist/logs/audit/warm-reader.js')).prewarmReader(rest);
  }
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(process.argv);
}
