// Bench: a deterministic 1,000,000-row Email Audit export, classified by `maildoctor audit`, next to grep/rg/awk.
// Usage: node bench/audit.mjs [rows]   (data goes to bench/data/, which git ignores)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom as rng } from './seeded-random.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rows = Number(process.argv[2] ?? 1_000_000);
const data = join(root, 'bench', 'data');
const file = join(data, `audit-${rows}.csv`);

const SUBJECTS = ['Printer broken', 'VPN, not working', 'Laptop slow', 'Password reset', 'New hire "onboarding"', 'Access to share', 'Monitor flickers'];
const IGNORED = ['Ignoring this Email — system acknowledgment mail', 'Ignoring this Email — sender matched spam/ignore filter', 'Ignoring the email — this email was processed before', 'Ignoring this Email — Reference and In-ReplyTo are same'];
const FAILED = ['Outgoing failed: Mail server connection failed', 'Outgoing failed: "Invalid username or password"', 'Outgoing failed: 452 4.3.1 Insufficient system storage'];

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

/** Runs a command under /usr/bin/time when present, so CPU seconds are reported next to wall time (shared machines). */
function time(label, cmd, args) {
  const timed = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '@@cpu %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.error) return { label, ms: NaN, note: r.error.message };
  const cpu = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { label, ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, out: r.stdout, err: r.stderr.slice(0, 2000), code: r.status };
}

if (!existsSync(file)) {
  const t0 = performance.now();
  await generate();
  console.log(`generated ${file} (${(statSync(file).size / 1048576).toFixed(0)} MB) in ${Math.round(performance.now() - t0)} ms`);
}
const build = join(tmpdir(), `maildoctor-bench-${process.pid}`);
spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'tsconfig.json'), '--outDir', build], { stdio: 'ignore' });
const launcher = `import(${JSON.stringify(join(build, 'cli.js'))}).then(async (m) => { process.exitCode = await m.main(process.argv); })`;

const runs = [
  time('maildoctor audit (classify + journeys + spikes)', process.execPath, ['--input-type=module', '-e', launcher, 'maildoctor', 'audit', file, '--format', 'json', '-o', join(build, 'report.json')]),
  time('maildoctor audit --status <all> (classify only, no journeys)', process.execPath, ['--input-type=module', '-e', launcher, 'maildoctor', 'audit', file, '--status', 'RECEIVED,RECEIVED IGNORED,PROCESSED,PROCESSED FAILED,ATTACHMENT PROCESSED,ATTACHMENT PROCESSED FAILED,SENT,SEND_FAILED,SEND_IGNORED', '--format', 'json', '-o', join(build, 'report-status.json')]),
  time("grep -c 'SEND_FAILED' (count one status)", 'grep', ['-c', 'SEND_FAILED', file]),
  time("rg -c 'SEND_FAILED'", 'rg', ['-c', 'SEND_FAILED', file]),
  time('awk -F, count per status column', 'awk', ['-F,', '{c[$5]++} END {for (k in c) print k, c[k]}', file]),
];
const base = runs[0];
for (const r of runs) {
  const ratio = r === base ? '' : `  (maildoctor = ${(base.ms / r.ms).toFixed(1)}x this)`;
  const cpu = Number.isNaN(r.cpuMs) ? '' : ` (cpu ${(r.cpuMs / 1000).toFixed(2)} s)`;
  console.log(`${r.label.padEnd(52)} ${Number.isNaN(r.ms) ? r.note : `${(r.ms / 1000).toFixed(2)} s`}${cpu}${ratio}`);
}
if (base.code !== 0 && base.code !== 1) console.log(`maildoctor exited ${base.code}: ${base.err}`);
else {
  const report = JSON.parse(readFileSync(join(build, 'report.json'), 'utf8'));
  const ev = report.results[0].evidence;
  console.log(`rows ${ev.rowsRead}, statuses ${JSON.stringify(ev.statuses)}, journeys ${JSON.stringify(ev.journeys)}`);
  console.log(`rows per second: ${Math.round(ev.rowsRead / (base.ms / 1000)).toLocaleString('en')} wall, ${Math.round(ev.rowsRead / (base.cpuMs / 1000)).toLocaleString('en')} per cpu second; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cpus`);
}
rmSync(build, { recursive: true, force: true });
