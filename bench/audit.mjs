// Bench: a deterministic 1,000,000-row Email Audit export, classified by `maildoctor audit`, next to awk counting the
// status column (and grep/rg counting one status), round-robin; reports time and peak memory.
// Usage: node bench/audit.mjs [rows=1000000] [--reps 3] [--no-build] [--shape other]   (data goes to bench/data/, which
// git ignores; --shape other writes the export of bench/audit-other-shape.mjs instead)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOtherShape } from './audit-other-shape.mjs';
import { seededRandom as rng } from './seeded-random.js';
import { median } from './median.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rows = Number(/^\d+$/.test(process.argv[2] ?? '') ? process.argv[2] : 1_000_000);
const data = join(root, 'bench', 'data');
const other = process.argv.includes('--shape') && process.argv[process.argv.indexOf('--shape') + 1] === 'other';
const file = join(data, `audit-${rows}${other ? '-other' : ''}.csv`);

const SUBJECTS = ['Printer broken', 'VPN, not working', 'Laptop slow', 'Password reset', 'New hire "onboarding"', 'Access to share', 'Monitor flickers'];
const IGNORED = [
  'Ignoring this Email — system acknowledgment mail',
  'Ignoring this Email — sender matched spam/ignore filter',
  'Ignoring the email — this email was processed before',
  'Ignoring this Email — Reference and In-ReplyTo are same',
];
const FAILED = [
  'Outgoing failed: Mail server connection failed',
  'Outgoing failed: "Invalid username or password"',
  'Outgoing failed: 452 4.3.1 Insufficient system storage',
];

function pad(n) {
  return String(n).padStart(2, '0');
}
function stamp(ms) {
  const d = new Date(ms);
  const h = d.getUTCHours();
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(h % 12 || 12)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}
function q(v) {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

async function generate() {
  mkdirSync(data, { recursive: true });
  const out = createWriteStream(file);
  const rand = rng(20261122);
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write('\uFEFFEvent Time,Email Server,From/To,Subject,Status,Change Summary\r\n');
  let t = Date.UTC(2026, 9, 1);
  let n = 0;
  let id = 1000;
  const row = (ms, server, addr, subject, status, message) => {
    n += 1;
    return `${stamp(ms)},${q(server)},${addr},${q(subject)},${status},${q(message)}\r\n`;
  };
  while (n < rows) {
    t += 1000 + Math.floor(rand() * 4000);
    const addr = `user${Math.floor(rand() * 5000)}@example.com`;
    const subject = `${SUBJECTS[Math.floor(rand() * SUBJECTS.length)]} #${Math.floor(rand() * 100000)}`;
    const r = rand();
    let chunk = row(t, 'Support Mailbox', addr, subject, 'RECEIVED', 'Incoming mail received successfully');
    if (r < 0.08) chunk += row(t + 1000, 'Support Mailbox', addr, subject, 'RECEIVED IGNORED', IGNORED[Math.floor(rand() * IGNORED.length)]);
    else if (r < 0.0805) chunk += '';
    else if (r < 0.1) chunk += row(t + 1000, 'Support Mailbox', addr, subject, 'PROCESSED FAILED', 'Guest User is not allowed to create/update request');
    else if (r < 0.102) chunk += row(t + 1000, 'Support Mailbox', addr, subject, 'PROCESSED', `Unexpected processing note ${Math.floor(rand() * 1e6)}`);
    else {
      id += 1;
      const kind = rand() < 0.3 ? 'Service Request' : 'Request';
      const rid = kind === 'Request' ? `INC-${id}` : `SR-${id}`;
      chunk += row(t + 1000, 'Support Mailbox', addr, subject, 'PROCESSED', `${kind} has been created With Id = ${rid}`);
      const s = rand();
      const out = `Request ${rid} created: ${subject}`;
      if (s < 0.9) chunk += row(t + 2000, 'Office365 SMTP', addr, out, 'SENT', 'Email Sent Successfully');
      else if (s < 0.97) chunk += row(t + 2000, 'Office365 SMTP', addr, out, 'SEND_FAILED', FAILED[Math.floor(rand() * FAILED.length)]);
      else chunk += row(t + 2000, 'Office365 SMTP', addr, out, 'SEND_IGNORED', 'Outgoing ignored: Email is ignored as per domain filter in mail-gateway-01');
    }
    await write(chunk);
  }
  await new Promise((r) => out.end(r));
}

/** Runs a command under /usr/bin/time; returns wall and CPU seconds and peak RSS in MB. */
function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@%e %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`could not time ${cmd}: ${r.error?.message ?? r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), peakMb: Number(m[4]) / 1024, code: r.status, stderr: r.stderr };
}

if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is missing: apt-get install time');
if (!existsSync(file)) {
  const t0 = performance.now();
  if (other) {
    mkdirSync(data, { recursive: true });
    await generateOtherShape(file, rows);
  } else await generate();
  console.log(`generated ${file} (${(statSync(file).size / 1048576).toFixed(0)} MB) in ${Math.round(performance.now() - t0)} ms`);
}
if (!process.argv.includes('--no-build')) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
const cli = join(root, 'bin', 'maildoctor.js');
const report = join(data, `audit-${rows}${other ? '-other' : ''}.report.json`);
const reps = Number(process.argv[process.argv.indexOf('--reps') + 1] || 3);
const COMMANDS = [
  ['maildoctor audit', process.execPath, [cli, 'audit', file, '--format', 'json', '-o', report]],
  ['awk -F, count per status column', 'awk', ['-F,', '{c[$5]++} END {for (k in c) print k, c[k]}', file]],
  ["grep -c 'SEND_FAILED'", 'grep', ['-c', 'SEND_FAILED', file]],
  ["rg -c 'SEND_FAILED'", 'rg', ['-c', 'SEND_FAILED', file]],
];
const runs = COMMANDS.map(() => []);
for (let r = 0; r < reps; r += 1) COMMANDS.forEach(([, cmd, args], i) => runs[i].push(timed(cmd, args)));
const md = runs[0];
if (md.some((x) => x.code !== 0 && x.code !== 1)) throw new Error(`maildoctor audit failed: ${md.find((x) => x.code !== 0 && x.code !== 1).stderr}`);
console.log(
  `${rows.toLocaleString('en')} rows (${(statSync(file).size / 1048576).toFixed(0)} MB), ${reps} round-robin rounds; median wall and CPU seconds, peak RSS`,
);
COMMANDS.forEach(([label], i) => {
  const ratio = i === 0 ? '' : `  maildoctor / this = ${median(md.map((x, k) => x.wall / runs[i][k].wall)).toFixed(1)}x (median of per-round ratios)`;
  console.log(
    `${label.padEnd(34)} ${median(runs[i].map((x) => x.wall))
      .toFixed(2)
      .padStart(6)} s  cpu ${median(runs[i].map((x) => x.cpu))
      .toFixed(2)
      .padStart(6)} s  peak ${Math.max(...runs[i].map((x) => x.peakMb))
      .toFixed(0)
      .padStart(5)} MB${ratio}`,
  );
});
const ev = JSON.parse(readFileSync(report, 'utf8')).results[0].evidence;
console.log(`rows ${ev.rowsRead}, statuses ${JSON.stringify(ev.statuses)}, journeys ${JSON.stringify(ev.journeys)}`);
console.log(
  `targets: maildoctor / awk <= 10x, peak < 300 MB; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} cpus`,
);
