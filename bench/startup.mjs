// Bench: start-up. `maildoctor --version` against `node -e 0` (target: at most 1.5x), round-robin, and the CLI's
// start-up for a log scan of an empty folder (what a scan costs before its first byte).
// Usage: node bench/startup.mjs [--reps 15]   (uses the built CLI: npm run build first)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--reps');
const reps = i >= 0 ? Number(process.argv[i + 1]) : 15;
const cli = join(root, 'bin', 'maildoctor.js');
const empty = mkdtempSync(join(tmpdir(), 'md-bench-empty-'));

const COMMANDS = [
  ['node -e 0', ['-e', '0']],
  ['maildoctor --version', [cli, '--version']],
  ['maildoctor logs <empty folder>', [cli, 'logs', empty, '--format', 'json']],
];

const runs = COMMANDS.map(() => []);
for (let r = 0; r < reps; r += 1) {
  COMMANDS.forEach(([, args], k) => {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    runs[k].push(performance.now() - t0);
  });
}
rmSync(empty, { recursive: true, force: true });
COMMANDS.forEach(([label], k) => {
  const ratio = k === 0 ? '' : `  ${median(runs[k].map((t, r) => t / runs[0][r])).toFixed(2)}x node -e 0 (median of per-round ratios)`;
  console.log(`${label.padEnd(32)} ${median(runs[k]).toFixed(0).padStart(5)} ms${ratio}`);
});
console.log(`target: --version at most 1.5x node -e 0; ${reps} rounds, load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`);
