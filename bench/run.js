// Runs every benchmark in one go (npm run bench): each prints its own ratios against the technician's tools.
// Usage: node bench/run.js [--quick]   (--quick uses small inputs: a smoke run, not figures to quote)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');

/** Each bench with its full-size and quick arguments. */
const BENCHES = [
  { name: 'start-up: --version vs node -e 0', script: 'startup.mjs', full: ['--reps', '21'], quick: ['--reps', '3'] },
  { name: 'network: tls/port vs openssl s_client and nc -zv', script: 'network.mjs', full: ['15'], quick: ['3'] },
  { name: "logs: one pass vs the guide's greps, ripgrep and cat", script: 'logs/run.js', full: ['--size', '1024'], quick: ['--size', '32', '--reps', '1'] },
  { name: 'threaddump: thousands of threads vs grep', script: 'threaddump/run.js', full: ['5000'], quick: ['500'] },
  { name: 'audit: a large Email Audit export vs awk, grep and rg', script: 'audit.mjs', full: ['1000000'], quick: ['20000', '--reps', '1'] },
  {
    name: 'run: 20 mailboxes, 3 of them on a silent server, within --timeout + 1 s',
    script: 'run-timeout.mjs',
    full: ['--timeout', '2000', '--reps', '5'],
    quick: ['--timeout', '2000', '--reps', '1'],
  },
  { name: 'redact: throughput and linear time on ordinary and adversarial text', script: 'redact.mjs', full: ['2'], quick: ['0.25'] },
];

let failed = 0;
for (const b of BENCHES) {
  console.log(`\n=== ${b.name}`);
  const r = spawnSync(process.execPath, [join(here, b.script), ...(quick ? b.quick : b.full)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed += 1;
    console.log(`(${b.script} exited ${r.status ?? r.signal})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
