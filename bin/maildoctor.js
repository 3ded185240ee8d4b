#!/usr/bin/env node
// Thin launcher: everything lives in dist/cli.js; the exit code is whatever main() decides.
// A log scan's helper threads start first, so that they load while the CLI does (they do not hold the process).
if (process.argv[2] === 'logs' && !process.argv.includes('--follow')) (await import('../dist/logs/scan/warm-workers.js')).prewarmWorkers();
const { main } = await import('../dist/cli.js');

process.exitCode = await main(process.argv);
