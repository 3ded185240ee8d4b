// Times `maildoctor logs DIR --format json` against the guide's seven greps, one ripgrep pass per file and cat, on the
// same events written in each of five log layouts (bench/logs/layouts.js).
// Usage: node bench/logs/run.js [--size MB=1024] [--seed 42] [--reps 3] [--layouts classic,log4j2,...] [--no-build]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';
import { LAYOUT_NAMES } from './layouts.js';
import { option } from '../cli-option.mjs';
import { median } from '../median.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const size = Number(option('size', '1024'));
const seed = Number(option('seed', '42'));
const reps = Number(option('reps', '3'));
const layouts = option('layouts', LAYOUT_NAMES.join(',')).split(',');
const FILES = ['email.log', 'error.log', 'service.log'];

/**
 * The guide's seven greps (ServiceOps — Email Server Troubleshooting › ServiceOps Log Analysis), one after another, as
 * the guide writes them. The last has no `| tail`: its output goes through cat, as it would to a terminal (GNU grep
 * writing straight to /dev/null stops at the first match, which no technician's terminal gets).
 */
const GREPS = [
  "grep -i 'connection failed\\|connection refused\\|timed out' email.log | tail -50",
  "grep -i 'auth\\|authentication\\|535\\|credentials\\|token' email.log | tail -50",
  "grep -i 'ignored\\|received_ignored' email.log | tail -50",
  "grep 'support@company.com' email.log | tail -30",
  "grep -i 'email\\|smtp\\|imap\\|oauth\\|mail' error.log | tail -50",
  "grep -i 'oauth\\|token\\|unauthorized\\|401\\|403' error.log | tail -30",
  "grep -i 'email\\|email.*scheduler\\|fetch.*email' service.log | cat",
];
/** Every pattern of those greps, for one ripgrep pass per file. */
const RG_PATTERNS = [
  'connection failed',
  'connection refused',
  'timed out',
  'auth',
  'authentication',
  '535',
  'credentials',
  'token',
  'ignored',
  'received_ignored',
  'support@company.com',
  'email',
  'smtp',
  'imap',
  'oauth',
  'mail',
  'unauthorized',
  '401',
  '403',
  'email.*scheduler',
  'fetch.*email',
];

function dataDir(layout) {
  return join(ROOT, 'bench', 'data', `logs-${layout}-${size}`);
}

function ensureData(layout) {
  const dir = dataDir(layout);
  const marker = join(dir, '.generated');
  const want = `${size} ${seed} ${layout} 2`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return;
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`generating ${size} MiB of ${layout} logs in ${dir} (seed ${seed})...\n`);
  generate(dir, size, seed, layout);
  writeFileSync(marker, want);
}

/** Runs a shell command under /usr/bin/time; returns wall seconds, CPU seconds (user + system) and peak RSS in MB. */
function timed(script, cwd) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@%e %U %S %M', 'bash', '-c', `set -o pipefail; ${script} > /dev/null`], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`could not time: ${script}\n${r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), peakMb: Number(m[4]) / 1024 };
}

if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is missing: apt-get install time');
if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
const cli = join(ROOT, 'bin', 'maildoctor.js');
const emptyDir = join(ROOT, 'bench', 'data', 'empty-logs');
mkdirSync(emptyDir, { recursive: true });

const TOOLS = [
  ['cat', () => `cat ${FILES.join(' ')}`],
  ['greps', () => GREPS.map((g) => `${g} >/dev/null`).join('; ')],
  ['ripgrep', () => FILES.map((f) => `rg -i ${RG_PATTERNS.map((p) => `-e '${p}'`).join(' ')} ${f} | tail -50 >/dev/null`).join('; ')],
  ['maildoctor', (dir) => `node ${cli} logs ${dir} --format json || [ $? -eq 1 ]`],
];

/** Runs maildoctor once on a layout (which also reads its files into the page cache) and keeps its causes and counts. */
function findingsOf(layout) {
  const check = spawnSync('node', [cli, 'logs', dataDir(layout), '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (check.status !== 0 && check.status !== 1) throw new Error(`maildoctor logs failed on ${layout} (exit ${check.status}): ${check.stderr}`);
  const result = JSON.parse(check.stdout).results[0];
  return Object.fromEntries(result.findings.map((f) => [f.cause, f.evidence?.count ?? '']));
}

/**
 * Asks the kernel to drop the other layouts' files from the page cache (GNU dd's documented `iflag=nocache count=0`).
 * A 24 GiB VM here kept only about 7 GiB of file pages, and the five layouts are 6.4 GiB: with the others cached, the
 * pages of the layout being timed were the ones evicted, and every tool was timed partly on the disk.
 */
function keepOnlyCached(layout) {
  for (const other of layouts) {
    if (other === layout || !existsSync(dataDir(other))) continue;
    for (const f of FILES) spawnSync('dd', [`if=${join(dataDir(other), f)}`, 'iflag=nocache', 'count=0', 'status=none']);
  }
}

/**
 * runs[layout][tool] = per-round measurements; a round runs every tool once on one layout. The rounds of a layout run
 * together, right after its files are read (and the other layouts' dropped from the page cache), so that every tool
 * reads from memory.
 */
const findings = {};
const runs = Object.fromEntries(layouts.map((l) => [l, Object.fromEntries(TOOLS.map(([t]) => [t, []]))]));
const start = [];
for (const layout of layouts) {
  ensureData(layout);
  keepOnlyCached(layout);
  findings[layout] = findingsOf(layout);
  timed(`cat ${FILES.join(' ')}`, dataDir(layout));
  for (let r = 0; r < reps; r += 1) for (const [tool, script] of TOOLS) runs[layout][tool].push(timed(script(dataDir(layout)), dataDir(layout)));
  start.push(timed(`node ${cli} logs ${emptyDir} --format json || [ $? -eq 1 ]`, emptyDir).wall);
}

const ratio = (layout, a, b) => median(runs[layout][a].map((x, i) => x.wall / runs[layout][b][i].wall));
const wall = (layout, tool) => median(runs[layout][tool].map((x) => x.wall));
process.stdout.write(
  `${size} MiB of events per layout (seed ${seed}), ${reps} round-robin rounds per layout; median wall seconds, ratios are medians of per-round ratios\n`,
);
process.stdout.write(
  `${'layout'.padEnd(11)} ${'MiB'.padStart(6)} ${'cat'.padStart(6)} ${'greps'.padStart(6)} ${'rg'.padStart(6)} ${'md'.padStart(6)} ${'md cpu'.padStart(7)} ${'md/greps'.padStart(9)} ${'md/rg'.padStart(6)} ${'peak MB'.padStart(8)}\n`,
);
for (const layout of layouts) {
  const mib = FILES.reduce((n, f) => n + Number(execFileSync('stat', ['-c', '%s', join(dataDir(layout), f)], { encoding: 'utf8' })), 0) / 1048576;
  const md = runs[layout].maildoctor;
  process.stdout.write(
    `${layout.padEnd(11)} ${mib.toFixed(0).padStart(6)} ${wall(layout, 'cat').toFixed(2).padStart(6)} ${wall(layout, 'greps').toFixed(2).padStart(6)} ${wall(layout, 'ripgrep').toFixed(2).padStart(6)} ${wall(layout, 'maildoctor').toFixed(2).padStart(6)} ${median(
      md.map((x) => x.cpu),
    )
      .toFixed(2)
      .padStart(7)} ${ratio(layout, 'maildoctor', 'greps').toFixed(2).padStart(9)} ${ratio(layout, 'maildoctor', 'ripgrep').toFixed(2).padStart(6)} ${Math.max(
      ...md.map((x) => x.peakMb),
    )
      .toFixed(0)
      .padStart(8)}\n`,
  );
}
process.stdout.write(`targets: md/greps <= 0.5, md/rg <= 1.0, peak < 150 MB; CLI start (empty dir) ${median(start).toFixed(2)} s\n`);
process.stdout.write(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${availableParallelism()} cores\n`,
);
const [first, ...others] = layouts;
const same = others.filter((l) => JSON.stringify(findings[l]) === JSON.stringify(findings[first]));
process.stdout.write(`causes and counts equal to ${first}'s: ${same.length === others.length ? 'every layout' : `only ${same.join(', ') || 'none'}`}\n`);
for (const l of layouts) if (!same.includes(l) && l !== first) process.stdout.write(`  ${l}: ${JSON.stringify(findings[l])}\n`);
if (others.length > 0 && same.length < others.length) process.stdout.write(`  ${first}: ${JSON.stringify(findings[first])}\n`);
