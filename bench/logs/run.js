// Times `maildoctor logs DIR --format json` against the guide's seven greps, one ripgrep pass per file and cat, on the same data.
// Usage: node bench/logs/run.js [--size MB=1024] [--seed 42] [--dir bench/data/logs-SIZE] [--reps 3] [--no-build]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const size = Number(option('size', '1024'));
const seed = Number(option('seed', '42'));
const reps = Number(option('reps', '3'));
const dir = resolve(option('dir', join(ROOT, 'bench', 'data', `logs-${size}`)));
const FILES = ['email.log', 'error.log', 'service.log'];

/**
 * The guide's seven greps (000 › ServiceOps Log Analysis), one after another, as the guide writes them. The last has no
 * `| tail`: its output goes through cat, as it would to a terminal (GNU grep writing straight to /dev/null stops at
 * the first match, which no technician's terminal gets).
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
const RG_PATTERNS = ['connection failed', 'connection refused', 'timed out', 'auth', 'authentication', '535', 'credentials', 'token', 'ignored', 'received_ignored', 'support@company.com', 'email', 'smtp', 'imap', 'oauth', 'mail', 'unauthorized', '401', '403', 'email.*scheduler', 'fetch.*email'];

function ensureData() {
  const marker = join(dir, '.generated');
  const want = `${size} ${seed}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return;
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`generating ${size} MiB of logs in ${dir} (seed ${seed})...\n`);
  generate(dir, size, seed);
  writeFileSync(marker, want);
}

/** Runs a shell command under /usr/bin/time; returns wall seconds, CPU seconds (user + system) and peak RSS in MB. */
function timed(script, cwd = dir) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@%e %U %S %M', 'bash', '-c', `set -o pipefail; ${script} > /dev/null`], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`could not time: ${script}\n${r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), peakMb: Number(m[4]) / 1024 };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Times every command `reps` times, round-robin (one run of each per round), so that a shared machine's slow spells
 * fall on all of them alike; returns per command the medians and, per round, its wall time.
 */
function measureAll(commands) {
  const runs = commands.map(() => []);
  for (let r = 0; r < reps; r += 1) commands.forEach(([, script], i) => runs[i].push(timed(script)));
  return commands.map(([name], i) => ({ name, rounds: runs[i].map((x) => x.wall), wall: median(runs[i].map((x) => x.wall)), cpu: median(runs[i].map((x) => x.cpu)), peakMb: Math.max(...runs[i].map((x) => x.peakMb)) }));
}

/** The median over rounds of a / b, each round's pair timed minutes apart at most. */
function roundRatio(a, b) {
  return median(a.rounds.map((w, i) => w / b.rounds[i]));
}

if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is missing: apt-get install time');
if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
ensureData();
const cli = join(ROOT, 'bin', 'maildoctor.js');
const check = spawnSync('node', [cli, 'logs', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (check.status !== 0 && check.status !== 1) throw new Error(`maildoctor logs failed (exit ${check.status}): ${check.stderr}`);
const report = JSON.parse(check.stdout);
const emptyDir = join(dir, '..', 'empty-logs');
mkdirSync(emptyDir, { recursive: true });
timed(`cat ${FILES.join(' ')}`);
const results = measureAll([
  ['cat (read floor)', `cat ${FILES.join(' ')}`],
  ['guide: 7 greps', GREPS.map((g) => `${g} >/dev/null`).join('; ')],
  ['ripgrep: 1 pass per file', FILES.map((f) => `rg -i ${RG_PATTERNS.map((p) => `-e '${p}'`).join(' ')} ${f} | tail -50 >/dev/null`).join('; ')],
  ['maildoctor logs --format json', `node ${cli} logs ${dir} --format json || [ $? -eq 1 ]`],
  ['  of which CLI start (empty dir)', `node ${cli} logs ${emptyDir} --format json || [ $? -eq 1 ]`],
]);
const grep = results[1].wall;
const rg = results[2].wall;
const md = results[3];
process.stdout.write(`data: ${dir} (${size} MiB, seed ${seed}), ${reps} rounds of one run each: median wall and CPU (user+sys) time, peak RSS\n`);
process.stdout.write(`${''.padEnd(32)} ${'wall'.padStart(7)}    ${'cpu'.padStart(7)}    ${'peak'.padStart(5)}\n`);
for (const r of results) process.stdout.write(`${r.name.padEnd(32)} ${r.wall.toFixed(2).padStart(7)} s  ${r.cpu.toFixed(2).padStart(7)} s  ${r.peakMb.toFixed(0).padStart(5)} MB\n`);
const causes = report.results[0].findings.length;
process.stdout.write(`maildoctor / greps   = ${(md.wall / grep).toFixed(2)}x of the medians, ${roundRatio(md, results[1]).toFixed(2)}x median of the rounds (target <= 0.5)\n`);
process.stdout.write(`maildoctor / ripgrep = ${(md.wall / rg).toFixed(2)}x of the medians, ${roundRatio(md, results[2]).toFixed(2)}x median of the rounds (target <= 1.0)\n`);
process.stdout.write(`CPU time: maildoctor / greps = ${(md.cpu / results[1].cpu).toFixed(2)}x, maildoctor / ripgrep = ${(md.cpu / results[2].cpu).toFixed(2)}x\n`);
process.stdout.write(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores\n`);
process.stdout.write(`maildoctor peak RSS  = ${md.peakMb.toFixed(0)} MB (target < 200); ${causes} findings\n`);
